import { calculateStartOrder } from "../../compose/project";
import { restartContainer } from "../../engine/container-signals";
import { serviceOf, TIMEOUT_FLAG, type ComposeCommand } from "./command";
import { createComposeProgress } from "./progress";
import { loadSelectedContainers } from "./selection";

/** `docker compose restart` (pkg/compose/restart.go): restarts the containers in dependency order. */
export const composeRestartCommand: ComposeCommand = {
  name: "restart",
  usage: "[OPTIONS] [SERVICE...]",
  short: "Restart service containers",
  flags: [TIMEOUT_FLAG],
  run(ctx, { flags, args }) {
    const selected = loadSelectedContainers(ctx, args);
    if (typeof selected === "number") return selected;
    const order = calculateStartOrder(selected.project.services);
    const progress = createComposeProgress(ctx);
    const timeoutS = flags.timeout as number | undefined;
    for (const c of [...selected.containers].sort((a, b) => order.indexOf(serviceOf(a)) - order.indexOf(serviceOf(b)))) {
      progress.event(`Container ${c.name}`, "Restarting", false);
      const restarted = restartContainer(ctx.engine, c, timeoutS === undefined ? {} : { timeoutS });
      if (!restarted.ok) {
        progress.finish("Restarting");
        ctx.out.err(`Error response from daemon: ${restarted.error.message}\n`);
        return 1;
      }
      progress.event(`Container ${c.name}`, "Started", true);
    }
    progress.finish("Restarting");
    return 0;
  },
};
