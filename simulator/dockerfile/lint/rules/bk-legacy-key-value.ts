import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check LegacyKeyValueFormat (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go dispatchEnv, dispatchLabel; linter/ruleset.go). */
export const LegacyKeyValueFormat: LintRule = {
  code: "LegacyKeyValueFormat",
  severity: "warning",
  title: "Use KEY=value in ENV and LABEL",
  source: "buildkit",
  explanation: {
    why: "`ENV KEY value` (with a space) is an old syntax that sets only one variable and treats everything after the first space as the value, which surprises people who add a second pair.",
    fix: "Write KEY=value (quote values that contain spaces).",
    before: "FROM alpine:3.20\nENV APP_HOME /app",
    after: "FROM alpine:3.20\nENV APP_HOME=/app",
  },
  check: (ctx) => simulated(ctx, LegacyKeyValueFormat, "dispatch"),
};
