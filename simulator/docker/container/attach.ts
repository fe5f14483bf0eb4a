import { calculateEnvMap } from "../../runtime/containers";
import type { ContainerRecord } from "../../runtime/types";
import { ContainerSession, isInteractiveShellArgv, type SessionKind } from "../../engine/container-session";
import type { DockerCommand, DockerContext, DockerHost } from "../command";
import { findContainerOrError } from "./each";
import { createAttachJob, runInForeground } from "../foreground";

/** Whether the client's stdin is a terminal (docker/cli cli/streams/in.go: In.IsTerminal). */
export function calculateStdinTty(host: DockerHost): boolean {
  return host.stdinTty ?? host.tty;
}

/**
 * docker/cli's In.CheckTty (cli/streams/in.go): attaching stdin to a TTY
 * container needs a terminal on the client's own stdin, else
 * `the input device is not a TTY` (printed by cmd/docker as is, exit 1).
 */
export function checkTty(ctx: DockerContext, attachStdin: boolean, tty: boolean): number | undefined {
  if (tty && attachStdin && !calculateStdinTty(ctx.host)) {
    ctx.out.err("the input device is not a TTY\n");
    return 1;
  }
  return undefined;
}

/** Interpreters whose bare invocation under -it is a REPL (`python3.12`, `node`). */
const REPLS = /^(python|node)[\d.]*$/;

/**
 * Hands the terminal to the container's main process when it is a shell
 * waiting on an open stdin (`docker run -it alpine sh`, `start -ai`,
 * `attach`): with a terminal on stdin the world routes the next lines to
 * it (the returned 0 is replaced by the shell's exit status when it ends);
 * without one (a script, `echo ls | docker run -i alpine sh`) the shell reads
 * the client's stdin as its script, and the container ends with the
 * shell's status, which is returned. Undefined when the main process is not
 * such a shell (the caller streams or waits as before).
 */
export function attachShellSession(ctx: DockerContext, container: ContainerRecord, kind: SessionKind): number | undefined {
  const s = container.state;
  // An entrypoint script that execs its arguments (docker-entrypoint.sh node) runs the REPL too.
  const argv = /entrypoint/.test(container.path) ? container.args : [container.path, ...container.args];
  const repl = REPLS.exec((argv[0] ?? "").slice((argv[0] ?? "").lastIndexOf("/") + 1));
  if (repl && argv.length === 1 && container.config.OpenStdin && container.config.Tty && calculateStdinTty(ctx.host)) {
    // Simplification: language REPLs are not simulated; say so instead of showing a prompt that cannot answer.
    ctx.out.err(`Dockyard: the ${repl[1]} REPL is not simulated; pass it code or a script instead, e.g. docker run --rm ${container.config.Image} ${repl[0]} ${repl[1] === "node" ? "-e 'console.log(1 + 1)'" : "-c 'print(1 + 1)'"}\n`);
  }
  if (!container.config.OpenStdin || !s.Running || s.Paused || s.Restarting || container.process?.exitAt !== null) return undefined;
  if (!isInteractiveShellArgv([container.path, ...container.args])) return undefined;
  const terminal = calculateStdinTty(ctx.host) && ctx.host.openSession !== undefined;
  const opened = ContainerSession.open(ctx.engine, container, {
    kind,
    containerId: container.id,
    shellPath: container.process?.program ?? container.path,
    cwd: container.config.WorkingDir || "/",
    env: calculateEnvMap(container.config.Env),
    user: container.config.User,
    tty: container.config.Tty && terminal,
  });
  if ("error" in opened) {
    ctx.out.err(`${opened.error}\n`);
    return opened.status;
  }
  if (terminal) {
    ctx.host.openSession?.(opened);
    return 0;
  }
  const ran = opened.run(ctx.host.stdin ?? "");
  const ended = ran.ended ? ran : opened.endOfInput();
  const chunks = ran.ended ? ran.chunks : ran.chunks.concat(ended.chunks.filter((c) => c.text !== "\n"));
  for (const c of chunks) {
    if (c.stream === "stdout" || container.config.Tty) ctx.out.out(c.text);
    else ctx.out.err(c.text);
  }
  return ctx.engine.wait(container) ?? ended.status;
}

/**
 * `docker container attach` / `docker attach` (docker/cli 27:
 * cli/command/container/attach.go): the container must be running, not
 * paused or restarting (`You cannot attach to a stopped container, start
 * it first`, exit 1); a TTY container needs a terminal on stdin
 * (CheckTty). A shell on an open stdin becomes an interactive session;
 * ending it ends the container, and attach returns its status.
 * Any other process is streamed until it ends or Ctrl+C, which is proxied
 * as SIGINT unless `--sig-proxy=false` or a TTY (docker/foreground.ts).
 * Simplification: the shell starts afresh (variables and cwd of an earlier
 * session are not kept).
 */
export const containerAttachCommand: DockerCommand = {
  name: "attach",
  group: "container",
  aliases: [],
  shortcut: "attach",
  usage: "[OPTIONS] CONTAINER",
  short: "Attach local standard input, output, and error streams to a running container",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "detach-keys", kind: "string", usage: "Override the key sequence for detaching a container" },
    { name: "no-stdin", kind: "bool", usage: "Do not attach STDIN" },
    { name: "sig-proxy", kind: "bool", usage: "Proxy all received signals to the process", defaultText: "true" },
  ],
  run(ctx, { flags, args }) {
    const found = findContainerOrError(ctx, args[0] as string);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    const container = found.container;
    const s = container.state;
    const refusal = !s.Running
      ? "You cannot attach to a stopped container, start it first"
      : s.Paused
        ? "You cannot attach to a paused container, unpause it first"
        : s.Restarting
          ? "You cannot attach to a restarting container, wait until it is running"
          : undefined;
    if (refusal) {
      ctx.out.err(`${refusal}\n`);
      return 1;
    }
    const noStdin = flags["no-stdin"] === true;
    const bad = checkTty(ctx, !noStdin, container.config.Tty);
    if (bad !== undefined) return bad;
    if (!noStdin) {
      const code = attachShellSession(ctx, container, "attach");
      if (code !== undefined) return code;
    }
    const code = ctx.engine.wait(container);
    if (code !== null) return code;
    const job = createAttachJob(ctx.engine, container, { sigProxy: flags["sig-proxy"] !== false && !container.config.Tty });
    return runInForeground(ctx, job, `container ${container.name} runs until Ctrl+C, which a script cannot send; it keeps running (see docker ps).`);
  },
};
