import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check RedundantTargetPlatform (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go reportRedundantTargetPlatform; linter/ruleset.go). */
export const RedundantTargetPlatform: LintRule = {
  code: "RedundantTargetPlatform",
  severity: "warning",
  title: "FROM --platform=$TARGETPLATFORM is redundant",
  source: "buildkit",
  explanation: {
    why: "Every stage is already built for $TARGETPLATFORM unless told otherwise, so spelling it out changes nothing.",
    fix: "Remove the --platform flag.",
    before: "FROM --platform=$TARGETPLATFORM alpine:3.20",
    after: "FROM alpine:3.20",
  },
  check: (ctx) => simulated(ctx, RedundantTargetPlatform, "from"),
};
