import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check MultipleInstructionsDisallowed (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go validateUsedOnce; linter/ruleset.go). */
export const MultipleInstructionsDisallowed: LintRule = {
  code: "MultipleInstructionsDisallowed",
  severity: "warning",
  title: "Repeated CMD, ENTRYPOINT or HEALTHCHECK in a stage",
  source: "buildkit",
  explanation: {
    why: "A stage keeps only the last CMD, ENTRYPOINT and HEALTHCHECK; earlier ones are dead code. Docker points at the one that will be ignored.",
    fix: "Delete the earlier instruction.",
    before: "FROM node:22\nCMD [\"npm\", \"start\"]\nCMD [\"node\", \"server.js\"]",
    after: "FROM node:22\nCMD [\"node\", \"server.js\"]",
  },
  check: (ctx) => simulated(ctx, MultipleInstructionsDisallowed, "dispatch"),
};
