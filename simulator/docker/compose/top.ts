import { containerTopCommand } from "../container/top";
import { type ComposeCommand } from "./command";
import { loadSelectedContainers } from "./selection";

/** `docker compose top` (cmd/compose/top.go): each running container's name, then its process table, a blank line between. */
export const composeTopCommand: ComposeCommand = {
  name: "top",
  usage: "[SERVICES...]",
  short: "Display the running processes",
  flags: [],
  run(ctx, { args }) {
    const selected = loadSelectedContainers(ctx, args, false);
    if (typeof selected === "number") return selected;
    selected.containers.forEach((c, i) => {
      ctx.out.out(`${i > 0 ? "\n" : ""}${c.name}\n`);
      containerTopCommand.run({ ...ctx, commandPath: "docker top" }, { flags: {}, args: [c.name] });
    });
    return 0;
  },
};
