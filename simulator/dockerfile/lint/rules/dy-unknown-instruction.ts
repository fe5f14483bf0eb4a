import { KNOWN_INSTRUCTIONS } from "../buildkit/view";
import { suggest } from "../suggest";
import type { LintRule } from "../types";

const NAMES = [...KNOWN_INSTRUCTIONS].map((n) => n.toUpperCase());

/** Ours: an instruction Docker does not know, worded as BuildKit's parse error with its suggestion (moby/buildkit: instructions/parse.go UnknownInstructionError, util/suggest). */
export const UnknownInstruction: LintRule = {
  code: "unknown-instruction",
  severity: "error",
  title: "Unknown instruction",
  source: "dockyard",
  explanation: {
    why: "Docker only knows a fixed set of instructions (FROM, RUN, COPY, ENV, …). Anything else stops the build with 'unknown instruction', usually because of a typo or a shell line that lost its `\\` continuation.",
    fix: "Fix the spelling, or join the line to the previous RUN with a trailing backslash.",
    before: "FROM debian:12\nRUN apt-get update &&\n  apt-get install -y curl",
    after: "FROM debian:12\nRUN apt-get update && \\\n  apt-get install -y curl",
  },
  check(ctx) {
    return ctx.parsed.instructions
      .filter((n) => !KNOWN_INSTRUCTIONS.has(n.keyword.toLowerCase()))
      .map((n) => {
        const hint = suggest(n.keyword, NAMES, false);
        return ctx.at(UnknownInstruction, n, `unknown instruction: ${n.keyword}${hint ? ` (did you mean ${hint}?)` : ""}`);
      });
  },
};
