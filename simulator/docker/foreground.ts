import { Output, type OutputChunk } from "../core/io";
import { killContainer } from "../engine/container-signals";
import type { Engine } from "../engine/engine";
import type { ContainerRecord, LogEntry } from "../runtime/types";
import type { DockerContext } from "./command";

/** What a foreground command printed since it was last asked, and its exit status once it has ended. */
export interface ForegroundStep {
  chunks: OutputChunk[];
  /** Set when the command has ended. */
  exitCode?: number;
}

/**
 * A command that keeps the terminal until it ends or Ctrl+C stops it
 * (`docker run` of a server, `docker logs -f`, `docker attach`, `sleep`
 * in the browser). The terminal polls it as time passes; it never blocks.
 */
export interface ForegroundJob {
  /** Output written by now, and the exit status if the command has ended by itself. */
  poll(): ForegroundStep;
  /** Ctrl+C: SIGINT to the client, which may pass it on to the container's process. */
  interrupt(): ForegroundStep;
}

/** 128 + SIGINT: the status of a client killed by Ctrl+C (bash reports 128+n for a signal death). */
export const INTERRUPTED = 130;
const SIGINT = 2;

/** Ctrl+C presses before a client whose container ignores SIGINT is let go (see createAttachJob). */
const PRESSES_BEFORE_LETTING_GO = 3;

function drainLogs(container: ContainerRecord, from: number, format: (entry: LogEntry) => string): { chunks: OutputChunk[]; next: number } {
  const chunks: OutputChunk[] = [];
  const logs = container.logs;
  for (let i = from; i < logs.length; i++) {
    const entry = logs[i] as LogEntry;
    chunks.push({ stream: entry.stream === "stdout" || container.config.Tty ? "stdout" : "stderr", text: format(entry) });
  }
  return { chunks, next: logs.length };
}

/** Whether the container's current run has ended (a restarting one counts, as ContainerWait's not-running condition does). */
function hasEnded(container: ContainerRecord): boolean {
  return !container.state.Running || container.state.Restarting;
}

/**
 * An attached client (`docker run` without -d, `start -a`, `attach`):
 * streams the container's output and returns its exit code when it ends
 * (docker/cli run.go waitExitOrRemoved). Ctrl+C: with `sigProxy` (no TTY,
 * docker/cli ForwardAllSignals) SIGINT goes to the container through
 * ContainerKill, and the container's process model decides (PID 1 without a
 * handler ignores it: runtime/programs/signals.ts); with a TTY and no
 * stdin the client itself dies (130) and the container runs on.
 * Simplification: a real client whose container ignores SIGINT keeps
 * waiting (another terminal's `docker stop` ends it); this terminal has no
 * other tab, so the third Ctrl+C lets the client go with a note, exit 130.
 */
export function createAttachJob(engine: Engine, container: ContainerRecord, options: { sigProxy: boolean }): ForegroundJob {
  let next = container.logs.length;
  let presses = 0;
  const step = (): ForegroundStep => {
    engine.settle();
    const drained = drainLogs(container, next, (e) => e.text);
    next = drained.next;
    return hasEnded(container) ? { chunks: drained.chunks, exitCode: container.state.ExitCode } : { chunks: drained.chunks };
  };
  return {
    poll: step,
    interrupt() {
      if (!options.sigProxy) return { chunks: [], exitCode: INTERRUPTED };
      presses += 1;
      if (!hasEnded(container)) killContainer(engine, container, container.id, SIGINT);
      const after = step();
      if (after.exitCode !== undefined || presses < PRESSES_BEFORE_LETTING_GO) return after;
      after.chunks.push({
        stream: "stderr",
        text: `Dockyard: ${container.name}'s main process ignores SIGINT (PID 1 without a handler); the client lets go and the container keeps running (docker stop ${container.name} stops it).\n`,
      });
      return { chunks: after.chunks, exitCode: INTERRUPTED };
    },
  };
}

/**
 * `docker logs -f`: prints what the container writes from now on and ends
 * when it stops (docker/cli logs.go; the daemon closes the stream); Ctrl+C
 * kills the client (130), the container untouched.
 */
export function createFollowJob(engine: Engine, container: ContainerRecord, format: (entry: LogEntry) => string): ForegroundJob {
  let next = container.logs.length;
  const step = (): ForegroundStep => {
    engine.settle();
    const drained = drainLogs(container, next, format);
    next = drained.next;
    return hasEnded(container) ? { chunks: drained.chunks, exitCode: 0 } : { chunks: drained.chunks };
  };
  return { poll: step, interrupt: () => ({ ...step(), exitCode: INTERRUPTED }) };
}

/**
 * A view redrawn every `everyMs` of the clock until Ctrl+C (`docker stats`:
 * each frame starts by clearing the screen and homing the cursor, docker/cli
 * stats.go cleanScreen); a frame that fails ends the command with its status.
 */
export function createRedrawJob(engine: Engine, everyMs: number, render: (out: Output) => number): ForegroundJob {
  let last = engine.clock.now();
  return {
    poll() {
      const now = engine.clock.now();
      if (now - last < everyMs) return { chunks: [] };
      last = now;
      const out = new Output();
      out.out("\x1b[2J\x1b[H");
      const status = render(out);
      return status === 0 ? { chunks: out.chunks } : { chunks: out.chunks, exitCode: status };
    },
    interrupt: () => ({ chunks: [], exitCode: INTERRUPTED }),
  };
}

/**
 * Hands a never-ending command to the terminal: with one (the browser, the
 * interactive headless shell) it stays in the foreground until it ends or
 * Ctrl+C; the returned 0 is replaced by its final status.
 * Simplification: a script cannot press Ctrl+C, so there the command
 * returns at once (status 0) with `scriptNote` on stderr, its container left
 * running.
 */
export function runInForeground(ctx: DockerContext, job: ForegroundJob, scriptNote: string): number {
  if (ctx.host.foreground) {
    ctx.host.foreground(job);
    return 0;
  }
  ctx.out.err(`Dockyard: ${scriptNote}\n`);
  return 0;
}
