import type { ComposeCommand } from "./command";
import { dispatchServiceBuild } from "./service-images";
import { createComposeProgress } from "./progress";
import { loadProjectOrError, findUnknownService } from "./command";

/** `docker compose build` (pkg/compose/build.go): builds every named service that has `build:`; others are skipped. */
export const composeBuildCommand: ComposeCommand = {
  name: "build",
  usage: "[OPTIONS] [SERVICE...]",
  short: "Build or rebuild services",
  flags: [
    { name: "no-cache", kind: "bool", usage: "Do not use cache when building the image" },
    { name: "pull", kind: "bool", usage: "Always attempt to pull a newer version of the image" },
    { name: "quiet", short: "q", kind: "bool", usage: "Don't print anything to STDOUT" },
  ],
  run(ctx, { flags, args }) {
    const project = loadProjectOrError(ctx);
    if (typeof project === "number") return project;
    const unknown = findUnknownService(project, args);
    if (unknown) {
      ctx.out.err(`no such service: ${unknown}\n`);
      return 1;
    }
    const progress = createComposeProgress(ctx);
    for (const name of args.length > 0 ? args : Object.keys(project.services)) {
      const service = project.services[name];
      if (!service?.build) continue;
      const status = dispatchServiceBuild(ctx, project, service, progress, flags["no-cache"] === true);
      if (status !== 0) return status;
    }
    progress.finish("Building");
    return 0;
  },
};
