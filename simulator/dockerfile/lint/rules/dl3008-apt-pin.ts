import { runsUsing } from "../helpers";
import type { ShellCommand } from "../shell";
import { commandName, commandsNamed, hasOption, subcommand } from "../shell-args";
import type { LintRule } from "../types";

/** apt-get options that take a value: their value is not a package. */
export const APT_VALUE_OPTIONS = new Set(["-t", "--target-release", "--default-release", "-o", "--option", "-c", "--config-file", "-a", "--host-architecture"]);

/**
 * The packages of a real `apt-get install` (undefined for other commands and
 * for a simulation with -s / --simulate / --dry-run, which installs nothing).
 */
export function aptGetInstall(c: ShellCommand): string[] | undefined {
  if (commandName(c) !== "apt-get") return undefined;
  const { sub, rest } = subcommand(c, APT_VALUE_OPTIONS);
  if (sub !== "install" || hasOption(c.args, "s", ["simulate", "just-print", "dry-run", "recon", "no-act"])) return undefined;
  return rest;
}

/** hadolint DL3008: pin versions in apt-get install (hadolint: src/Hadolint/Rule/DL3008.hs). */
export const DL3008: LintRule = {
  code: "DL3008",
  severity: "warning",
  title: "Pin versions in apt-get install",
  source: "hadolint",
  explanation: {
    why: "Unpinned packages install whatever version the mirror has today, so two builds of the same Dockerfile can contain different software and a rebuild can pull in a breaking change.",
    fix: "Write each package as name=version. `apt-cache policy <name>` shows the available versions.",
    before: "FROM debian:12\nRUN apt-get update && apt-get install -y curl",
    after: "FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5",
  },
  check(ctx) {
    return runsUsing(ctx, "apt-get").flatMap(({ item, info }) => {
      const loose = commandsNamed(info.script.commands, "apt-get").flatMap((c) => (aptGetInstall(c) ?? []).filter((p) => !p.includes("=") && !p.endsWith(".deb")));
      return loose.length === 0 ? [] : [ctx.at(DL3008, item.node, `Pin the apt package version${loose.length > 1 ? "s" : ""} (name=version): ${loose.join(", ")}.`)];
    });
  },
};
