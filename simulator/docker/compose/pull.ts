import type { ComposeCommand } from "./command";
import { dispatchServicePull } from "./service-images";
import { calculateProgressMode, ComposeProgress } from "./progress";
import { loadProjectOrError, findUnknownService } from "./command";

/** `docker compose pull` (pkg/compose/pull.go): pulls each service's image; build-only services are `Skipped - No image to be pulled`. */
export const composePullCommand: ComposeCommand = {
  name: "pull",
  usage: "[OPTIONS] [SERVICE...]",
  short: "Pull service images",
  flags: [
    { name: "ignore-pull-failures", kind: "bool", usage: "Pull what it can and ignores images with pull failures" },
    { name: "quiet", short: "q", kind: "bool", usage: "Pull without printing progress information" },
  ],
  run(ctx, { flags, args }) {
    const project = loadProjectOrError(ctx);
    if (typeof project === "number") return project;
    const unknown = findUnknownService(project, args);
    if (unknown) {
      ctx.out.err(`no such service: ${unknown}\n`);
      return 1;
    }
    const progress = new ComposeProgress(ctx.out, flags.quiet ? "quiet" : calculateProgressMode(ctx.globals.progress, ctx.host.tty), () => ctx.engine.clock.now(), ctx.host.columns);
    for (const name of args.length > 0 ? args : Object.keys(project.services)) {
      const service = project.services[name];
      if (!service) continue;
      if (!service.image) {
        progress.event(name, "Skipped - No image to be pulled", true, true);
        continue;
      }
      const pulled = dispatchServicePull(ctx, project, service, progress, true);
      if (typeof pulled === "number" && !flags["ignore-pull-failures"]) return pulled;
    }
    progress.finish("Pulling");
    return 0;
  },
};
