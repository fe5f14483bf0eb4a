import { runsUsing } from "../helpers";
import { commandsNamed } from "../shell-args";
import type { LintRule } from "../types";
import { aptGetInstall } from "./dl3008-apt-pin";

/** hadolint DL3015: avoid additional packages with --no-install-recommends (hadolint: src/Hadolint/Rule/DL3015.hs). */
export const DL3015: LintRule = {
  code: "DL3015",
  severity: "info",
  title: "Use --no-install-recommends",
  source: "hadolint",
  explanation: {
    why: "By default apt-get also installs every 'recommended' package, which often adds hundreds of megabytes (documentation, GUI libraries…) your container never uses.",
    fix: "Add --no-install-recommends and list any extra package you really need.",
    before: "FROM debian:12\nRUN apt-get update && apt-get install -y python3",
    after: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends python3",
  },
  check(ctx) {
    return runsUsing(ctx, "apt-get")
      .filter(({ info }) =>
        commandsNamed(info.script.commands, "apt-get").some(
          (c) => aptGetInstall(c) !== undefined && !c.args.includes("--no-install-recommends") && !c.args.some((a) => /^APT::Install-Recommends=(0|false|no)$/i.test(a)),
        ),
      )
      .map(({ item }) => ctx.at(DL3015, item.node, "apt-get install also pulls in 'recommended' packages: add --no-install-recommends to keep the image small."));
  },
};
