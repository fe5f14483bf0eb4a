import type { LintRule } from "../types";

/** hadolint DL3012: multiple HEALTHCHECK instructions in a stage (hadolint: src/Hadolint/Rule/DL3012.hs). */
export const DL3012: LintRule = {
  code: "DL3012",
  severity: "error",
  title: "Only one HEALTHCHECK per stage",
  source: "hadolint",
  explanation: {
    why: "An image has a single health check. When a stage has several HEALTHCHECK lines only the last one counts, so the others are dead code that misleads readers.",
    fix: "Keep one HEALTHCHECK (combine the checks into one command if you need several).",
    before: "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\nHEALTHCHECK CMD curl -f http://localhost/health",
    after: "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/health",
  },
  check(ctx) {
    return ctx.stages.flatMap((stage) =>
      stage.items
        .filter((i) => i.keyword === "HEALTHCHECK" && !i.onbuild)
        .slice(1)
        .map((i) => ctx.at(DL3012, i.node, "A second HEALTHCHECK in this stage replaces the earlier one; keep only one.")),
    );
  },
};
