import type { DockerCommand } from "../command";
import { startContainer } from "../../engine/container-signals";
import type { StartReport } from "../../engine/engine";
import type { ContainerRecord } from "../../runtime/types";
import type { DockerContext } from "../command";
import { findContainerOrError } from "./each";
import { attachShellSession } from "./attach";
import { createAttachJob, runInForeground } from "../foreground";

/** Writes a started container's output as an attached client receives it (a pty merges stderr into stdout). */
export function writeAttachedOutput(ctx: DockerContext, container: ContainerRecord, report: StartReport): void {
  for (const chunk of report.output) {
    if (chunk.stream === "stdout" || container.config.Tty) ctx.out.out(chunk.text);
    else ctx.out.err(chunk.text);
  }
}

/**
 * `docker start -a`/`-i`: one container only; its output is streamed and the
 * command exits with the container's exit code (docker/cli 27:
 * cli/command/container/start.go runStart, cli.StatusError).
 * With `-i`, a shell on an open stdin becomes an interactive session
 * (docker/container/attach.ts); a process that never ends keeps the
 * terminal until Ctrl+C (docker/foreground.ts).
 */
function runAttached(ctx: DockerContext, ref: string, stdin: boolean): number {
  const found = findContainerOrError(ctx, ref);
  if ("error" in found) {
    ctx.out.err(`${found.error}\n`);
    return 1;
  }
  const container = found.container;
  const started = startContainer(ctx.engine, container);
  if (!started.ok) {
    ctx.out.err(`Error response from daemon: ${started.error.message}\n`);
    return 1;
  }
  if (started.value !== "not-modified") writeAttachedOutput(ctx, container, started.value);
  // `-i` attaches stdin only when the container has it open (docker/cli start.go: opts.openStdin && c.Config.OpenStdin).
  const session = stdin ? attachShellSession(ctx, container, "start") : undefined;
  if (session !== undefined) return session;
  const code = ctx.engine.wait(container);
  if (code === null) {
    // docker/cli start.go forwards signals unless the container has a TTY.
    const job = createAttachJob(ctx.engine, container, { sigProxy: !container.config.Tty });
    return runInForeground(ctx, job, `container ${container.name} runs until Ctrl+C, which a script cannot send; it keeps running in the background (see docker ps).`);
  }
  return code;
}

/**
 * `docker container start` / `docker start` (docker/cli 27: cli/command/container/start.go):
 * starts each container and prints the argument as typed (a running one is
 * left alone and printed too); each failure is printed at once, then
 * `Error: failed to start containers: a, b`, exit 1.
 */
export const containerStartCommand: DockerCommand = {
  name: "start",
  group: "container",
  aliases: [],
  shortcut: "start",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Start one or more stopped containers",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "attach", short: "a", kind: "bool", usage: "Attach STDOUT/STDERR and forward signals" },
    { name: "detach-keys", kind: "string", usage: "Override the key sequence for detaching a container" },
    { name: "interactive", short: "i", kind: "bool", usage: "Attach container's STDIN" },
  ],
  run(ctx, { flags, args }) {
    if (flags.attach === true || flags.interactive === true) {
      if (args.length > 1) {
        ctx.out.err("you cannot start and attach multiple containers at once\n");
        return 1;
      }
      return runAttached(ctx, args[0] as string, flags.interactive === true);
    }
    const failed: string[] = [];
    for (const ref of args) {
      const found = findContainerOrError(ctx, ref);
      const started = "error" in found ? undefined : startContainer(ctx.engine, found.container);
      const error = "error" in found ? found.error : started && !started.ok ? `Error response from daemon: ${started.error.message}` : undefined;
      if (error !== undefined) {
        ctx.out.err(`${error}\n`);
        failed.push(ref);
        continue;
      }
      ctx.out.out(`${ref}\n`);
    }
    if (failed.length === 0) return 0;
    ctx.out.err(`Error: failed to start containers: ${failed.join(", ")}\n`);
    return 1;
  },
};
