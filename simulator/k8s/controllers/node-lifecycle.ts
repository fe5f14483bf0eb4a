import { formatTimestamp, parseTimestamp } from "../api/duration";
import type { NodeObject, Pod } from "../api/types";
import { dispatchDelete, dispatchEvent, dispatchStatusWrite, dispatchUpdate, listKind, type StoreContext } from "../store/store";
import { isActivePod } from "./pods";
import { calculatePodTolerations, calculateToleratesTaint, type Taint } from "./scheduler-filters";

/** kube-controller-manager --node-monitor-grace-period default: 40 s without a kubelet heartbeat and the node is unreachable. */
export const NODE_MONITOR_GRACE_MS = 40_000;
/** The DefaultTolerationSeconds admission plugin's tolerationSeconds for not-ready/unreachable NoExecute: 300 s. */
export const DEFAULT_TOLERATION_SECONDS = 300;
/** The taint key a node whose kubelet stopped posting status gets (k8s.io/api core/v1 TaintNodeUnreachable). */
export const UNREACHABLE_TAINT = "node.kubernetes.io/unreachable";

type NodeTaint = Taint & { timeAdded?: string };

/** Seconds a pod tolerates a NoExecute taint: 0 when not at all, Infinity when forever; an unreachable taint with no matching toleration gets the admission's default 300 s. */
function calculateTolerationSeconds(pod: Pod, taint: Taint): number {
  // DaemonSet pods get a forever toleration of unreachable (daemon/util AddOrUpdateDaemonPodTolerations); static pods tolerate NoExecute (kubeadm manifests).
  const owner = pod.metadata.ownerReferences?.find((r) => r.controller === true)?.kind;
  if (owner === "DaemonSet" || owner === "Node") return Infinity;
  const matching = calculatePodTolerations(pod).filter((t) => calculateToleratesTaint(t, taint));
  if (matching.length === 0) return taint.key === UNREACHABLE_TAINT ? DEFAULT_TOLERATION_SECONDS : 0;
  // The shortest tolerationSeconds wins; a toleration without one tolerates forever (taint_eviction.go getMinTolerationTime).
  const limited = matching.map((t) => t.tolerationSeconds).filter((s): s is number => typeof s === "number");
  return limited.length === 0 ? Infinity : Math.min(...limited.map((s) => Math.max(0, s)));
}

function setNodeUnknown(ctx: StoreContext, node: NodeObject): void {
  const next: NodeObject = structuredClone(node);
  const now = formatTimestamp(ctx.now);
  for (const c of next.status.conditions) {
    if (c.status === "Unknown") continue;
    Object.assign(c, { status: "Unknown", reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.", lastTransitionTime: now });
  }
  const taints: NodeTaint[] = (next.spec.taints ?? []).filter((t) => t.key !== UNREACHABLE_TAINT);
  taints.push({ key: UNREACHABLE_TAINT, effect: "NoSchedule", timeAdded: now }, { key: UNREACHABLE_TAINT, effect: "NoExecute", timeAdded: now });
  next.spec.taints = taints;
  dispatchUpdate(ctx, next);
  dispatchEvent(ctx, next, "Normal", "NodeNotReady", `Node ${next.metadata.name} status is now: NodeNotReady`, "node-controller");
  for (const pod of listKind<Pod>(ctx.state, "Pod")) {
    if (pod.spec.nodeName !== next.metadata.name || !isActivePod(pod)) continue;
    // MarkPodsNotReady: the pod's Ready condition turns False.
    const ready = pod.status?.conditions?.find((c) => c.type === "Ready");
    if (ready && ready.status !== "False") {
      Object.assign(ready, { status: "False", lastTransitionTime: now });
      for (const cs of pod.status?.containerStatuses ?? []) cs.ready = false;
      dispatchStatusWrite(ctx, pod);
    }
    dispatchEvent(ctx, pod, "Warning", "NodeNotReady", "Node is not ready", "node-controller");
  }
}

function setNodeReady(ctx: StoreContext, node: NodeObject): void {
  const next: NodeObject = structuredClone(node);
  const now = formatTimestamp(ctx.now);
  const healthy: Record<string, [string, string, string]> = {
    MemoryPressure: ["False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"],
    DiskPressure: ["False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"],
    PIDPressure: ["False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"],
    Ready: ["True", "KubeletReady", "kubelet is posting ready status"],
  };
  for (const c of next.status.conditions) {
    const h = healthy[c.type];
    if (h) Object.assign(c, { status: h[0], reason: h[1], message: h[2], lastTransitionTime: now });
  }
  const taints = (next.spec.taints ?? []).filter((t) => t.key !== UNREACHABLE_TAINT);
  if (taints.length > 0) next.spec.taints = taints;
  else delete next.spec.taints;
  dispatchUpdate(ctx, next);
  dispatchEvent(ctx, next, "Normal", "NodeReady", `Node ${next.metadata.name} status is now: NodeReady`, "kubelet", next.metadata.name);
}

/**
 * The node lifecycle controller and the taint eviction controller
 * (pkg/controller/nodelifecycle, pkg/controller/tainteviction): a node whose
 * kubelet has been silent for the 40 s grace period gets its conditions
 * Unknown ("Kubelet stopped posting node status."), the unreachable
 * NoSchedule and NoExecute taints, a NodeNotReady event, and its pods marked
 * not ready; each pod there is then marked for deletion once its toleration
 * of the NoExecute taint runs out (300 s by default), so its controller
 * replaces it elsewhere while it stays Terminating (no kubelet confirms the
 * kill). When the kubelet is back the node is Ready again and the taints go.
 * `stopped` maps a node name to when its kubelet stopped. Returns the next
 * time it has work.
 * Simplification: the DefaultTolerationSeconds admission's tolerations are implied, not written into pod specs.
 */
export function reconcileNodeLifecycle(ctx: StoreContext, stopped: Readonly<Record<string, number>>): number | undefined {
  let wake: number | undefined;
  const soon = (t: number): void => {
    if (t > ctx.now && (wake === undefined || t < wake)) wake = t;
  };
  for (const node of listKind<NodeObject>(ctx.state, "Node")) {
    const name = node.metadata.name;
    const since = Object.prototype.hasOwnProperty.call(stopped, name) ? stopped[name] : undefined;
    const unreachable = (node.spec.taints as NodeTaint[] | undefined)?.find((t) => t.key === UNREACHABLE_TAINT && t.effect === "NoExecute");
    if (since === undefined) {
      if (unreachable) setNodeReady(ctx, node);
      continue;
    }
    if (!unreachable) {
      if (ctx.now >= since + NODE_MONITOR_GRACE_MS) setNodeUnknown(ctx, node);
      else soon(since + NODE_MONITOR_GRACE_MS);
      continue;
    }
    const added = parseTimestamp(unreachable.timeAdded) ?? ctx.now;
    for (const pod of listKind<Pod>(ctx.state, "Pod")) {
      if (pod.spec.nodeName !== name || pod.metadata.deletionTimestamp) continue;
      const seconds = calculateTolerationSeconds(pod, unreachable);
      if (seconds === Infinity) continue;
      const due = added + seconds * 1000;
      if (ctx.now < due) {
        soon(due);
        continue;
      }
      dispatchEvent(ctx, pod, "Normal", "TaintManagerEviction", `Marking for deletion Pod ${pod.metadata.namespace ?? "default"}/${pod.metadata.name}`, "taint-eviction-controller");
      dispatchDelete(ctx, pod);
    }
  }
  return wake;
}
