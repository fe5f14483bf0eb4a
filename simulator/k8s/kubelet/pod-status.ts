import { formatTimestamp } from "../api/duration";
import type { ContainerStatus, Pod, PodCondition } from "../api/types";
import type { ContainerRuntime, StoreContext } from "../store/store";

/** The pod's status entry for one container, made (ContainerCreating) on first use. */
export function statusOf(pod: Pod, name: string): ContainerStatus {
  const statuses = ((pod.status ??= { phase: "Pending" }).containerStatuses ??= []);
  let s = statuses.find((c) => c.name === name);
  if (!s) {
    const c = pod.spec.containers.find((x) => x.name === name);
    s = { name, image: c?.image ?? "", imageID: "", ready: false, started: false, restartCount: 0, state: { waiting: { reason: "ContainerCreating" } }, lastState: {} };
    statuses.push(s);
  }
  return s;
}

function setCondition(list: PodCondition[], type: string, ok: boolean, now: string, reason?: string): void {
  const i = list.findIndex((c) => c.type === type);
  const old = list[i];
  const status = ok ? "True" : "False";
  if (old && old.status === status) return;
  const next: PodCondition = { type, status, lastProbeTime: null, lastTransitionTime: now, ...(!ok && reason ? { reason, message: `containers with unready status: [${reason}]` } : {}) };
  if (i >= 0) list.splice(i, 1, next);
  else list.push(next);
}

/**
 * The pod status the kubelet reports (kubelet_pods.go generateAPIPodStatus):
 * phase from the containers, Initialized/Ready/ContainersReady conditions
 * with "containers with unready status: [...]".
 */
export function writePodStatus(ctx: StoreContext, pod: Pod, runtimes: Record<string, ContainerRuntime>): void {
  const status = (pod.status ??= { phase: "Pending" });
  const statuses = pod.spec.containers.map((c) => statusOf(pod, c.name));
  const exited = pod.spec.containers.every((c) => runtimes[c.name]?.phase === "exited");
  let phase = "Pending";
  if (exited) phase = statuses.every((s) => s.state.terminated?.exitCode === 0) ? "Succeeded" : "Failed";
  else if (statuses.some((s) => s.state.running || s.restartCount > 0 || s.state.terminated)) phase = "Running";
  const now = formatTimestamp(ctx.now);
  const conditions = (status.conditions ??= []);
  const unready = statuses.filter((s) => !s.ready).map((s) => s.name).join(" ");
  setCondition(conditions, "Initialized", true, now);
  setCondition(conditions, "Ready", unready === "", now, "ContainersNotReady");
  setCondition(conditions, "ContainersReady", unready === "", now, "ContainersNotReady");
  const fix = conditions.find((c) => c.type === "Ready" && c.status === "False");
  if (fix && unready) fix.message = `containers with unready status: [${unready}]`;
  status.phase = phase;
  status.containerStatuses = statuses;
}
