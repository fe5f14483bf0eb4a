import { findProjectName, findUnknownService, listProjectContainers, loadProjectOrError, serviceOf, type ComposeCommand } from "./command";
import { createComposeFollowJob } from "./attach-job";
import { calculatePrefixedLogs } from "./log-prefix";

/**
 * `docker compose logs` (docker/compose cmd/compose/logs.go): every
 * container's output with a `web-1  | ` prefix (coloured per service on a
 * terminal, not with --no-color; none with --no-log-prefix), `--tail` per
 * container; `-f` in a terminal keeps streaming until the containers stop
 * or Ctrl+C (attach-job.ts). Simplification: in a script, and with
 * `--tail`, `-f` prints what was written so far and returns with a note.
 */
export const composeLogsCommand: ComposeCommand = {
  name: "logs",
  usage: "[OPTIONS] [SERVICE...]",
  short: "View output from containers",
  flags: [
    { name: "follow", short: "f", kind: "bool", usage: "Follow log output" },
    { name: "no-color", kind: "bool", usage: "Produce monochrome output" },
    { name: "no-log-prefix", kind: "bool", usage: "Don't print prefix in logs" },
    { name: "tail", short: "n", kind: "string", usage: "Number of lines to show from the end of the logs for each container", defaultText: '"all"' },
    { name: "timestamps", short: "t", kind: "bool", usage: "Show timestamps" },
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
    const tailText = (flags.tail as string | undefined) ?? "all";
    const tail = tailText === "all" || Number(tailText) < 0 ? undefined : Number(tailText);
    if (tail !== undefined && !Number.isInteger(tail)) {
      ctx.out.err(`Error response from daemon: invalid value for "tail": "${tailText}"\n`);
      return 1;
    }
    const containers = listProjectContainers(ctx, loaded?.name ?? (named as string), { all: true }).filter((c) => args.length === 0 || args.includes(serviceOf(c)));
    const colour = ctx.host.tty && flags["no-color"] !== true;
    if (flags.follow && ctx.host.foreground && containers.some((c) => c.state.Running) && tail === undefined) {
      ctx.host.foreground(createComposeFollowJob(ctx, containers, colour, flags["no-log-prefix"] !== true));
      return 0;
    }
    const lines = calculatePrefixedLogs(containers, colour, tail, flags["no-log-prefix"] !== true);
    for (const line of lines) {
      if (line.stream === "stdout") ctx.out.out(line.text);
      else ctx.out.err(line.text);
    }
    if (flags.follow && containers.some((c) => c.state.Running)) {
      ctx.out.err("Dockyard: a script cannot follow logs until Ctrl+C; this is what the containers have written so far.\n");
    }
    return 0;
  },
};
