import { parseTimestamp } from "../api/duration";
import type { Deployment, Pod, ReplicaSet } from "../api/types";
import { dispatchEvent, dispatchStatusWrite, type StoreContext } from "../store/store";
import { isActivePod } from "./pods";
import { listOwnedPods } from "./replicaset";

/** An int-or-percent against a total, rounding up or down (apimachinery intstr GetScaledValueFromIntOrPercent). */
export function calculateScaledValue(value: number | string | undefined, total: number, roundUp: boolean): number {
  if (value === undefined) return 0;
  if (typeof value === "number") return value;
  const m = /^(\d+)%$/.exec(value);
  if (!m) return Number.parseInt(value, 10) || 0;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/**
 * maxSurge rounds up, maxUnavailable rounds down, and both 0 makes
 * maxUnavailable 1 (kubectl pkg/util/deployment ResolveFenceposts; fidelity reference §5.7).
 */
export function calculateFenceposts(d: Deployment): { surge: number; unavailable: number } {
  const replicas = d.spec.replicas ?? 1;
  const ru = d.spec.strategy?.rollingUpdate;
  const surge = calculateScaledValue(ru?.maxSurge ?? "25%", replicas, true);
  let unavailable = calculateScaledValue(ru?.maxUnavailable ?? "25%", replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

function replicasOf(rs: ReplicaSet): number {
  return rs.spec.replicas ?? 0;
}

/** Sets a ReplicaSet's size, with the deployment controller's ScalingReplicaSet event (`Scaled up replica set x to 3 from 1`). */
export function dispatchScale(ctx: StoreContext, d: Deployment, rs: ReplicaSet, size: number): void {
  const old = replicasOf(rs);
  if (old === size) return;
  rs.spec.replicas = size;
  const annotations = (rs.metadata.annotations ??= {});
  annotations["deployment.kubernetes.io/desired-replicas"] = String(d.spec.replicas ?? 1);
  annotations["deployment.kubernetes.io/max-replicas"] = String((d.spec.replicas ?? 1) + calculateFenceposts(d).surge);
  rs.metadata.generation = (rs.metadata.generation ?? 1) + 1;
  dispatchStatusWrite(ctx, rs);
  dispatchEvent(ctx, d, "Normal", "ScalingReplicaSet", `Scaled ${size > old ? "up" : "down"} replica set ${rs.metadata.name} to ${size} from ${old}`, "deployment-controller");
}

/**
 * One RollingUpdate step (pkg/controller/deployment/rolling.go
 * rolloutRolling): scale the new ReplicaSet up within maxSurge, then the old
 * ones down while keeping replicas − maxUnavailable available.
 */
export function dispatchRollingStep(ctx: StoreContext, d: Deployment, newRS: ReplicaSet, oldRSs: ReplicaSet[]): void {
  const replicas = d.spec.replicas ?? 1;
  const { surge, unavailable } = calculateFenceposts(d);
  const all = [newRS, ...oldRSs];
  // reconcileNewReplicaSet
  if (replicasOf(newRS) > replicas) dispatchScale(ctx, d, newRS, replicas);
  else if (replicasOf(newRS) < replicas) {
    const current = all.reduce((n, rs) => n + replicasOf(rs), 0);
    const up = Math.min(replicas + surge - current, replicas - replicasOf(newRS));
    if (up > 0) dispatchScale(ctx, d, newRS, replicasOf(newRS) + up);
  }
  // reconcileOldReplicaSets
  const oldCount = oldRSs.reduce((n, rs) => n + replicasOf(rs), 0);
  if (oldCount === 0) return;
  const allCount = all.reduce((n, rs) => n + replicasOf(rs), 0);
  const minAvailable = replicas - unavailable;
  const newUnavailable = replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
  let maxScaledDown = allCount - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return;
  const oldest = [...oldRSs].sort((a, b) => (parseTimestamp(a.metadata.creationTimestamp) ?? 0) - (parseTimestamp(b.metadata.creationTimestamp) ?? 0));
  // cleanupUnhealthyReplicas: drop old pods that are not available first.
  for (const rs of oldest) {
    if (maxScaledDown <= 0) break;
    const unhealthy = replicasOf(rs) - (rs.status?.availableReplicas ?? 0);
    if (unhealthy <= 0) continue;
    const down = Math.min(maxScaledDown, unhealthy);
    dispatchScale(ctx, d, rs, replicasOf(rs) - down);
    maxScaledDown -= down;
  }
  // scaleDownOldReplicaSetsForRollingUpdate
  const available = all.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
  let total = available - minAvailable;
  for (const rs of oldest) {
    if (total <= 0) break;
    if (replicasOf(rs) === 0) continue;
    const down = Math.min(replicasOf(rs), total);
    dispatchScale(ctx, d, rs, replicasOf(rs) - down);
    total -= down;
  }
}

/**
 * One Recreate step (pkg/controller/deployment/recreate.go): old ReplicaSets
 * to 0, wait until none of their pods is left, then the new one to replicas.
 */
export function dispatchRecreateStep(ctx: StoreContext, d: Deployment, newRS: ReplicaSet, oldRSs: ReplicaSet[], pods: readonly Pod[]): void {
  for (const rs of oldRSs) dispatchScale(ctx, d, rs, 0);
  const oldPodsLeft = oldRSs.some((rs) => listOwnedPods(pods, rs).some((p) => isActivePod(p) || p.metadata.deletionTimestamp));
  if (oldPodsLeft) return;
  dispatchScale(ctx, d, newRS, d.spec.replicas ?? 1);
}
