import { formatTimestamp } from "../api/duration";
import type { NodeObject, Pod, PodCondition } from "../api/types";
import { dispatchEvent, dispatchStatusWrite, listKind, type StoreContext } from "../store/store";
import { isActivePod } from "./pods";

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

/**
 * The default scheduler's filter step for unassigned pods: node Ready and not
 * cordoned, nodeSelector, untolerated NoSchedule taints, and requests against
 * allocatable minus what assigned pods request (kube-scheduler plugins
 * NodeUnschedulable, NodeAffinity, TaintToleration, NodeResourcesFit). A pod
 * that fits binds to the least-loaded node with a `Scheduled` event; one that
 * fits nowhere stays Pending with `FailedScheduling` (message format of
 * pkg/scheduler/framework/types.go FitError).
 * Simplification: no affinity, scoring is by fewest pods, tolerations match by key only.
 */
export function reconcileScheduler(ctx: StoreContext): void {
  const nodes = listKind<NodeObject>(ctx.state, "Node");
  const pods = listKind<Pod>(ctx.state, "Pod");
  const used = new Map<string, { cpu: number; memory: number; pods: number }>();
  for (const n of nodes) used.set(n.metadata.name, { cpu: 0, memory: 0, pods: 0 });
  for (const p of pods) {
    const u = p.spec.nodeName ? used.get(p.spec.nodeName) : undefined;
    if (!u || !isActivePod(p)) continue;
    const r = podRequests(p);
    u.cpu += r.cpu;
    u.memory += r.memory;
    u.pods += 1;
  }
  for (const pod of pods) {
    if (pod.spec.nodeName || !isActivePod(pod) || (pod.spec.schedulerName ?? "default-scheduler") !== "default-scheduler") continue;
    const req = podRequests(pod);
    const reasons = new Map<string, number>();
    const fail = (reason: string): void => void reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    const fits: NodeObject[] = [];
    for (const node of nodes) {
      const u = used.get(node.metadata.name) ?? { cpu: 0, memory: 0, pods: 0 };
      const tolerations = (pod.spec.tolerations as { key?: string; operator?: string }[] | undefined) ?? [];
      const untolerated = (node.spec.taints ?? []).find((t) => (t.effect === "NoSchedule" || t.effect === "NoExecute") && !tolerations.some((tol) => tol.operator === "Exists" && !tol.key ? true : tol.key === t.key));
      if (node.spec.unschedulable) fail("node(s) were unschedulable");
      else if (untolerated) fail(`node(s) had untolerated taint {${untolerated.key}: ${untolerated.value ?? ""}}`);
      else if (Object.entries(pod.spec.nodeSelector ?? {}).some(([k, v]) => node.metadata.labels?.[k] !== v)) fail("node(s) didn't match Pod's node affinity/selector");
      else if (u.cpu + req.cpu > parseCpu(node.status.allocatable.cpu)) fail("Insufficient cpu");
      else if (u.memory + req.memory > parseMemory(node.status.allocatable.memory)) fail("Insufficient memory");
      else if (u.pods + 1 > Number(node.status.allocatable.pods ?? "110")) fail("Too many pods");
      else fits.push(node);
    }
    const now = formatTimestamp(ctx.now);
    if (fits.length === 0) {
      const detail = [...reasons.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, n]) => `${n} ${r}`).join(", ");
      const preemption = [...reasons.keys()].some((r) => r.startsWith("Insufficient")) ? "No preemption victims found for incoming pod" : "Preemption is not helpful for scheduling";
      const message = `0/${nodes.length} nodes are available: ${detail}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} ${preemption}.`;
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
    setScheduledCondition(pod, { type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: now });
    dispatchStatusWrite(ctx, pod);
    dispatchEvent(ctx, pod, "Normal", "Scheduled", `Successfully assigned ${pod.metadata.namespace ?? "default"}/${pod.metadata.name} to ${node.metadata.name}`, "default-scheduler");
  }
}
