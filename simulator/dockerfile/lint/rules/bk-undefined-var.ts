import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check UndefinedVar (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go reportUnmatchedVariables; linter/ruleset.go). */
export const UndefinedVar: LintRule = {
  code: "UndefinedVar",
  severity: "warning",
  title: "Variable used before it is defined",
  source: "buildkit",
  explanation: {
    why: "Docker replaces $NAME in instructions like ENV, COPY, WORKDIR and USER with the value of an ARG or ENV defined earlier in the stage. An undefined variable becomes an empty string, so paths and values silently come out wrong; often it is a typo.",
    fix: "Define the variable with ARG or ENV before using it (ARGs before FROM must be re-declared inside the stage), or fix the spelling.",
    before: "FROM alpine:3.20\nENV APP_HOME=/app\nWORKDIR $APP_HOEM",
    after: "FROM alpine:3.20\nENV APP_HOME=/app\nWORKDIR $APP_HOME",
  },
  check: (ctx) => simulated(ctx, UndefinedVar, "dispatch"),
};
