import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check UndefinedArgInFrom (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go reportUnusedFromArgs; linter/ruleset.go). */
export const UndefinedArgInFrom: LintRule = {
  code: "UndefinedArgInFrom",
  severity: "warning",
  title: "FROM uses an undeclared build argument",
  source: "buildkit",
  explanation: {
    why: "Variables in a FROM line can only come from ARGs declared before the first FROM (or Docker's predefined platform arguments). An undeclared one expands to an empty string, which usually gives an invalid or unexpected image name.",
    fix: "Declare the argument with ARG above the first FROM (with a default), or fix its spelling.",
    before: "FROM node:${NODE_VERSION}-alpine",
    after: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine",
  },
  check: (ctx) => simulated(ctx, UndefinedArgInFrom, "from"),
};
