import { buildkitView } from "../buildkit/view";
import { FORMAT } from "../buildkit/messages";
import type { LintRule } from "../types";

/** BuildKit check ConsistentInstructionCasing (moby/buildkit: dockerfile2llb/convert.go validateCommandCasing). */
export const ConsistentInstructionCasing: LintRule = {
  code: "ConsistentInstructionCasing",
  severity: "warning",
  title: "Instructions should use one casing",
  source: "buildkit",
  explanation: {
    why: "Instruction keywords are case-insensitive, but mixing `RUN` and `run` makes a Dockerfile harder to scan. Docker compares each keyword with the casing most of the file uses.",
    fix: "Write every instruction in the same case (upper case is the convention).",
    before: "FROM alpine:3.20\nrun apk add --no-cache curl\nCOPY . /app",
    after: "FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY . /app",
  },
  check(ctx) {
    const nodes = buildkitView(ctx).stages.flatMap((s) => [s.from, ...s.commands]);
    const casing = nodes.map((n) => (n.keyword === n.keyword.toLowerCase() ? "lower" : n.keyword === n.keyword.toUpperCase() ? "upper" : "mixed"));
    const lower = casing.filter((c) => c === "lower").length;
    const majorityLower = lower > casing.filter((c) => c === "upper").length;
    return nodes
      .filter((_, i) => casing[i] !== (majorityLower ? "lower" : "upper"))
      .map((n) => ctx.at(ConsistentInstructionCasing, n, FORMAT.ConsistentInstructionCasing(n.keyword, majorityLower ? "lowercase" : "uppercase")));
  },
};
