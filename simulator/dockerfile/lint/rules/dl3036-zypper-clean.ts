import { installedWithoutCleanup, mountsAt, runsUsing } from "../helpers";
import { commandName, subcommand } from "../shell-args";
import type { LintRule } from "../types";
import { ZYPPER_VALUE_OPTIONS } from "./rpm";

const FILLS = new Set(["install", "in", "source-install", "si", "patch", "update", "up", "dist-upgrade", "dup"]);

/** hadolint DL3036: `zypper clean` missing after zypper use (hadolint: src/Hadolint/Rule/DL3036.hs). */
export const DL3036: LintRule = {
  code: "DL3036",
  severity: "warning",
  title: "Run zypper clean after installing",
  source: "hadolint",
  explanation: {
    why: "zypper keeps downloaded packages and repository data in /var/cache/zypp; left there they bloat the layer.",
    fix: "End the same RUN with `zypper clean` (or `zypper cc`).",
    before: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd",
    after: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd && zypper clean",
  },
  check(ctx) {
    return runsUsing(ctx, "zypper")
      .filter(({ info }) => !mountsAt(info, "/var/cache/zypp"))
      .filter(({ info }) =>
        installedWithoutCleanup(
          info.script.commands,
          (c) => commandName(c) === "zypper" && FILLS.has(subcommand(c, ZYPPER_VALUE_OPTIONS).sub),
          (c) => commandName(c) === "zypper" && ["clean", "cc"].includes(subcommand(c, ZYPPER_VALUE_OPTIONS).sub),
        ),
      )
      .map(({ item }) => ctx.at(DL3036, item.node, "zypper leaves its cache in this layer: end the RUN with `zypper clean`."));
  },
};
