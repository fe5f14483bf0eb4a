import { VirtualClock } from "../core/clock";
import { formatGoDuration } from "../build/steps/simple";
import type { ImageConfig } from "../image/types";
import type { ContainerRecord, HealthConfig, HealthLogEntry } from "../runtime/types";
import { execInContainer } from "./container-exec";
import type { Engine } from "./engine";
import { recordContainerEvent } from "./events";

/** The daemon's defaults and limits (moby/moby 27: daemon/health.go). */
const DEFAULT_INTERVAL_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_START_INTERVAL_MS = 5_000;
const DEFAULT_RETRIES = 3;
const MAX_LOG_ENTRIES = 5;
const MAX_OUTPUT_LEN = 4096;

/** A duration field (ns, 0 = default) in ms. */
function calculateMs(ns: number | undefined, fallback: number): number {
  return ns && ns > 0 ? ns / 1_000_000 : fallback;
}

/**
 * The health check a container gets (moby/moby 27: daemon/commit.go merge):
 * the image's HEALTHCHECK with each field the user set (`--health-*`)
 * taking its place; `--no-healthcheck` is `["NONE"]`.
 */
export function calculateHealthConfig(image: ImageConfig["Healthcheck"], user: HealthConfig | undefined): HealthConfig | undefined {
  if (!user) return image ? { ...image } : undefined;
  if (!image) return user;
  return {
    Test: user.Test.length > 0 ? user.Test : image.Test,
    ...((user.Interval || image.Interval) ? { Interval: user.Interval || image.Interval } : {}),
    ...((user.Timeout || image.Timeout) ? { Timeout: user.Timeout || image.Timeout } : {}),
    ...((user.StartPeriod || image.StartPeriod) ? { StartPeriod: user.StartPeriod || image.StartPeriod } : {}),
    ...((user.StartInterval || image.StartInterval) ? { StartInterval: user.StartInterval || image.StartInterval } : {}),
    ...((user.Retries || image.Retries) ? { Retries: user.Retries || image.Retries } : {}),
  };
}

/** Whether the check runs at all: a test other than NONE (moby/moby: daemon/health.go initHealthMonitor). */
function isActive(config: HealthConfig | undefined): config is HealthConfig {
  const first = config?.Test[0];
  return first !== undefined && first !== "NONE";
}

/** The wait before the next probe (moby/moby: daemon/health.go monitor getInterval). */
function calculateInterval(container: ContainerRecord, config: HealthConfig, at: number): number {
  const startPeriod = calculateMs(config.StartPeriod, 0);
  if (at - container.state.StartedAt >= startPeriod) return calculateMs(config.Interval, DEFAULT_INTERVAL_MS);
  if (container.state.Health?.Status === "starting") return calculateMs(config.StartInterval, DEFAULT_START_INTERVAL_MS);
  return calculateMs(config.Interval, DEFAULT_INTERVAL_MS);
}

/**
 * initHealthMonitor (moby/moby 27: daemon/health.go): on every start the
 * status goes back to `starting` with no failing streak (the log is kept)
 * and the first probe is one interval away.
 */
export function dispatchHealthStart(container: ContainerRecord, at: number): void {
  const config = container.config.Healthcheck;
  if (!isActive(config)) {
    container.healthProbeAt = null;
    return;
  }
  const health = (container.state.Health ??= { Status: "starting", FailingStreak: 0, Log: [] });
  health.Status = "starting";
  health.FailingStreak = 0;
  container.healthProbeAt = at + calculateInterval(container, config, at);
}

/** What a probe's result depends on, to tell whether a repeated result can be assumed to repeat. */
function calculateFingerprint(engine: Engine, container: ContainerRecord): string {
  const upper = (container.upper?.entries ?? []).map(([p, e]) => `${p}:${e.type}:${e.type === "file" ? `${e.content.length}:${e.mtimeMs}` : ""}`).join("|");
  const running = Object.values(engine.state.runtime.containers).filter((c) => c.state.Running).map((c) => c.id).join(",");
  return `${upper}#${running}`;
}

/** Probes whose result repeated under the same fingerprint, per container (memory only; a restore probes afresh). */
const STABLE = new WeakMap<ContainerRecord, { fingerprint: string; result: Pick<HealthLogEntry, "ExitCode" | "Output"> }>();

/** Runs the check command inside the container as an exec (moby/moby: daemon/health.go cmdProbe), on a clock of its own. */
function runProbe(engine: Engine, container: ContainerRecord, config: HealthConfig, at: number): HealthLogEntry {
  const clock = new VirtualClock(at);
  // The probe runs at its own time without moving the engine's clock or settling again.
  const probeEngine = Object.create(engine, { clock: { value: clock }, settle: { value: () => undefined } }) as Engine;
  const argv = config.Test[0] === "CMD-SHELL" ? ["/bin/sh", "-c", config.Test[1] ?? ""] : config.Test.slice(1);
  const ran = execInContainer(probeEngine, container, { argv, env: [], tty: false });
  const timeout = calculateMs(config.Timeout, DEFAULT_TIMEOUT_MS);
  const end = clock.now();
  if (end - at > timeout) return { Start: at, End: at + timeout, ExitCode: -1, Output: `Health check exceeded timeout (${formatGoDuration(timeout)})` };
  if (!ran.ok) return { Start: at, End: end, ExitCode: -1, Output: ran.error.message };
  if ("runtimeError" in ran.value) return { Start: at, End: end, ExitCode: -1, Output: ran.value.runtimeError };
  const output = ran.value.output.map((c) => c.text).join("").slice(0, MAX_OUTPUT_LEN);
  return { Start: at, End: end, ExitCode: ran.value.status, Output: output };
}

/** handleProbeResult (moby/moby 27: daemon/health.go): the log, the streak, the status, and a `health_status` event when it changes. */
function applyResult(engine: Engine, container: ContainerRecord, config: HealthConfig, result: HealthLogEntry): void {
  const health = (container.state.Health ??= { Status: "starting", FailingStreak: 0, Log: [] });
  const old = health.Status;
  health.Log.push(result);
  if (health.Log.length > MAX_LOG_ENTRIES) health.Log.splice(0, health.Log.length - MAX_LOG_ENTRIES);
  if (result.ExitCode === 0) {
    health.FailingStreak = 0;
    health.Status = "healthy";
  } else {
    const withinStart = health.Status === "starting" && result.Start - container.state.StartedAt < calculateMs(config.StartPeriod, 0);
    if (!withinStart) {
      health.FailingStreak += 1;
      if (health.FailingStreak >= (config.Retries && config.Retries > 0 ? config.Retries : DEFAULT_RETRIES)) health.Status = "unhealthy";
    }
  }
  if (health.Status !== old) recordContainerEvent(engine, container, `health_status: ${health.Status}`, {}, result.End);
}

/**
 * A due probe (the monitor's timer fired): runs the check, or, when the
 * last two probes gave the same result under the same conditions (the
 * container's files and the running containers unchanged), takes that
 * result for every probe due by now without running them. Then schedules
 * the next one. Simplification: changes inside bind mounts or volumes do
 * not end such a repetition early.
 */
export function dispatchHealthProbe(engine: Engine, container: ContainerRecord, at: number): void {
  const config = container.config.Healthcheck;
  if (!isActive(config) || !container.state.Running) {
    container.healthProbeAt = null;
    return;
  }
  const fingerprint = calculateFingerprint(engine, container);
  const stable = STABLE.get(container);
  if (stable && stable.fingerprint === fingerprint) {
    let t = at;
    const now = engine.clock.now();
    for (let i = 0; t <= now && i < 10_000; i++) {
      applyResult(engine, container, config, { Start: t, End: t, ...stable.result });
      t += calculateInterval(container, config, t);
    }
    if (t <= now) {
      // Thousands of identical results: only the last ones show, so jump to the last probe due by now.
      const interval = calculateInterval(container, config, t);
      t += Math.floor((now - t) / interval) * interval;
      applyResult(engine, container, config, { Start: t, End: t, ...stable.result });
      t += interval;
    }
    container.healthProbeAt = t;
    return;
  }
  const result = runProbe(engine, container, config, at);
  const previous = container.state.Health?.Log.at(-1);
  applyResult(engine, container, config, result);
  const after = calculateFingerprint(engine, container);
  if (previous && previous.ExitCode === result.ExitCode && previous.Output === result.Output && after === fingerprint) {
    STABLE.set(container, { fingerprint, result: { ExitCode: result.ExitCode, Output: result.Output } });
  } else STABLE.delete(container);
  container.healthProbeAt = result.End + calculateInterval(container, config, result.End);
}

/** validateHealthCheck (moby/moby 27: daemon/container.go): durations of at least 1ms, retries not negative. */
export function findHealthConfigError(config: HealthConfig | undefined): string | undefined {
  if (!config) return undefined;
  const tooShort = (ns: number | undefined): boolean => ns !== undefined && ns !== 0 && ns < 1_000_000;
  if (tooShort(config.Interval)) return "Interval in Healthcheck cannot be less than 1ms";
  if (tooShort(config.Timeout)) return "Timeout in Healthcheck cannot be less than 1ms";
  if ((config.Retries ?? 0) < 0) return "Retries in Healthcheck cannot be negative";
  if (tooShort(config.StartPeriod)) return "StartPeriod in Healthcheck cannot be less than 1ms";
  if (tooShort(config.StartInterval)) return "StartInterval in Healthcheck cannot be less than 1ms";
  return undefined;
}
