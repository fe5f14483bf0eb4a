import type { LintRule } from "../types";

/** hadolint DL3063: a stage alias is a reserved word (hadolint: src/Hadolint/Rule/DL3063.hs). */
export const DL3063: LintRule = {
  code: "DL3063",
  severity: "warning",
  title: "Stage name is reserved",
  source: "hadolint",
  explanation: {
    why: "`scratch` (the empty image) and `context` (the build context) already mean something special in FROM and COPY --from, so a stage with one of these names is ambiguous.",
    fix: "Choose another stage name.",
    before: "FROM golang:1.23 AS context\nFROM scratch\nCOPY --from=context /app /app",
    after: "FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /app /app",
  },
  check(ctx) {
    return ctx.stages
      .filter((s) => s.from && ["scratch", "context"].includes((s.alias ?? "").toLowerCase()))
      .map((s) => ctx.at(DL3063, s.from as NonNullable<typeof s.from>, `"${s.alias}" is a reserved name (scratch and context have special meanings); rename the stage.`));
  },
};
