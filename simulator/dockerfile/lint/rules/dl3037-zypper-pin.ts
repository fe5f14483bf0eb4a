import { runsUsing } from "../helpers";
import { commandsNamed, subcommand } from "../shell-args";
import type { LintRule } from "../types";
import { ZYPPER_VALUE_OPTIONS } from "./rpm";

/** hadolint DL3037: specify version with zypper install -y <package>=<version> (hadolint: src/Hadolint/Rule/DL3037.hs). */
export const DL3037: LintRule = {
  code: "DL3037",
  severity: "warning",
  title: "Pin versions in zypper install",
  source: "hadolint",
  explanation: {
    why: "An unversioned zypper install takes whatever the repository has at build time, so rebuilds may differ.",
    fix: "Write name=version (or a bound such as name>=1.2, escaped for the shell).",
    before: "FROM opensuse/leap:15.6\nRUN zypper -n install tomcat && zypper clean",
    after: "FROM opensuse/leap:15.6\nRUN zypper -n install tomcat=9.0.89 && zypper clean",
  },
  check(ctx) {
    return runsUsing(ctx, "zypper").flatMap(({ item, info }) => {
      const loose = commandsNamed(info.script.commands, "zypper").flatMap((c) => {
        const { sub, rest } = subcommand(c, ZYPPER_VALUE_OPTIONS);
        return sub === "install" || sub === "in" ? rest.filter((p) => !/[=<>]/.test(p) && !p.endsWith(".rpm") && !p.includes("/")) : [];
      });
      return loose.length === 0 ? [] : [ctx.at(DL3037, item.node, `Pin the zypper package version${loose.length > 1 ? "s" : ""} (name=version): ${loose.join(", ")}.`)];
    });
  },
};
