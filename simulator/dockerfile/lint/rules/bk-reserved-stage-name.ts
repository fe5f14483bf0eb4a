import { buildkitView } from "../buildkit/view";
import { FORMAT } from "../buildkit/messages";
import type { LintRule } from "../types";

/** BuildKit check ReservedStageName (moby/buildkit: dockerfile2llb/convert.go validateStageNames, reservedStageNames). */
export const ReservedStageName: LintRule = {
  code: "ReservedStageName",
  severity: "warning",
  title: "Reserved words should not be used as stage names",
  source: "buildkit",
  explanation: {
    why: "`scratch` is the empty image and `context` is the build context in `COPY --from`; a stage with either name clashes with these meanings.",
    fix: "Pick a different stage name.",
    before: "FROM alpine:3.20 AS scratch",
    after: "FROM alpine:3.20 AS base",
  },
  check(ctx) {
    return buildkitView(ctx)
      .stages.filter((s) => s.name === "context" || s.name === "scratch")
      .map((s) => ctx.at(ReservedStageName, s.from, FORMAT.ReservedStageName(s.name)));
  },
};
