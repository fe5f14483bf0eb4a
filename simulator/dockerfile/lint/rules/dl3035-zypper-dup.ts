import { runsUsing } from "../helpers";
import { commandsNamed, subcommand } from "../shell-args";
import type { LintRule } from "../types";
import { ZYPPER_VALUE_OPTIONS } from "./rpm";

/** hadolint DL3035: do not use zypper dist-upgrade (hadolint: src/Hadolint/Rule/DL3035.hs). */
export const DL3035: LintRule = {
  code: "DL3035",
  severity: "warning",
  title: "Do not use zypper dist-upgrade",
  source: "hadolint",
  explanation: {
    why: "dist-upgrade upgrades the whole distribution inside the image, making it unpredictable and large. Getting a newer system is the base image's job.",
    fix: "Use a newer base image tag, and install only the packages you need.",
    before: "FROM opensuse/leap:15.5\nRUN zypper -n dist-upgrade",
    after: "FROM opensuse/leap:15.6",
  },
  check(ctx) {
    return runsUsing(ctx, "zypper")
      .filter(({ info }) => commandsNamed(info.script.commands, "zypper").some((c) => ["dist-upgrade", "dup"].includes(subcommand(c, ZYPPER_VALUE_OPTIONS).sub)))
      .map(({ item }) => ctx.at(DL3035, item.node, "zypper dist-upgrade upgrades the whole system inside the image; use a newer base image instead."));
  },
};
