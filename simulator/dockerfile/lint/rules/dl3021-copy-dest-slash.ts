import { unquote } from "../helpers";
import type { LintRule } from "../types";

/** hadolint DL3021: COPY with more than 2 arguments requires the last argument to end with / (hadolint: src/Hadolint/Rule/DL3021.hs). */
export const DL3021: LintRule = {
  code: "DL3021",
  severity: "error",
  title: "COPY of several sources needs a directory destination",
  source: "hadolint",
  explanation: {
    why: "When COPY has several sources, the destination must be a directory. Docker only treats it as one if it ends with `/`; otherwise the build fails.",
    fix: "End the destination with a slash.",
    before: "FROM node:22\nCOPY package.json package-lock.json /app",
    after: "FROM node:22\nCOPY package.json package-lock.json /app/",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "COPY" && i.node.args.length > 2)
      .filter((i) => !unquote(i.node.args[i.node.args.length - 1] as string, ctx.parsed.escapeToken).endsWith("/"))
      .map((i) => ctx.at(DL3021, i.node, `COPY has ${i.node.args.length - 1} sources, so the destination must be a directory ending with "/".`));
  },
};
