import { runsUsing } from "../helpers";
import { commandsNamed, subcommand } from "../shell-args";
import type { LintRule } from "../types";
import { ZYPPER_VALUE_OPTIONS } from "./rpm";

const ASKS = new Set(["install", "in", "remove", "rm", "source-install", "si", "patch", "update", "up", "dist-upgrade", "dup"]);

/** hadolint DL3034: non-interactive switch missing from zypper command (hadolint: src/Hadolint/Rule/DL3034.hs). */
export const DL3034: LintRule = {
  code: "DL3034",
  severity: "warning",
  title: "Use zypper non-interactively",
  source: "hadolint",
  explanation: {
    why: "zypper asks for confirmation before changing packages; a build cannot answer, so it fails.",
    fix: "Add -n (global, --non-interactive) or -y (--no-confirm).",
    before: "FROM opensuse/leap:15.6\nRUN zypper install httpd && zypper clean",
    after: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd && zypper clean",
  },
  check(ctx) {
    return runsUsing(ctx, "zypper")
      .filter(({ info }) =>
        commandsNamed(info.script.commands, "zypper").some((c) => ASKS.has(subcommand(c, ZYPPER_VALUE_OPTIONS).sub) && !c.args.some((a) => ["-n", "-y", "--non-interactive", "--no-confirm"].includes(a))),
      )
      .map(({ item }) => ctx.at(DL3034, item.node, "zypper will ask for confirmation: add -n (or -y)."));
  },
};
