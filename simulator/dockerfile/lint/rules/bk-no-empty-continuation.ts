import { BK, FORMAT } from "../buildkit/messages";
import type { LintRule } from "../types";

/** BuildKit check NoEmptyContinuation: an empty line inside a continued instruction (moby/buildkit: parser.go warnings; convert.go toDispatchState). */
export const NoEmptyContinuation: LintRule = {
  code: "NoEmptyContinuation",
  severity: "warning",
  title: "Empty continuation line",
  source: "buildkit",
  explanation: {
    why: "A blank line in the middle of a `\\`-continued instruction is silently skipped today, but Docker will treat it as an error in a future release, and it usually hides a missing `\\`.",
    fix: "Remove the blank line (or turn it into a comment).",
    before: "FROM debian:12\nRUN apt-get update && \\\n\n    apt-get install -y curl",
    after: "FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl",
  },
  check(ctx) {
    return ctx.parsed.warnings
      .filter((w) => w.url === BK.NoEmptyContinuation.url)
      .map((w) => ({ code: NoEmptyContinuation.code, severity: "warning" as const, line: w.line, endLine: w.line, message: FORMAT.NoEmptyContinuation() }));
  },
};
