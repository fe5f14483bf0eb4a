import type { LintRule } from "../types";

/** hadolint DL3024: FROM aliases (stage names) must be unique (hadolint: src/Hadolint/Rule/DL3024.hs). */
export const DL3024: LintRule = {
  code: "DL3024",
  severity: "error",
  title: "Stage names must be unique",
  source: "hadolint",
  explanation: {
    why: "`COPY --from=name` and `FROM name` pick a stage by its name. With two stages of the same name it is unclear which one is meant.",
    fix: "Give each stage its own name.",
    before: "FROM golang:1.23 AS build\nFROM node:22 AS build",
    after: "FROM golang:1.23 AS build-api\nFROM node:22 AS build-web",
  },
  check(ctx) {
    const seen = new Set<string>();
    return ctx.stages.flatMap((stage) => {
      if (stage.alias === undefined || !stage.from) return [];
      const name = stage.alias.toLowerCase();
      if (!seen.has(name)) {
        seen.add(name);
        return [];
      }
      return [ctx.at(DL3024, stage.from, `The stage name "${stage.alias}" is already used by an earlier FROM.`)];
    });
  },
};
