import { runsUsing } from "../helpers";
import { commandsNamed } from "../shell-args";
import type { LintRule } from "../types";

/** hadolint DL4005: use SHELL to change the default shell (hadolint: src/Hadolint/Rule/DL4005.hs). */
export const DL4005: LintRule = {
  code: "DL4005",
  severity: "warning",
  title: "Use SHELL to change the default shell",
  source: "hadolint",
  explanation: {
    why: "Replacing /bin/sh with a link to bash changes the system shell for every program in the image, not just your RUN lines, and can break scripts that expect a POSIX sh.",
    fix: "Use the SHELL instruction to choose the shell for the following RUN instructions.",
    before: "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh",
    after: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]',
  },
  check(ctx) {
    return runsUsing(ctx, "ln")
      .filter(({ info }) => commandsNamed(info.script.commands, "ln").some((c) => c.args.includes("/bin/sh")))
      .map(({ item }) => ctx.at(DL4005, item.node, "Linking over /bin/sh changes the shell for the whole image: use SHELL [\"/bin/bash\", \"-c\"] instead."));
  },
};
