import { calculateStartOrder } from "../../compose/project";
import { stopContainer } from "../../engine/container-signals";
import { serviceOf, TIMEOUT_FLAG, type ComposeCommand } from "./command";
import { createComposeProgress } from "./progress";
import { loadSelectedContainers } from "./selection";

/** `docker compose stop` (pkg/compose/stop.go): stops running containers, dependents first. */
export const composeStopCommand: ComposeCommand = {
  name: "stop",
  usage: "[OPTIONS] [SERVICE...]",
  short: "Stop services",
  flags: [TIMEOUT_FLAG],
  run(ctx, { flags, args }) {
    const selected = loadSelectedContainers(ctx, args, false);
    if (typeof selected === "number") return selected;
    const order = calculateStartOrder(selected.project.services).reverse();
    const progress = createComposeProgress(ctx);
    const timeoutS = flags.timeout as number | undefined;
    for (const c of [...selected.containers].sort((a, b) => order.indexOf(serviceOf(a)) - order.indexOf(serviceOf(b)))) {
      progress.event(`Container ${c.name}`, "Stopping", false);
      stopContainer(ctx.engine, c, timeoutS === undefined ? {} : { timeoutS });
      progress.event(`Container ${c.name}`, "Stopped", true);
    }
    progress.finish("Stopping");
    return 0;
  },
};
