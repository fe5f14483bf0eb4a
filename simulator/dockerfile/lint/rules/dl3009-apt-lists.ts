import { shippedStages } from "../context";
import { installedWithoutCleanup, mountsAt, removes, runsUsing } from "../helpers";
import { commandName, subcommand } from "../shell-args";
import type { LintRule } from "../types";
import { APT_VALUE_OPTIONS } from "./dl3008-apt-pin";

const APT = new Set(["apt-get", "apt", "aptitude"]);

/** hadolint DL3009: delete the apt lists after installing (hadolint: src/Hadolint/Rule/DL3009.hs). */
export const DL3009: LintRule = {
  code: "DL3009",
  severity: "info",
  title: "Delete the apt-get lists after installing",
  source: "hadolint",
  explanation: {
    why: "`apt-get update` downloads package indexes into /var/lib/apt/lists (tens of MB). Files you delete in a later RUN still live in the earlier layer, so the cleanup must happen in the same RUN to make the image smaller.",
    fix: "End the same RUN with `rm -rf /var/lib/apt/lists/*`, or use a cache mount for /var/lib/apt/lists.",
    before: "FROM debian:12\nRUN apt-get update && apt-get install -y curl",
    after: "FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*",
  },
  check(ctx) {
    const shipped = shippedStages(ctx);
    return runsUsing(ctx, ...APT).flatMap(({ item, info }) => {
      if (!item.onbuild && !shipped.has(item.stage)) return [];
      if (mountsAt(info, "/var/lib/apt/lists") || (mountsAt(info, "/var/lib/apt") && mountsAt(info, "/var/cache/apt"))) return [];
      const dirty = installedWithoutCleanup(
        info.script.commands,
        (c) => APT.has(commandName(c)) && subcommand(c, APT_VALUE_OPTIONS).sub === "update",
        (c) => removes(c, "/var/lib/apt/lists"),
      );
      return dirty ? [ctx.at(DL3009, item.node, "The apt package lists from `apt-get update` stay in this layer: add `&& rm -rf /var/lib/apt/lists/*` at the end of this RUN.")] : [];
    });
  },
};
