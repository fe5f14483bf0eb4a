import { runsUsing } from "../helpers";
import { commandsNamed, hasOption, shortCluster } from "../shell-args";
import type { LintRule } from "../types";
import { aptGetInstall } from "./dl3008-apt-pin";

/** `-qq`, `-q -q`, `-q=2` and `--quiet --quiet` imply --yes for apt-get (apt-get(8), -q). */
function quietLevel(args: readonly string[]): number {
  let level = 0;
  for (const arg of args) {
    const eq = /^(-q|--quiet)=(\d+)$/.exec(arg);
    if (eq) level += Number(eq[2]);
    else if (arg === "--quiet") level++;
    else level += [...(shortCluster(arg) ?? "")].filter((ch) => ch === "q").length;
  }
  return level;
}

/** hadolint DL3014: use the -y switch with apt-get install (hadolint: src/Hadolint/Rule/DL3014.hs). */
export const DL3014: LintRule = {
  code: "DL3014",
  severity: "warning",
  title: "Use apt-get install -y",
  source: "hadolint",
  explanation: {
    why: "Without -y, apt-get asks 'Do you want to continue? [Y/n]'. A build has no one to answer, so the step aborts.",
    fix: "Add -y (or --yes) to apt-get install.",
    before: "FROM debian:12\nRUN apt-get update && apt-get install curl",
    after: "FROM debian:12\nRUN apt-get update && apt-get install -y curl",
  },
  check(ctx) {
    return runsUsing(ctx, "apt-get")
      .filter(({ info }) =>
        commandsNamed(info.script.commands, "apt-get").some(
          (c) => aptGetInstall(c) !== undefined && !hasOption(c.args, "y", ["yes", "assume-yes", "force-yes"]) && quietLevel(c.args) < 2 && !c.args.some((a) => /^APT::Get::Assume-Yes=(1|true|yes)$/i.test(a)),
        ),
      )
      .map(({ item }) => ctx.at(DL3014, item.node, "apt-get install will stop to ask for confirmation: add -y."));
  },
};
