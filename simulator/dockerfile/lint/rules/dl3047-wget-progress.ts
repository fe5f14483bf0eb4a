import { runsUsing } from "../helpers";
import { commandsNamed, hasOption } from "../shell-args";
import type { LintRule } from "../types";

/** hadolint DL3047: avoid use of wget without progress bar (hadolint: src/Hadolint/Rule/DL3047.hs). */
export const DL3047: LintRule = {
  code: "DL3047",
  severity: "info",
  title: "wget without --progress floods the build log",
  source: "hadolint",
  explanation: {
    why: "Without a terminal, wget prints a progress line every few kilobytes; a single large download can write thousands of lines into the build log.",
    fix: "Add --progress=dot:giga, or make wget quiet with -q / -nv.",
    before: "FROM debian:12\nRUN wget https://example.com/tool.tar.gz",
    after: "FROM debian:12\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz",
  },
  check(ctx) {
    return runsUsing(ctx, "wget")
      .filter(({ info }) =>
        commandsNamed(info.script.commands, "wget").some(
          (c) => !c.args.includes("-nv") && !c.args.some((a) => a.startsWith("--progress")) && !hasOption(c.args, "qoa", ["quiet", "no-verbose", "output-file", "append-output"]),
        ),
      )
      .map(({ item }) => ctx.at(DL3047, item.node, "wget will print thousands of progress lines into the build log: add --progress=dot:giga (or -q/-nv)."));
  },
};
