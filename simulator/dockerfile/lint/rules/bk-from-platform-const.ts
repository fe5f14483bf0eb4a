import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check FromPlatformFlagConstDisallowed (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go reportConstPlatformDisallowed; linter/ruleset.go). */
export const FromPlatformFlagConstDisallowed: LintRule = {
  code: "FromPlatformFlagConstDisallowed",
  severity: "warning",
  title: "FROM --platform should not be a constant",
  source: "buildkit",
  explanation: {
    why: "A hard-coded platform such as linux/amd64 ignores the platform you ask for with `docker build --platform`, so multi-platform builds silently produce the wrong architecture.",
    fix: "Use a predefined argument such as $BUILDPLATFORM, or name the stage after the platform if it is really platform-specific.",
    before: "FROM --platform=linux/amd64 golang:1.23 AS build",
    after: "FROM --platform=$BUILDPLATFORM golang:1.23 AS build",
  },
  check: (ctx) => simulated(ctx, FromPlatformFlagConstDisallowed, "from"),
};
