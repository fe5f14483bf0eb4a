import type { LintRule } from "../types";
import { copyFrom } from "./copy-from";

/** hadolint DL3023: COPY --from cannot reference its own FROM alias (hadolint: src/Hadolint/Rule/DL3023.hs). */
export const DL3023: LintRule = {
  code: "DL3023",
  severity: "error",
  title: "COPY --from names its own stage",
  source: "hadolint",
  explanation: {
    why: "A stage cannot copy from itself: it is still being built. Docker reports a circular dependency.",
    fix: "Copy inside the stage with RUN cp, or copy from the stage that produced the files.",
    before: "FROM node:22 AS build\nCOPY --from=build /app/dist /out",
    after: "FROM node:22 AS build\nRUN cp -r /app/dist /out",
  },
  check(ctx) {
    return ctx.items.flatMap((item) => {
      const from = item.keyword === "COPY" ? copyFrom(item) : undefined;
      const alias = ctx.stages[item.stage]?.alias;
      if (from === undefined || alias === undefined || from.toLowerCase() !== alias.toLowerCase()) return [];
      return [ctx.at(DL3023, item.node, `--from=${from} refers to the stage this COPY is in; a stage cannot copy from itself.`)];
    });
  },
};
