import { FORMAT } from "../buildkit/messages";
import type { LintRule } from "../types";

/** BuildKit check StageNameCasing: stage names should be lowercase (moby/buildkit: instructions/parse.go isLowerCaseStageName). */
export const StageNameCasing: LintRule = {
  code: "StageNameCasing",
  severity: "warning",
  title: "Stage names should be lowercase",
  source: "buildkit",
  explanation: {
    why: "Docker lower-cases stage names internally, so `AS Build` is really `build`. Writing them in lower case avoids surprises when you refer to the stage later.",
    fix: "Write the stage name in lower case.",
    before: "FROM golang:1.23 AS Builder\nFROM alpine:3.20\nCOPY --from=Builder /out/app /app",
    after: "FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --from=builder /out/app /app",
  },
  check(ctx) {
    return ctx.parsed.instructions
      .filter((n) => n.keyword.toLowerCase() === "from" && n.args.length === 3 && (n.args[2] as string) !== (n.args[2] as string).toLowerCase())
      .map((n) => ctx.at(StageNameCasing, n, FORMAT.StageNameCasing(n.args[2] as string)));
  },
};
