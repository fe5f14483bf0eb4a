import { stageByAlias } from "../helpers";
import type { LintRule } from "../types";
import { copyFrom } from "./copy-from";

/** hadolint DL3022: COPY --from should reference a previously defined FROM alias (hadolint: src/Hadolint/Rule/DL3022.hs). */
export const DL3022: LintRule = {
  code: "DL3022",
  severity: "warning",
  title: "COPY --from must name an earlier stage",
  source: "hadolint",
  explanation: {
    why: "`COPY --from=name` looks for a stage called `name` defined above. If there is none, Docker treats the name as an image to pull, so a typo or a stage defined later turns into a confusing 'pull access denied' error.",
    fix: "Define the stage with `FROM … AS name` before the COPY, and check the spelling.",
    before: "FROM node:22\nCOPY --from=build /app/dist /srv\nFROM node:22 AS build",
    after: "FROM node:22 AS build\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html",
  },
  check(ctx) {
    return ctx.items.flatMap((item) => {
      const from = item.keyword === "COPY" ? copyFrom(item) : undefined;
      if (from === undefined || from.includes("$") || /[:/@]/.test(from)) return [];
      // Stage k of the file is FROM number k - 1 (stage 0 holds what comes before the first FROM).
      if (/^\d+$/.test(from) ? Number(from) < item.stage - 1 : stageByAlias(ctx, from, item.stage) !== undefined) return [];
      return [ctx.at(DL3022, item.node, `--from=${from} does not name a stage defined earlier in this Dockerfile.`)];
    });
  },
};
