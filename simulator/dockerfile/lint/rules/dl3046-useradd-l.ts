import { runsUsing } from "../helpers";
import { commandsNamed, hasOption, optionValue } from "../shell-args";
import type { LintRule } from "../types";

/** hadolint DL3046: `useradd` without flag `-l` and high UID will result in an excessively large image (hadolint: src/Hadolint/Rule/DL3046.hs). */
export const DL3046: LintRule = {
  code: "DL3046",
  severity: "warning",
  title: "useradd with a high UID needs -l",
  source: "hadolint",
  explanation: {
    why: "useradd records every user in /var/log/lastlog, a sparse file sized by the highest UID. With a large UID the file looks gigabytes big and Docker stores it at full size in the layer.",
    fix: "Add -l (--no-log-init) so useradd skips the lastlog entry.",
    before: "FROM debian:12\nRUN useradd -u 1000000 app",
    after: "FROM debian:12\nRUN useradd -l -u 1000000 app",
  },
  check(ctx) {
    return runsUsing(ctx, "useradd")
      .filter(({ info }) =>
        commandsNamed(info.script.commands, "useradd").some((c) => {
          const uid = optionValue(c.args, "u", "uid") ?? "";
          return /^\d{6,}$/.test(uid) && !hasOption(c.args, "l", ["no-log-init"]);
        }),
      )
      .map(({ item }) => ctx.at(DL3046, item.node, "useradd with a UID this high bloats /var/log/lastlog in the image: add -l (--no-log-init)."));
  },
};
