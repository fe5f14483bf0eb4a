import { serviceOf, type ComposeCommand } from "./command";
import { dispatchStartServices } from "./converge";
import { createComposeProgress } from "./progress";
import { loadSelectedContainers } from "./selection";

/** `docker compose start` (pkg/compose/start.go): starts existing containers in dependency order; none at all is `service "x" has no container to start`. */
export const composeStartCommand: ComposeCommand = {
  name: "start",
  usage: "[SERVICE...]",
  short: "Start services",
  flags: [],
  run(ctx, { args }) {
    const selected = loadSelectedContainers(ctx, args);
    if (typeof selected === "number") return selected;
    const names = args.length > 0 ? args : Object.keys(selected.project.services);
    const missing = names.find((n) => !selected.containers.some((c) => serviceOf(c) === n));
    if (missing) {
      ctx.out.err(`service "${missing}" has no container to start\n`);
      return 1;
    }
    const progress = createComposeProgress(ctx);
    const error = dispatchStartServices(ctx, selected.project, names, progress);
    progress.finish("Running");
    if (error) {
      ctx.out.err(`${error}\n`);
      return 1;
    }
    return 0;
  },
};
