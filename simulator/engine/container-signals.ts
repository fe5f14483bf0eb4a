import { calculateSignalEffect } from "../runtime/programs/signals";
import { createRestartBookkeeping } from "../runtime/restart-policy";
import type { ContainerRecord } from "../runtime/types";
import type { Engine, StartReport } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { dispatchProcessExit } from "./container-settle";
import { recordContainerEvent } from "./events";

/** SIGTERM and SIGKILL. */
export const SIGTERM = 15;
export const SIGKILL = 9;

/** The default stop timeout on Linux, seconds (moby/moby: daemon/config/config_linux.go defaultStopTimeout). */
export const DEFAULT_STOP_TIMEOUT_S = 10;

/**
 * A pending policy restart is cancelled by a manual stop or kill: the
 * container ends `exited` with the code it last exited with
 * (moby/moby: daemon/kill.go killWithSignal, "if the container is currently
 * restarting we do not need to send the signal"; restartmanager Cancel).
 */
function cancelRestart(engine: Engine, container: ContainerRecord): void {
  const s = container.state;
  s.Restarting = false;
  s.Running = false;
  s.Status = "exited";
  if (container.restart) container.restart.restartAt = null;
  dispatchProcessExit(engine, container, s.ExitCode, s.FinishedAt || engine.clock.now());
}

function markManuallyStopped(container: ContainerRecord): void {
  (container.restart ??= createRestartBookkeeping()).manuallyStopped = true;
}

/**
 * ContainerStop (moby/moby: daemon/stop.go): a container that is not
 * running is left alone (304, the CLI prints the name anyway). Otherwise the
 * stop signal goes to PID 1; a process model that handles it exits as the
 * real program does (runtime/programs/signals.ts), one that does not (PID 1
 * ignores unhandled signals) keeps running while virtual time passes, until
 * it exits on its own or the timeout ends and SIGKILL ends it with 137.
 * `timeoutS` < 0 waits for the process however long that is.
 * Simplification: `-t -1` on a process that never exits is killed after the
 * default 10 s instead of blocking the terminal forever.
 */
export function stopContainer(engine: Engine, container: ContainerRecord, options: { timeoutS?: number; signal?: number; restarting?: boolean } = {}): void {
  engine.settle();
  const s = container.state;
  if (!s.Running) return;
  markManuallyStopped(container);
  if (s.Restarting) {
    cancelRestart(engine, container);
    return recordContainerEvent(engine, container, "stop");
  }
  const now = engine.clock.now();
  const signal = options.signal ?? SIGTERM;
  recordContainerEvent(engine, container, "kill", { signal: String(signal) });
  const effect = s.Paused || !container.process ? { exits: false as const } : calculateSignalEffect(container.process.program, signal);
  if (effect.exits) {
    dispatchProcessExit(engine, container, effect.code, now, options);
    return recordContainerEvent(engine, container, "stop");
  }
  let timeoutS = options.timeoutS ?? DEFAULT_STOP_TIMEOUT_S;
  const natural = s.Paused ? null : (container.process?.exitAt ?? null);
  if (timeoutS < 0) {
    if (natural !== null) timeoutS = Number.POSITIVE_INFINITY;
    else timeoutS = DEFAULT_STOP_TIMEOUT_S;
  }
  const deadline = now + timeoutS * 1000;
  if (natural !== null && natural <= deadline) {
    engine.clock.advance(natural - now);
    engine.settle();
    return recordContainerEvent(engine, container, "stop");
  }
  engine.clock.advance(deadline - now);
  engine.settle();
  if (container.state.Running && !container.state.Restarting) {
    recordContainerEvent(engine, container, "kill", { signal: String(SIGKILL) });
    dispatchProcessExit(engine, container, 137, engine.clock.now(), options);
  }
  recordContainerEvent(engine, container, "stop");
}

/**
 * ContainerKill (moby/moby: daemon/kill.go): a container that is not
 * running is an error, `cannot kill container: <ref>: container <id> is
 * not running`. SIGKILL (the default) ends it with 137; another signal ends
 * it only if its process model handles that signal, else PID 1 ignores it.
 * A paused container only takes SIGKILL (the daemon thaws it to deliver it);
 * other signals wait in the frozen process (not simulated further).
 */
export function killContainer(engine: Engine, container: ContainerRecord, ref: string, signal: number): EngineResult<void> {
  engine.settle();
  const s = container.state;
  if (!s.Running) return { ok: false, error: engineError("conflict", `cannot kill container: ${ref}: container ${container.id} is not running`, 1) };
  markManuallyStopped(container);
  recordContainerEvent(engine, container, "kill", { signal: String(signal) });
  if (s.Restarting) {
    if (signal === SIGKILL) cancelRestart(engine, container);
    return { ok: true, value: undefined };
  }
  if (s.Paused && signal !== SIGKILL) return { ok: true, value: undefined };
  const effect = container.process ? calculateSignalEffect(container.process.program, signal) : { exits: signal === SIGKILL, code: 137 };
  if (effect.exits) dispatchProcessExit(engine, container, effect.code, engine.clock.now());
  return { ok: true, value: undefined };
}

/**
 * ContainerStart as `docker start` asks for it (moby/moby: daemon/start.go):
 * a paused container is refused; a running (or restarting) one is left
 * alone (304: "not-modified"); otherwise the restart manager is reset
 * (RestartCount back to 0, the manual stop forgotten) and it starts.
 */
export function startContainer(engine: Engine, container: ContainerRecord): EngineResult<StartReport | "not-modified"> {
  engine.settle();
  const s = container.state;
  if (s.Paused) return { ok: false, error: engineError("conflict", "cannot start a paused container, try unpause instead", 1) };
  if (s.Running) return { ok: true, value: "not-modified" };
  if (s.Dead || s.Status === "removing") return { ok: false, error: engineError("conflict", "container is marked for removal and cannot be started", 1) };
  container.restartCount = 0;
  container.restart = createRestartBookkeeping();
  return engine.start(container);
}

/**
 * ContainerRestart (moby/moby: daemon/restart.go): stops a running
 * container as `docker stop` does (a `--rm` container is not removed by
 * it: HasBeenManuallyRestarted), then starts it with a fresh restart
 * manager; works on stopped containers too.
 */
export function restartContainer(engine: Engine, container: ContainerRecord, options: { timeoutS?: number; signal?: number }): EngineResult<StartReport | "not-modified"> {
  engine.settle();
  if (container.state.Running) stopContainer(engine, container, { ...options, restarting: true });
  if (container.state.Paused) return { ok: false, error: engineError("conflict", "cannot start a paused container, try unpause instead", 1) };
  const started = startContainer(engine, container);
  if (started.ok) recordContainerEvent(engine, container, "restart");
  return started;
}

/**
 * ContainerPause (moby/moby: daemon/pause.go): the cgroup freezer stops the
 * process; it cannot exit while frozen. Errors are the daemon's.
 */
export function pauseContainer(engine: Engine, container: ContainerRecord): EngineResult<void> {
  engine.settle();
  const s = container.state;
  if (!s.Running) return { ok: false, error: engineError("conflict", `container ${container.id} is not running`, 1) };
  if (s.Paused) return { ok: false, error: engineError("conflict", `container ${container.id} is already paused`, 1) };
  if (s.Restarting) return { ok: false, error: engineError("conflict", `Container ${container.id} is restarting, wait until the container is running`, 1) };
  s.Paused = true;
  s.Status = "paused";
  engine.markScheduleChanged();
  recordContainerEvent(engine, container, "pause");
  return { ok: true, value: undefined };
}

/**
 * ContainerUnpause (moby/moby: daemon/unpause.go): thaws the process. A
 * timer it was waiting on that ran out meanwhile (`sleep`) fires at once,
 * as the freezer does not stop the clock.
 */
export function unpauseContainer(engine: Engine, container: ContainerRecord): EngineResult<void> {
  engine.settle();
  const s = container.state;
  if (!s.Paused) return { ok: false, error: engineError("conflict", `Container ${container.id} is not paused`, 1) };
  s.Paused = false;
  s.Status = "running";
  engine.markScheduleChanged();
  recordContainerEvent(engine, container, "unpause");
  const now = engine.clock.now();
  if (container.process?.exitAt != null && container.process.exitAt < now) container.process.exitAt = now;
  engine.settle();
  return { ok: true, value: undefined };
}
