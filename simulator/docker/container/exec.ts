import type { DockerCommand, DockerContext } from "../command";
import { isInteractiveShellArgv } from "../../engine/container-session";
import { openExecSession, type ExecSessionOptions } from "../../engine/container-exec-session";
import type { ContainerRecord } from "../../runtime/types";
import { calculateStdinTty, checkTty } from "./attach";
import { execInContainer } from "../../engine/container-exec";
import { findContainerOrError } from "./each";

/**
 * `exec -i` of a shell with nothing to run: with a terminal on stdin the
 * world routes the next lines to it (the container keeps running when it
 * ends); without one the shell reads the client's stdin as its script.
 */
function runExecSession(ctx: DockerContext, container: ContainerRecord, options: ExecSessionOptions): number {
  const opened = openExecSession(ctx.engine, container, { ...options, tty: options.tty && calculateStdinTty(ctx.host) });
  if (!opened.ok) {
    ctx.out.err(`Error response from daemon: ${opened.error.message}\n`);
    return opened.error.exitCode;
  }
  const session = opened.value;
  if ("runtimeError" in session) {
    ctx.out.err(`${session.runtimeError}\n`);
    return session.status;
  }
  if (calculateStdinTty(ctx.host) && ctx.host.openSession) {
    ctx.host.openSession(session);
    return 0;
  }
  const ran = session.run(ctx.host.stdin ?? "");
  for (const c of ran.chunks) {
    if (c.stream === "stdout" || options.tty) ctx.out.out(c.text);
    else ctx.out.err(c.text);
  }
  return ran.ended ? ran.status : session.endOfInput().status;
}

/**
 * `docker container exec` / `docker exec` (docker/cli 27:
 * cli/command/container/exec.go): runs a command in a running container,
 * its stdout and stderr kept apart (merged under `-t`, as a pty merges
 * them), and exits with the command's status; `-d` starts it and prints
 * nothing. Daemon errors (not running, paused) exit 1; a runtime failure
 * (`OCI runtime exec failed: …`) is printed as is with its status.
 * `-i` with a shell and nothing to run (`docker exec -it web sh`) opens an
 * interactive session (runExecSession); `-t` with stdin not a terminal is
 * CheckTty's `the input device is not a TTY`. Simplification: `-i` forwards
 * no input to other programs.
 */
export const containerExecCommand: DockerCommand = {
  name: "exec",
  group: "container",
  aliases: [],
  shortcut: "exec",
  usage: "[OPTIONS] CONTAINER COMMAND [ARG...]",
  short: "Execute a command in a running container",
  args: { kind: "min", n: 2 },
  interspersed: false,
  flags: [
    { name: "detach", short: "d", kind: "bool", usage: "Detached mode: run command in the background" },
    { name: "detach-keys", kind: "string", usage: "Override the key sequence for detaching a container" },
    { name: "env", short: "e", kind: "list", usage: "Set environment variables" },
    { name: "env-file", kind: "list", usage: "Read in a file of environment variables" },
    { name: "interactive", short: "i", kind: "bool", usage: "Keep STDIN open even if not attached" },
    { name: "privileged", kind: "bool", usage: "Give extended privileges to the command" },
    { name: "tty", short: "t", kind: "bool", usage: "Allocate a pseudo-TTY" },
    { name: "user", short: "u", kind: "string", usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: "workdir", short: "w", kind: "string", usage: "Working directory inside the container" },
  ],
  run(ctx, { flags, args }) {
    const [ref, ...argv] = args as [string, ...string[]];
    const found = findContainerOrError(ctx, ref);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    const tty = flags.tty === true;
    const env = ((flags.env as string[] | undefined) ?? []).filter((e) => e.includes("="));
    if (flags.detach !== true) {
      // CheckTty after the dummy inspect, before ExecCreate (docker/cli 27 exec.go RunExec).
      const bad = checkTty(ctx, flags.interactive === true, tty);
      if (bad !== undefined) return bad;
    }
    if (flags.interactive === true && flags.detach !== true && isInteractiveShellArgv(argv)) {
      return runExecSession(ctx, found.container, { argv, env, workingDir: flags.workdir as string | undefined, user: flags.user as string | undefined, tty });
    }
    const result = execInContainer(ctx.engine, found.container, {
      argv,
      env,
      workingDir: flags.workdir as string | undefined,
      user: flags.user as string | undefined,
      tty,
    });
    if (!result.ok) {
      ctx.out.err(`Error response from daemon: ${result.error.message}\n`);
      return result.error.exitCode;
    }
    const outcome = result.value;
    if ("runtimeError" in outcome) {
      ctx.out.err(`${outcome.runtimeError}\n`);
      return outcome.status;
    }
    if (flags.detach === true) return 0;
    for (const chunk of outcome.output) {
      if (chunk.stream === "stdout" || tty) ctx.out.out(chunk.text);
      else ctx.out.err(chunk.text);
    }
    return outcome.status;
  },
};
