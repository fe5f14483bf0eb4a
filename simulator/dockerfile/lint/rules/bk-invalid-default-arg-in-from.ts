import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check InvalidDefaultArgInFrom (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go validateBaseImagesWithDefaultArgs; linter/ruleset.go). */
export const InvalidDefaultArgInFrom: LintRule = {
  code: "InvalidDefaultArgInFrom",
  severity: "warning",
  title: "ARG default gives an invalid FROM image",
  source: "buildkit",
  explanation: {
    why: "With the default values of the global ARGs, the FROM line must still name a valid image. An ARG without a default (or with a bad one) leaves something like `busybox:` that only works when every build passes --build-arg.",
    fix: "Give the ARG a default that produces a valid image name.",
    before: "ARG VERSION\nFROM busybox:$VERSION",
    after: "ARG VERSION=1.36\nFROM busybox:$VERSION",
  },
  check: (ctx) => simulated(ctx, InvalidDefaultArgInFrom, "from"),
};
