import { shippedStages } from "../context";
import { installedWithoutCleanup, mountsAt, runsUsing } from "../helpers";
import { commandName, positionals } from "../shell-args";
import type { LintRule } from "../types";

/** hadolint DL3060: `yarn cache clean` missing after `yarn install` (hadolint: src/Hadolint/Rule/DL3060.hs). */
export const DL3060: LintRule = {
  code: "DL3060",
  severity: "info",
  title: "Run yarn cache clean after yarn install",
  source: "hadolint",
  explanation: {
    why: "yarn keeps a copy of every downloaded package in its global cache. In an image that cache is dead weight, often larger than node_modules itself.",
    fix: "End the same RUN with `yarn cache clean`, or use a cache mount.",
    before: "FROM node:22\nRUN yarn install --frozen-lockfile",
    after: "FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean",
  },
  check(ctx) {
    const shipped = shippedStages(ctx);
    return runsUsing(ctx, "yarn")
      .filter(({ item, info }) => (item.onbuild || shipped.has(item.stage)) && !mountsAt(info, "/root/.cache/yarn", "/usr/local/share/.cache/yarn"))
      .filter(({ info }) =>
        installedWithoutCleanup(
          info.script.commands,
          (c) => commandName(c) === "yarn" && positionals(c.args)[0] === "install",
          (c) => commandName(c) === "yarn" && positionals(c.args).slice(0, 2).join(" ") === "cache clean",
        ),
      )
      .map(({ item }) => ctx.at(DL3060, item.node, "yarn keeps its download cache in this layer: end the RUN with `yarn cache clean`."));
  },
};
