import type { Probe, ProbeKind, ProbeRun } from "../api/probe";
import type { Container, Pod } from "../api/types";
import type { ContainerRuntime } from "../store/store";

/** What running one probe action gave: success or failure, and the output the kubelet quotes in its event. */
export interface ProbeOutcome {
  ok: boolean;
  output: string;
}

/** Runs one probe action against a running container (the kubelet's prober: http, tcp or exec). */
export type ProbeAction = (pod: Pod, container: Container, probe: Probe) => ProbeOutcome;

/** What a probe pass found: the events to record and whether liveness or startup asks for a restart. */
export interface ProbePass {
  events: { type: "Normal" | "Warning"; reason: string; message: string }[];
  kill?: ProbeKind;
  /** The earliest time a worker runs next. */
  wake?: number;
}

const KINDS: readonly { kind: ProbeKind; field: "startupProbe" | "livenessProbe" | "readinessProbe" }[] = [
  { kind: "Startup", field: "startupProbe" },
  { kind: "Liveness", field: "livenessProbe" },
  { kind: "Readiness", field: "readinessProbe" },
];

/** A probe's period in ms (SetDefaults_Probe: periodSeconds 10). */
function periodMs(probe: Probe): number {
  return Math.max(1, probe.periodSeconds ?? 10) * 1000;
}

/**
 * The time the first probe runs: workers tick every period from the
 * container's start and skip ticks before initialDelaySeconds (prober
 * worker.go doProbe: "if int32(time.Since(c.State.Running.StartedAt).Seconds()) < w.spec.InitialDelaySeconds").
 * Simplification: no start-up jitter; ticks fall exactly on period multiples.
 */
export function calculateFirstProbeAt(startedAt: number, probe: Probe): number {
  const period = periodMs(probe);
  const delay = Math.max(0, probe.initialDelaySeconds ?? 0) * 1000;
  return startedAt + Math.ceil(delay / period) * period;
}

/** The first tick at or after `now` of a worker that starts with the container (liveness and readiness wait for the startup probe but keep its grid). */
function calculateNextTick(startedAt: number, probe: Probe, now: number): number {
  const first = calculateFirstProbeAt(startedAt, probe);
  if (first >= now) return first;
  const period = periodMs(probe);
  return startedAt + Math.ceil((now - startedAt) / period) * period;
}

/** Whether the startup probe (if any) has succeeded: until then liveness and readiness do not run (worker.go: startup gates the others). */
export function calculateStarted(container: Container, rt: ContainerRuntime): boolean {
  return container.startupProbe === undefined || rt.probes?.Startup?.result === true;
}

/**
 * Whether the container is ready: started, and its readiness probe (if any)
 * reports success; a readiness worker starts out failing (worker.go
 * initialValue results.Failure for readiness).
 */
export function calculateReady(container: Container, rt: ContainerRuntime): boolean {
  if (!calculateStarted(container, rt)) return false;
  return container.readinessProbe === undefined || rt.probes?.Readiness?.result === true;
}

/**
 * Runs every probe worker of a running container that is due at `now`, as
 * pkg/kubelet/prober/worker.go doProbe does: a raw result only changes the
 * reported one after successThreshold (or failureThreshold) equal results in
 * a row; each failure is a Warning Unhealthy event ("Liveness probe failed:
 * HTTP probe failed with statuscode: 404", prober.go); a liveness or startup
 * result of failure asks the kubelet to kill and restart the container.
 * Simplification: timeoutSeconds never fires (the simulated servers and
 * commands answer at once).
 */
export function reconcileProbes(pod: Pod, container: Container, rt: ContainerRuntime, now: number, run: ProbeAction): ProbePass {
  const pass: ProbePass = { events: [] };
  const probes = (rt.probes ??= {});
  const started = rt.startedAt ?? now;
  for (const { kind, field } of KINDS) {
    const probe = container[field];
    if (!probe) continue;
    if (kind !== "Startup" && !calculateStarted(container, rt)) continue;
    const worker: ProbeRun = (probes[kind] ??= { next: kind !== "Startup" && container.startupProbe ? calculateNextTick(started, probe, now) : calculateFirstProbeAt(started, probe), run: 0 });
    if (kind === "Startup" && worker.result === true) continue;
    for (let guard = 0; worker.next <= now && guard < 1000; guard++) {
      const outcome = run(pod, container, probe);
      worker.run = worker.lastRaw === outcome.ok ? worker.run + 1 : 1;
      worker.lastRaw = outcome.ok;
      worker.next += periodMs(probe);
      if (!outcome.ok) pass.events.push({ type: "Warning", reason: "Unhealthy", message: `${kind} probe failed: ${outcome.output}` });
      const threshold = outcome.ok ? Math.max(1, probe.successThreshold ?? 1) : Math.max(1, probe.failureThreshold ?? 3);
      if (worker.run >= threshold) worker.result = outcome.ok;
      if (worker.result === false && kind !== "Readiness") {
        pass.kill = kind;
        return pass;
      }
      if (kind === "Startup" && worker.result === true) break;
    }
    if (!(kind === "Startup" && worker.result === true) && (pass.wake === undefined || worker.next < pass.wake)) pass.wake = worker.next;
  }
  return pass;
}
