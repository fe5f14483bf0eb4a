import { removeContainer } from "../../engine/container-remove";
import { stopContainer } from "../../engine/container-signals";
import { type ComposeCommand } from "./command";
import { createComposeProgress } from "./progress";
import { loadSelectedContainers } from "./selection";

/**
 * `docker compose rm` (pkg/compose/remove.go): removes stopped containers
 * after `Going to remove …` and a `? Are you sure? (y/N)` prompt (not with
 * -f); `-s` stops them first; none is `No stopped containers`.
 */
export const composeRmCommand: ComposeCommand = {
  name: "rm",
  usage: "[OPTIONS] [SERVICE...]",
  short: "Removes stopped service containers",
  flags: [
    { name: "force", short: "f", kind: "bool", usage: "Don't ask to confirm removal" },
    { name: "stop", short: "s", kind: "bool", usage: "Stop the containers, if required, before removing" },
    { name: "volumes", short: "v", kind: "bool", usage: "Remove any anonymous volumes attached to containers" },
  ],
  run(ctx, { flags, args }) {
    const selected = loadSelectedContainers(ctx, args);
    if (typeof selected === "number") return selected;
    const progress = createComposeProgress(ctx);
    if (flags.stop) {
      for (const c of selected.containers.filter((c) => c.state.Running)) {
        progress.step(`Container ${c.name}`, "Stopping", "Stopped");
        stopContainer(ctx.engine, c, {});
      }
    }
    const stopped = selected.containers.filter((c) => !c.state.Running);
    if (stopped.length === 0) {
      progress.finish("Stopping");
      ctx.out.out("No stopped containers\n");
      return 0;
    }
    if (!flags.force) {
      ctx.out.out(`Going to remove ${stopped.map((c) => c.name).join(", ")}\n? Are you sure? (y/N) `);
      const answer = (ctx.host.stdin ?? "").split("\n")[0]?.trim().toLowerCase();
      if (answer !== "y" && answer !== "yes") {
        ctx.out.out("\n");
        return 0;
      }
    }
    for (const c of stopped) {
      progress.event(`Container ${c.name}`, "Removing", false);
      removeContainer(ctx.engine, c, { force: true, volumes: flags.volumes === true });
      progress.event(`Container ${c.name}`, "Removed", true);
    }
    progress.finish("Removing");
    return 0;
  },
};
