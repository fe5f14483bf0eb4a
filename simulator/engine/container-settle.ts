import { calculateEnvMap, dispatchExit, dispatchStart, resolveExecutable } from "../runtime/containers";
import { calculateRestartDecision, createRestartBookkeeping, RESTART_DELAY_MAX_MS } from "../runtime/restart-policy";
import type { ContainerRecord } from "../runtime/types";
import type { Engine } from "./engine";
import { createRootfsProgram } from "./rootfs-process";
import { findImageExecutables } from "./build";
import { dispatchContainerRemoval } from "./container-remove";
import { recordContainerEvent } from "./events";
import { dispatchHealthProbe, dispatchHealthStart } from "./health";

/** At most this many exits and restarts are applied per settle (a crash loop over a long sleep stays bounded). */
const MAX_EVENTS_PER_SETTLE = 20_000;

/** The next thing that happens to a container on its own: its process exits, or a pending restart fires. */
interface ContainerEvent {
  container: ContainerRecord;
  at: number;
  kind: "exit" | "restart" | "probe";
}

function findNextEvent(engine: Engine, now: number): { event: ContainerEvent | undefined; nextAt: number } {
  let next: ContainerEvent | undefined;
  // The earliest event still in the future, for Engine.settle to know when to look again.
  let nextAt = Number.POSITIVE_INFINITY;
  const later = (at: number | null | undefined): void => {
    if (at != null && at > now && at < nextAt) nextAt = at;
  };
  const containers = engine.state.runtime.containers;
  // for…in rather than Object.values: no array of every container per settle (each engine call settles).
  for (const id in containers) {
    const c = containers[id] as ContainerRecord;
    const s = c.state;
    if (!s.Running) continue;
    let event: ContainerEvent | undefined;
    if (s.Restarting && c.restart?.restartAt != null && c.restart.restartAt <= now) event = { container: c, at: c.restart.restartAt, kind: "restart" };
    // A paused (frozen) process cannot exit until it is thawed (engine/container-pause.ts).
    else if (s.Running && !s.Restarting && !s.Paused && c.process?.exitAt != null && c.process.exitAt <= now) event = { container: c, at: c.process.exitAt, kind: "exit" };
    // A due health probe (engine/health.ts) runs before an exit that comes later.
    if (s.Running && !s.Restarting && !s.Paused && c.healthProbeAt != null && c.healthProbeAt <= now && (!event || c.healthProbeAt < event.at)) {
      event = { container: c, at: c.healthProbeAt, kind: "probe" };
    }
    if (event && (!next || event.at < next.at)) next = event;
    if (s.Restarting) later(c.restart?.restartAt);
    else if (!s.Paused) {
      later(c.process?.exitAt);
      later(c.healthProbeAt);
    }
  }
  return { event: next, nextAt };
}

/**
 * Lets time pass for every container, in time order: processes whose exit
 * time has come exit, and the restart manager decides what follows
 * (moby/moby: daemon/monitor.go handleContainerExit): a restart after its
 * backoff delay (the container `restarting` meanwhile), or `exited`, with
 * `--rm` containers removed with their anonymous volumes (daemon.autoRemove).
 * Returns when the next known event is due (Engine.settle's cache).
 */
export function settleContainers(engine: Engine): number {
  for (let i = 0; i < MAX_EVENTS_PER_SETTLE; i++) {
    const { event, nextAt } = findNextEvent(engine, engine.clock.now());
    if (!event) return nextAt;
    if (event.kind === "exit") dispatchProcessExit(engine, event.container, event.container.process?.exitCode ?? 0, event.at);
    else if (event.kind === "probe") dispatchHealthProbe(engine, event.container, event.at);
    else dispatchPolicyRestart(engine, event.container, event.at);
  }
  // Events are still due: the next settle must look again.
  return Number.NEGATIVE_INFINITY;
}

/**
 * The main process of a running container ended with `code` at `at`
 * (moby/moby: daemon/monitor.go handleContainerExit): the restart policy
 * restarts it (RestartCount + 1, state `restarting`, STATUS
 * `Restarting (code) … ago`), or it is `exited`, and removed if `--rm`
 * unless a `docker restart` is stopping it.
 */
export function dispatchProcessExit(engine: Engine, container: ContainerRecord, code: number, at: number, options: { restarting?: boolean } = {}): void {
  const ranMs = at - container.state.StartedAt;
  engine.markScheduleChanged();
  dispatchExit(container, code, at);
  recordContainerEvent(engine, container, "die", { execDuration: String(Math.floor(Math.max(0, ranMs) / 1000)), exitCode: String(code) }, at);
  const book = (container.restart ??= createRestartBookkeeping());
  const decision = calculateRestartDecision(container.hostConfig.RestartPolicy, book, code, ranMs, container.restartCount);
  book.delayMs = decision.delayMs;
  if (decision.restart) {
    container.restartCount += 1;
    const s = container.state;
    s.Status = "restarting";
    s.Running = true;
    s.Restarting = true;
    book.restartAt = at + decision.delayMs;
    return;
  }
  book.restartAt = null;
  if (container.hostConfig.AutoRemove && !options.restarting) dispatchContainerRemoval(engine, container, true);
}

/**
 * The restart manager's timer fired: the daemon starts the container again
 * without resetting its restart count (moby/moby: daemon/monitor.go, the
 * goroutine that calls containerStart with resetRestartManager false). Its
 * ports stay as they were allocated. A start that fails leaves it `exited`.
 */
function dispatchPolicyRestart(engine: Engine, container: ContainerRecord, at: number): void {
  const book = (container.restart ??= createRestartBookkeeping());
  book.restartAt = null;
  engine.markScheduleChanged();
  const s = container.state;
  // Simplification: a process that dies at once, restarted every minute (the backoff's cap) for
  // hours of virtual time, is fast-forwarded: its restart count counts every cycle, but only the
  // last cycle runs (and writes logs).
  const policy = container.hostConfig.RestartPolicy;
  if (book.delayMs === RESTART_DELAY_MAX_MS && s.FinishedAt === s.StartedAt && policy && !(policy.Name === "on-failure" && policy.MaximumRetryCount > 0)) {
    const skipped = Math.floor((engine.clock.now() - at) / RESTART_DELAY_MAX_MS);
    if (skipped > 0) {
      container.restartCount += skipped;
      at += skipped * RESTART_DELAY_MAX_MS;
    }
  }
  s.Restarting = false;
  const image = engine.state.images.images[container.imageId];
  const env = calculateEnvMap(container.config.Env);
  const found = resolveExecutable(container.path, findImageExecutables(engine, image), env, container.config.WorkingDir || "/");
  if ("error" in found) {
    s.Running = false;
    s.Status = "exited";
    s.Error = found.error;
    return;
  }
  dispatchStart(container, found.path, at, createRootfsProgram(engine, container, image, found.path));
  recordContainerEvent(engine, container, "start", {}, at);
  dispatchHealthStart(container, at);
}

/**
 * ContainerWait with the `not-running` condition: lets virtual time pass
 * until the container exits and returns its exit code; null for a process
 * that would never exit on its own. A container the restart policy is
 * restarting counts as exited with the code it last ended with, as
 * SetRestarting fires the stop waiters (moby/moby: daemon/container/state.go).
 */
export function waitForExit(engine: Engine, container: ContainerRecord): number | null {
  engine.settle();
  const s = container.state;
  if (!s.Running || s.Restarting) return s.ExitCode;
  const process = container.process;
  if (!process || process.exitAt === null || s.Paused) return null;
  const delay = process.exitAt - engine.clock.now();
  if (delay > 0) engine.clock.advance(delay);
  engine.settle();
  return container.state.ExitCode;
}
