import type { DockerCommand } from "../command";
import { writeRunError } from "../command";
import { CONTAINER_CREATE_FLAGS, dispatchCreateFromFlags } from "./opts";
import { writeAttachedOutput } from "./start";
import { attachShellSession, checkTty } from "./attach";
import { createAttachJob, runInForeground } from "../foreground";

/**
 * `docker container run` / `docker run` (docker/cli: cli/command/container/run.go):
 * pull if missing, create, start; `-d` prints the full ID, otherwise the
 * container's output is streamed and its exit code returned.
 * Errors use 27.x's `docker: <msg>.` + `See 'docker run --help'.` form, exit
 * 125 for the CLI or daemon, 127 for a missing command (fidelity-reference §3, §4.3).
 */
export const containerRunCommand: DockerCommand = {
  name: "run",
  group: "container",
  aliases: [],
  shortcut: "run",
  usage: "[OPTIONS] IMAGE [COMMAND] [ARG...]",
  short: "Create and run a new container from an image",
  args: { kind: "min", n: 1 },
  interspersed: false,
  flags: [{ name: "detach", short: "d", kind: "bool", usage: "Run container in background and print container ID" }, ...CONTAINER_CREATE_FLAGS],
  run(ctx, { flags, args }) {
    // CheckTty comes before the container is created (docker/cli run.go runContainer).
    const notTty = flags.detach ? undefined : checkTty(ctx, flags.interactive === true, flags.tty === true);
    if (notTty !== undefined) return notTty;
    const container = dispatchCreateFromFlags(ctx, "run", flags, args);
    if (typeof container === "number") return container;

    if (flags.detach) ctx.out.out(container.id + "\n");
    const started = ctx.engine.start(container);
    if (!started.ok) {
      return writeRunError(ctx.out, "run", `Error response from daemon: ${started.error.message}`, started.error.exitCode);
    }
    if (flags.detach) return 0;

    const tty = flags.tty === true;
    // With -t the container's stderr arrives on the terminal's stdout, as a pty merges them.
    writeAttachedOutput(ctx, container, started.value);
    const session = attachShellSession(ctx, container, "run");
    if (session !== undefined) return session;
    const code = ctx.engine.wait(container);
    if (code === null) {
      // Attached to a process that does not end: SIGINT is proxied unless a TTY was asked for (docker/cli run.go).
      const job = createAttachJob(ctx.engine, container, { sigProxy: !tty });
      return runInForeground(ctx, job, `container ${container.name} runs until Ctrl+C, which a script cannot send; it keeps running in the background (see docker ps).`);
    }
    return code;
  },
};
