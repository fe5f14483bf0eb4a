import { formatProjectConfig } from "../../compose/format-config";
import { calculateStartOrder } from "../../compose/project";
import { loadProjectOrError, type ComposeCommand } from "./command";

/**
 * `docker compose config` (docker/compose cmd/compose/config.go): the
 * normalised model as YAML; `--services` the service names in dependency
 * order, `--volumes` the volume keys, `-q` only validates.
 */
export const composeConfigCommand: ComposeCommand = {
  name: "config",
  usage: "[OPTIONS] [SERVICE...]",
  short: "Parse, resolve and render compose file in canonical format",
  flags: [
    { name: "quiet", short: "q", kind: "bool", usage: "Only validate the configuration, don't print anything" },
    { name: "services", kind: "bool", usage: "Print the service names, one per line." },
    { name: "volumes", kind: "bool", usage: "Print the volume names, one per line." },
    { name: "images", kind: "bool", usage: "Print the image names, one per line." },
  ],
  run(ctx, { flags }) {
    const project = loadProjectOrError(ctx);
    if (typeof project === "number") return project;
    if (flags.quiet) return 0;
    if (flags.services) {
      for (const name of calculateStartOrder(project.services)) ctx.out.out(`${name}\n`);
      return 0;
    }
    if (flags.volumes) {
      for (const key of Object.keys(project.volumes).sort()) ctx.out.out(`${key}\n`);
      return 0;
    }
    if (flags.images) {
      for (const s of Object.values(project.services)) ctx.out.out(`${s.image ?? `${project.name}-${s.name}`}\n`);
      return 0;
    }
    ctx.out.out(formatProjectConfig(project));
    return 0;
  },
};
