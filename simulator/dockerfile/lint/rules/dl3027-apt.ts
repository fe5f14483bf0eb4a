import { runsUsing } from "../helpers";
import { commandsNamed } from "../shell-args";
import type { LintRule } from "../types";

/** hadolint DL3027: do not use apt, use apt-get or apt-cache (hadolint: src/Hadolint/Rule/DL3027.hs). */
export const DL3027: LintRule = {
  code: "DL3027",
  severity: "warning",
  title: "Use apt-get instead of apt",
  source: "hadolint",
  explanation: {
    why: "`apt` is meant for people at a terminal: its output and options may change between releases and it warns that it has no stable command-line interface. apt-get is the scripting interface.",
    fix: "Use apt-get (or apt-cache for searches).",
    before: "FROM ubuntu:24.04\nRUN apt update && apt install -y curl",
    after: "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl",
  },
  check(ctx) {
    return runsUsing(ctx, "apt")
      .filter(({ info }) => commandsNamed(info.script.commands, "apt").length > 0)
      .map(({ item }) => ctx.at(DL3027, item.node, "`apt` is the interactive front end; in a Dockerfile use apt-get or apt-cache."));
  },
};
