import type { LintRule } from "../types";

/** hadolint DL4004: multiple ENTRYPOINT instructions found (hadolint: src/Hadolint/Rule/DL4004.hs). */
export const DL4004: LintRule = {
  code: "DL4004",
  severity: "error",
  title: "More than one ENTRYPOINT in a stage",
  source: "hadolint",
  explanation: {
    why: "An image has one entrypoint. Only the last ENTRYPOINT of a stage counts; the earlier ones are ignored.",
    fix: "Keep one ENTRYPOINT per stage.",
    before: 'FROM python:3.12-slim\nENTRYPOINT ["python"]\nENTRYPOINT ["python", "app.py"]',
    after: 'FROM python:3.12-slim\nENTRYPOINT ["python", "app.py"]',
  },
  check(ctx) {
    return ctx.stages.flatMap((stage) =>
      stage.items
        .filter((i) => i.keyword === "ENTRYPOINT" && !i.onbuild)
        .slice(1)
        .map((i) => ctx.at(DL4004, i.node, "Another ENTRYPOINT in this stage: only the last ENTRYPOINT is used, so remove the earlier one.")),
    );
  },
};
