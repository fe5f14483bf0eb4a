import { formatTable } from "../../cli/table";
import { calculateContainerFields } from "../formatter/container";
import { findProjectName, findUnknownService, listProjectContainers, loadProjectOrError, serviceOf, type ComposeCommand } from "./command";

/**
 * `docker compose ps` (docker/compose cmd/compose/ps.go; fidelity-reference
 * §6.3): the project's running containers (all with -a), sorted by name, in
 * the columns NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS; `-q` IDs,
 * `--services` service names, `--status` a state filter.
 */
export const composePsCommand: ComposeCommand = {
  name: "ps",
  usage: "[OPTIONS] [SERVICE...]",
  short: "List containers",
  flags: [
    { name: "all", short: "a", kind: "bool", usage: "Show all stopped containers (including those created by the run command)" },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display IDs" },
    { name: "services", kind: "bool", usage: "Display services" },
    { name: "status", kind: "list", usage: "Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]" },
  ],
  run(ctx, { flags, args }) {
    const named = findProjectName(ctx);
    const loaded = named !== undefined && ctx.globals.files.length === 0 ? undefined : loadProjectOrError(ctx);
    if (typeof loaded === "number") return loaded;
    if (loaded) {
      const unknown = findUnknownService(loaded, args);
      if (unknown) {
        ctx.out.err(`no such service: ${unknown}\n`);
        return 1;
      }
    }
    const statuses = (flags.status as string[] | undefined) ?? [];
    const containers = listProjectContainers(ctx, loaded?.name ?? (named as string), { all: flags.all === true || statuses.length > 0, oneoff: flags.all === true })
      .filter((c) => args.length === 0 || args.includes(serviceOf(c)))
      .filter((c) => statuses.length === 0 || statuses.includes(c.state.Status));
    if (flags.quiet) {
      for (const c of containers) ctx.out.out(`${c.id}\n`);
      return 0;
    }
    if (flags.services) {
      for (const s of [...new Set(containers.map(serviceOf))]) ctx.out.out(`${s}\n`);
      return 0;
    }
    const now = ctx.engine.clock.now();
    const resolveImage = (text: string) => {
      const ref = ctx.engine.parseReference(text);
      return ctx.engine.findImage(text, ref.ok ? ref.value : undefined);
    };
    const rows = containers.map((c) => {
      const f = calculateContainerFields(c, now, { trunc: true, resolveImage });
      return [c.name, String(f.Image), String(f.Command), serviceOf(c), String(f.RunningFor), String(f.Status), String(f.Ports)];
    });
    ctx.out.out(formatTable([["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"], ...rows]));
    return 0;
  },
};
