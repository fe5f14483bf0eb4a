import { FORMAT } from "../buildkit/messages";
import type { LintRule } from "../types";

/** BuildKit check MaintainerDeprecated (moby/buildkit: instructions/parse.go ParseInstructionWithLinter). */
export const MaintainerDeprecated: LintRule = {
  code: "MaintainerDeprecated",
  severity: "warning",
  title: "MAINTAINER is deprecated",
  source: "buildkit",
  explanation: {
    why: "MAINTAINER only fills the old Author field. A label is the supported way to record who maintains an image.",
    fix: 'Use LABEL org.opencontainers.image.authors="…".',
    before: "FROM alpine:3.20\nMAINTAINER me@example.org",
    after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="me@example.org"',
  },
  check(ctx) {
    return ctx.parsed.instructions.filter((n) => n.keyword.toLowerCase() === "maintainer").map((n) => ctx.at(MaintainerDeprecated, n, FORMAT.MaintainerDeprecated()));
  },
};
