import { runsUsing } from "../helpers";
import { commandName } from "../shell-args";
import type { LintRule } from "../types";

const TOOLS = new Set(["free", "ifconfig", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"]);

/** hadolint DL3001: interactive or system tools make no sense in RUN (hadolint: src/Hadolint/Rule/DL3001.hs). */
export const DL3001: LintRule = {
  code: "DL3001",
  severity: "info",
  title: "Interactive or system tool used in RUN",
  source: "hadolint",
  explanation: {
    why: "A build step runs once, with no terminal and no running services. Tools such as top, vim, ssh, service or shutdown either wait for a user forever or act on a system that isn't there.",
    fix: "Remove the command. Install the tool if the running container needs it, and start services from CMD or ENTRYPOINT.",
    before: "FROM debian:12\nRUN service nginx start",
    after: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]',
  },
  check(ctx) {
    return runsUsing(ctx, ...TOOLS).flatMap(({ item, info }) => {
      const used = [...new Set(info.script.commands.map(commandName).filter((n) => TOOLS.has(n)))];
      return used.length === 0 ? [] : [ctx.at(DL3001, item.node, `${used.join(", ")} ${used.length === 1 ? "is an interactive/system tool" : "are interactive/system tools"} with nothing to act on during an image build.`)];
    });
  },
};
