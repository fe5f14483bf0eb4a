import { buildkitView } from "../buildkit/view";
import { FORMAT } from "../buildkit/messages";
import type { LintRule } from "../types";

/** BuildKit check DuplicateStageName (moby/buildkit: dockerfile2llb/convert.go validateStageNames). */
export const DuplicateStageName: LintRule = {
  code: "DuplicateStageName",
  severity: "warning",
  title: "Stage names should be unique",
  source: "buildkit",
  explanation: {
    why: "Two stages with the same name make `COPY --from=name` and `FROM name` ambiguous; Docker uses the later one, which is rarely what you meant.",
    fix: "Rename one of the stages.",
    before: "FROM node:22 AS build\nFROM golang:1.23 AS build",
    after: "FROM node:22 AS build-web\nFROM golang:1.23 AS build-api",
  },
  check(ctx) {
    const seen = new Set<string>();
    return buildkitView(ctx).stages.flatMap((s) => {
      if (s.name === "") return [];
      const dup = seen.has(s.name);
      seen.add(s.name);
      return dup ? [ctx.at(DuplicateStageName, s.from, FORMAT.DuplicateStageName(s.name))] : [];
    });
  },
};
