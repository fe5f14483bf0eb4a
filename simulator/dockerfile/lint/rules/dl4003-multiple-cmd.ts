import type { LintRule } from "../types";

/** hadolint DL4003: multiple CMD instructions found (hadolint: src/Hadolint/Rule/DL4003.hs). */
export const DL4003: LintRule = {
  code: "DL4003",
  severity: "warning",
  title: "More than one CMD in a stage",
  source: "hadolint",
  explanation: {
    why: "CMD sets the container's default command. Only the last CMD of a stage takes effect; the earlier ones are silently ignored and mislead readers.",
    fix: "Keep a single CMD, at the end of the stage.",
    before: 'FROM node:22\nCMD ["npm", "test"]\nCMD ["node", "server.js"]',
    after: 'FROM node:22\nCMD ["node", "server.js"]',
  },
  check(ctx) {
    return ctx.stages.flatMap((stage) =>
      stage.items
        .filter((i) => i.keyword === "CMD" && !i.onbuild)
        .slice(1)
        .map((i) => ctx.at(DL4003, i.node, "Another CMD in this stage: only the last CMD is used, so remove the earlier one.")),
    );
  },
};
