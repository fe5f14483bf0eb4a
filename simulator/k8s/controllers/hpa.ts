import { formatTimestamp, parseTimestamp } from "../api/duration";
import { matchesSelector } from "../api/labels";
import { parseQuantity } from "../api/quantity";
import type { Deployment, KubeObject, Pod } from "../api/types";
import { dispatchEvent, dispatchStatusWrite, dispatchUpdate, listKind, type StoreContext } from "../store/store";
import { calculatePodCpu, isMetricsApiAvailable } from "./metrics";

/** One autoscaling/v2 metric spec (the Resource type is the one modelled). */
export interface MetricSpec {
  type: string;
  resource?: { name: string; target: { type: string; averageUtilization?: number; averageValue?: string } };
}

/** autoscaling/v2 HorizontalPodAutoscaler (the fields the simulator reads and writes). */
export interface HorizontalPodAutoscaler extends KubeObject {
  spec: { scaleTargetRef: { apiVersion?: string; kind: string; name: string }; minReplicas?: number; maxReplicas: number; metrics?: MetricSpec[] };
  status?: {
    currentReplicas?: number;
    desiredReplicas?: number;
    lastScaleTime?: string;
    currentMetrics?: { type: string; resource: { name: string; current: { averageUtilization?: number; averageValue?: string } } }[] | null;
    conditions?: { type: string; status: string; lastTransitionTime: string; reason: string; message: string }[];
  };
}

/** The controller's sync period (kube-controller-manager --horizontal-pod-autoscaler-sync-period, 15 s). */
export const HPA_SYNC_MS = 15_000;
/** The default scale-down stabilization window (behavior.scaleDown.stabilizationWindowSeconds, 300 s). */
const DOWNSCALE_WINDOW_MS = 300_000;
/** The tolerance within which no scaling happens (--horizontal-pod-autoscaler-tolerance, 0.1). */
const TOLERANCE = 0.1;
const COMPONENT = "horizontal-pod-autoscaler";

/** The CPU utilization target of an HPA: its Resource cpu metric, or 80% when it names none (SetDefaults_HorizontalPodAutoscaler). */
export function calculateCpuTarget(hpa: HorizontalPodAutoscaler): number {
  const cpu = (hpa.spec.metrics ?? []).find((m) => m.type === "Resource" && m.resource?.name === "cpu");
  return cpu?.resource?.target.averageUtilization ?? 80;
}

/** Average CPU utilization (percent of requests) of the running pods, or why it cannot be had (replica_calculator.go GetResourceReplicas). */
function measure(ctx: StoreContext, pods: Pod[]): { ok: true; utilization: number; millis: number; count: number } | { ok: false; message: string } {
  if (!isMetricsApiAvailable(ctx.state)) return { ok: false, message: "failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)" };
  const use = calculatePodCpu(ctx.state);
  const running = pods.filter((p) => p.status?.phase === "Running" && use.has(p.metadata.uid ?? ""));
  if (running.length === 0) return { ok: false, message: "failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)" };
  let requests = 0;
  let millis = 0;
  for (const p of running) {
    for (const c of p.spec.containers) {
      const req = parseQuantity(c.resources?.requests?.cpu);
      if (req === undefined) return { ok: false, message: `failed to get cpu utilization: missing request for cpu in container ${c.name} of Pod ${p.metadata.name}` };
      requests += req * 1000;
    }
    millis += use.get(p.metadata.uid ?? "") ?? 0;
  }
  // Integer percent, as replica_calculator.go GetResourceUtilizationRatio computes it (int32 division).
  return { ok: true, utilization: Math.floor((millis * 100) / requests), millis: Math.round(millis / running.length), count: running.length };
}

function sync(ctx: StoreContext, hpa: HorizontalPodAutoscaler): void {
  const ns = hpa.metadata.namespace ?? "default";
  const memory = ((ctx.state.hpa ??= {})[hpa.metadata.uid ?? ""] ??= { lastSync: -1, recommendations: [] });
  memory.lastSync = ctx.now;
  const target = listKind<Deployment>(ctx.state, "Deployment", ns).find((d) => d.kind === hpa.spec.scaleTargetRef.kind && d.metadata.name === hpa.spec.scaleTargetRef.name);
  const status = (hpa.status ??= {});
  const before = JSON.stringify(status);
  if (!target) {
    dispatchEvent(ctx, hpa, "Warning", "FailedGetScale", `deployments/scale.apps "${hpa.spec.scaleTargetRef.name}" not found`, COMPONENT);
    if (JSON.stringify(status) !== before) dispatchStatusWrite(ctx, hpa);
    return;
  }
  const current = target.spec.replicas ?? 1;
  status.currentReplicas = current;
  const min = hpa.spec.minReplicas ?? 1;
  const max = hpa.spec.maxReplicas;
  const pods = listKind<Pod>(ctx.state, "Pod", ns).filter((p) => !p.metadata.deletionTimestamp && matchesSelector(target.spec.selector, p.metadata.labels));
  const metric = current === 0 ? undefined : measure(ctx, pods);
  let proposal = current;
  if (metric && !metric.ok) {
    status.currentMetrics = null;
    dispatchEvent(ctx, hpa, "Warning", "FailedGetResourceMetric", metric.message, COMPONENT);
    dispatchEvent(ctx, hpa, "Warning", "FailedComputeMetricsReplicas", `invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: ${metric.message.replace(/^failed to get cpu utilization: /, "")}`, COMPONENT);
  } else if (metric) {
    status.currentMetrics = [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: metric.utilization, averageValue: `${metric.millis}m` } } }];
    const ratio = metric.utilization / calculateCpuTarget(hpa);
    if (Math.abs(ratio - 1) > TOLERANCE) proposal = Math.ceil(ratio * metric.count);
  }
  // Scale-down stabilization: the highest recommendation of the last 5 minutes; scale-up: at most double or +4 per period (default behavior).
  memory.recommendations = memory.recommendations.filter((r) => ctx.now - r.at < DOWNSCALE_WINDOW_MS);
  memory.recommendations.push({ at: ctx.now, replicas: proposal });
  let desired = proposal < current ? Math.min(current, Math.max(...memory.recommendations.map((r) => r.replicas))) : Math.min(proposal, Math.max(current * 2, current + 4));
  desired = Math.max(min, Math.min(max, desired));
  if (current === 0) desired = 0;
  status.desiredReplicas = desired;
  if (desired !== current && metric?.ok !== false) {
    const next = structuredClone(target);
    next.spec.replicas = desired;
    dispatchUpdate(ctx, next);
    const why = desired < min || current < min ? "Current number of replicas below Spec.MinReplicas" : desired > max || current > max ? "Current number of replicas above Spec.MaxReplicas" : `cpu resource utilization (percentage of request) ${desired > current ? "above" : "below"} target`;
    dispatchEvent(ctx, hpa, "Normal", "SuccessfulRescale", `New size: ${desired}; reason: ${why}`, COMPONENT);
    status.lastScaleTime = formatTimestamp(ctx.now);
    status.currentReplicas = current;
  }
  if (JSON.stringify(status) !== before) dispatchStatusWrite(ctx, hpa);
}

/**
 * The HorizontalPodAutoscaler controller (pkg/controller/podautoscaler
 * horizontal.go): every 15 s per HPA, reads the target's pods' CPU through
 * the metrics model (metrics.ts), desired = ceil(current × utilization /
 * target) outside a 10% tolerance, scale-up limited to max(2×, +4) per
 * period, scale-down held to the highest recommendation of the last 5
 * minutes, clamped to min/max; writes spec.replicas of the Deployment and a
 * SuccessfulRescale event. Without the metrics API it reports
 * FailedGetResourceMetric and leaves the replicas alone.
 * Simplification: only Deployments are scale targets and only the cpu
 * Utilization metric is computed; ready/unready pods are not treated apart.
 * Returns when it next has work.
 */
export function reconcileHorizontalPodAutoscalers(ctx: StoreContext): number | undefined {
  let wake: number | undefined;
  for (const hpa of listKind<HorizontalPodAutoscaler>(ctx.state, "HorizontalPodAutoscaler")) {
    if (hpa.metadata.deletionTimestamp) continue;
    const created = parseTimestamp(hpa.metadata.creationTimestamp) ?? ctx.now;
    const memory = ctx.state.hpa?.[hpa.metadata.uid ?? ""];
    const lastSync = memory?.lastSync ?? -1;
    const due = lastSync < 0 ? created : lastSync + HPA_SYNC_MS;
    if (due <= ctx.now) sync(ctx, hpa);
    const next = (ctx.state.hpa?.[hpa.metadata.uid ?? ""]?.lastSync ?? ctx.now) + HPA_SYNC_MS;
    if (wake === undefined || next < wake) wake = next;
  }
  return wake;
}
