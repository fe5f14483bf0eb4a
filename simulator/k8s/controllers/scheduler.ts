import { formatTimestamp } from "../api/duration";
import type { NodeObject, Pod, PodCondition } from "../api/types";
import { dispatchEvent, dispatchStatusWrite, listKind, type StoreContext } from "../store/store";
import { isActivePod } from "./pods";
import { calculateHasAntiAffinity, calculateHasPodAffinity, calculateInterPodAffinityFailure, calculateMatchesNodeAffinity, calculatePodTolerations, calculateToleratesTaint, calculateUntoleratedTaint, type PlacedPod } from "./scheduler-filters";

/** CPU as millicores (`500m`, `1`, `0.5`). */
export function parseCpu(text: string | undefined): number {
  if (!text) return 0;
  if (text.endsWith("m")) return Number(text.slice(0, -1)) || 0;
  return Math.round((Number(text) || 0) * 1000);
}

const MEMORY_UNITS: Record<string, number> = { Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, "": 1 };

/** A memory quantity as bytes (`128Mi`, `1G`, `1000`). */
export function parseMemory(text: string | undefined): number {
  if (!text) return 0;
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|K|M|G|T|)$/.exec(text);
  return m ? Number(m[1]) * (MEMORY_UNITS[m[2] as string] ?? 1) : 0;
}

function podRequests(pod: Pod): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const c of pod.spec.containers ?? []) {
    cpu += parseCpu(c.resources?.requests?.cpu ?? c.resources?.limits?.cpu);
    memory += parseMemory(c.resources?.requests?.memory ?? c.resources?.limits?.memory);
  }
  return { cpu, memory };
}

function setScheduledCondition(pod: Pod, condition: PodCondition): void {
  const status = (pod.status ??= { phase: "Pending" });
  const list = (status.conditions ??= []);
  const i = list.findIndex((c) => c.type === "PodScheduled");
  if (i >= 0) list.splice(i, 1, condition);
  else list.push(condition);
}

/** Reasons for which preemption could help (the plugin returned Unschedulable, not UnschedulableAndUnresolvable). */
function isResolvable(reason: string): boolean {
  return reason.startsWith("Insufficient") || reason === "Too many pods" || reason.includes("anti-affinity");
}

/** "N reason" strings sorted as strings, as framework.FitError builds its histogram. */
function formatHistogram(counts: Map<string, number>): string {
  return [...counts.entries()].map(([r, n]) => `${n} ${r}`).sort().join(", ");
}

/**
 * The default scheduler's filter step for unassigned pods, plugin by plugin
 * as kube-scheduler's default profile runs them, each node stopping at its
 * first failing plugin: NodeUnschedulable (a cordoned node, unless the pod
 * tolerates node.kubernetes.io/unschedulable), TaintToleration (NoSchedule and
 * NoExecute taints, key/operator/value/effect matching), NodeAffinity
 * (nodeSelector and required nodeAffinity), NodeResourcesFit (pods, cpu,
 * memory against allocatable; every insufficient resource is a reason) and
 * InterPodAffinity (required pod affinity and anti-affinity). A pod that fits
 * binds to the least-loaded node with a `Scheduled` event; one that fits
 * nowhere stays Pending with `FailedScheduling`, its message the FitError's
 * sorted histogram and the preemption summary (pkg/scheduler/framework/types.go).
 * Simplification: scoring is by fewest pods; no preferred terms, topology spread or preemption.
 */
export function reconcileScheduler(ctx: StoreContext): void {
  const nodes = listKind<NodeObject>(ctx.state, "Node");
  const pods = listKind<Pod>(ctx.state, "Pod");
  const used = new Map<string, { cpu: number; memory: number; pods: number }>();
  const labelsOf = new Map<string, Record<string, string>>();
  for (const n of nodes) {
    used.set(n.metadata.name, { cpu: 0, memory: 0, pods: 0 });
    labelsOf.set(n.metadata.name, n.metadata.labels ?? {});
  }
  const placed: PlacedPod[] = [];
  let anyAntiAffinity = false;
  for (const p of pods) {
    const u = p.spec.nodeName ? used.get(p.spec.nodeName) : undefined;
    if (!u || !isActivePod(p)) continue;
    const r = podRequests(p);
    u.cpu += r.cpu;
    u.memory += r.memory;
    u.pods += 1;
    placed.push({ pod: p, nodeLabels: labelsOf.get(p.spec.nodeName ?? "") ?? {} });
    anyAntiAffinity ||= calculateHasAntiAffinity(p);
  }
  for (const pod of pods) {
    if (pod.spec.nodeName || !isActivePod(pod) || (pod.spec.schedulerName ?? "default-scheduler") !== "default-scheduler") continue;
    const req = podRequests(pod);
    const tolerations = calculatePodTolerations(pod);
    const interPod = anyAntiAffinity || calculateHasPodAffinity(pod);
    const reasons = new Map<string, number>();
    const preemption = new Map<string, number>();
    const fits: NodeObject[] = [];
    for (const node of nodes) {
      const u = used.get(node.metadata.name) ?? { cpu: 0, memory: 0, pods: 0 };
      const failed: string[] = [];
      const untolerated = calculateUntoleratedTaint(node.spec.taints ?? [], tolerations);
      if (node.spec.unschedulable && !tolerations.some((t) => calculateToleratesTaint(t, { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" }))) failed.push("node(s) were unschedulable");
      else if (untolerated) failed.push(`node(s) had untolerated taint {${untolerated.key}: ${untolerated.value ?? ""}}`);
      else if (!calculateMatchesNodeAffinity(pod, node)) failed.push("node(s) didn't match Pod's node affinity/selector");
      else {
        if (u.pods + 1 > Number(node.status.allocatable.pods ?? "110")) failed.push("Too many pods");
        if (req.cpu > 0 && u.cpu + req.cpu > parseCpu(node.status.allocatable.cpu)) failed.push("Insufficient cpu");
        if (req.memory > 0 && u.memory + req.memory > parseMemory(node.status.allocatable.memory)) failed.push("Insufficient memory");
        if (failed.length === 0 && interPod) {
          const why = calculateInterPodAffinityFailure(pod, node.metadata.labels ?? {}, placed, anyAntiAffinity);
          if (why) failed.push(why);
        }
      }
      if (failed.length === 0) fits.push(node);
      for (const r of failed) reasons.set(r, (reasons.get(r) ?? 0) + 1);
      if (failed.length > 0) {
        const p = failed.some(isResolvable) ? "No preemption victims found for incoming pod" : "Preemption is not helpful for scheduling";
        preemption.set(p, (preemption.get(p) ?? 0) + 1);
      }
    }
    const now = formatTimestamp(ctx.now);
    if (fits.length === 0) {
      const message = `0/${nodes.length} nodes are available: ${formatHistogram(reasons)}. preemption: 0/${nodes.length} nodes are available: ${formatHistogram(preemption)}.`;
      const already = pod.status?.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False" && c.message === message);
      if (!already) {
        setScheduledCondition(pod, { type: "PodScheduled", status: "False", lastProbeTime: null, lastTransitionTime: now, reason: "Unschedulable", message });
        dispatchStatusWrite(ctx, pod);
        dispatchEvent(ctx, pod, "Warning", "FailedScheduling", message, "default-scheduler");
      }
      continue;
    }
    const node = [...fits].sort((a, b) => (used.get(a.metadata.name)?.pods ?? 0) - (used.get(b.metadata.name)?.pods ?? 0))[0] as NodeObject;
    pod.spec.nodeName = node.metadata.name;
    const u = used.get(node.metadata.name);
    if (u) {
      u.cpu += req.cpu;
      u.memory += req.memory;
      u.pods += 1;
    }
    placed.push({ pod, nodeLabels: node.metadata.labels ?? {} });
    anyAntiAffinity ||= calculateHasAntiAffinity(pod);
    setScheduledCondition(pod, { type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: now });
    dispatchStatusWrite(ctx, pod);
    dispatchEvent(ctx, pod, "Normal", "Scheduled", `Successfully assigned ${pod.metadata.namespace ?? "default"}/${pod.metadata.name} to ${node.metadata.name}`, "default-scheduler");
  }
}
