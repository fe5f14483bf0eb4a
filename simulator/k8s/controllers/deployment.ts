import { formatTimestamp, parseTimestamp } from "../api/duration";
import { calculatePodTemplateHash } from "../api/names";
import type { Deployment, DeploymentStatus, Pod, ReplicaSet, WorkloadCondition } from "../api/types";
import { dispatchCreate, dispatchDelete, dispatchEvent, dispatchStatusWrite, listKind, type StoreContext } from "../store/store";
import { calculateFenceposts, dispatchRecreateStep, dispatchRollingStep, dispatchScale } from "./deployment-rollout";
import { listOwnedPods } from "./replicaset";

/** The revision annotation on Deployments and their ReplicaSets (kubectl pkg/util/deployment). */
export const REVISION_ANNOTATION = "deployment.kubernetes.io/revision";

/** Annotations the deployment controller does not copy onto ReplicaSets (deployment/util annotationsToSkip). */
const SKIPPED_ANNOTATIONS = new Set(["kubectl.kubernetes.io/last-applied-configuration", REVISION_ANNOTATION, "deployment.kubernetes.io/revision-history", "deployment.kubernetes.io/desired-replicas", "deployment.kubernetes.io/max-replicas"]);

/** A ReplicaSet's revision number (0 when unset). */
export function calculateRevision(rs: ReplicaSet): number {
  return Number(rs.metadata.annotations?.[REVISION_ANNOTATION] ?? "0") || 0;
}

/** The template without the pod-template-hash label, to compare a ReplicaSet with its Deployment (EqualIgnoreHash). */
function templateKey(template: ReplicaSet["spec"]["template"]): string {
  const copy = structuredClone(template);
  if (copy.metadata?.labels) delete copy.metadata.labels["pod-template-hash"];
  return calculatePodTemplateHash(copy);
}

function copyAnnotations(d: Deployment, rs: ReplicaSet): boolean {
  let changed = false;
  const target = (rs.metadata.annotations ??= {});
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (SKIPPED_ANNOTATIONS.has(k) || target[k] === v) continue;
    target[k] = v;
    changed = true;
  }
  return changed;
}

function createNewReplicaSet(ctx: StoreContext, d: Deployment, revision: number): ReplicaSet | undefined {
  const hash = calculatePodTemplateHash(d.spec.template);
  const template = structuredClone(d.spec.template);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), "pod-template-hash": hash } };
  const rs: ReplicaSet = {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace ?? "default",
      labels: { ...(template.metadata.labels ?? {}) },
      annotations: {
        "deployment.kubernetes.io/desired-replicas": String(d.spec.replicas ?? 1),
        "deployment.kubernetes.io/max-replicas": String((d.spec.replicas ?? 1) + calculateFenceposts(d).surge),
        [REVISION_ANNOTATION]: String(revision),
      },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: d.metadata.name, uid: d.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    spec: {
      replicas: 0,
      ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
      selector: { ...d.spec.selector, matchLabels: { ...(d.spec.selector.matchLabels ?? {}), "pod-template-hash": hash } },
      template,
    },
    status: { replicas: 0 },
  };
  copyAnnotations(d, rs);
  const created = dispatchCreate(ctx, rs);
  return created.ok ? rs : undefined;
}

function setCondition(status: DeploymentStatus, condition: WorkloadCondition, now: string, touch: boolean): void {
  const list = (status.conditions ??= []);
  const existing = list.find((c) => c.type === condition.type);
  if (existing && existing.status === condition.status && existing.reason === condition.reason) {
    if (touch) existing.lastUpdateTime = now;
    existing.message = condition.message;
    return;
  }
  const next = { ...condition, lastUpdateTime: now, lastTransitionTime: existing && existing.status === condition.status ? (existing.lastTransitionTime ?? now) : now };
  if (existing) list.splice(list.indexOf(existing), 1, next);
  else list.push(next);
}

/**
 * The Deployment controller's sync (pkg/controller/deployment/sync.go,
 * rolling.go, recreate.go, progress.go): finds or creates the ReplicaSet for
 * the current template (name `⟨deployment⟩-⟨pod-template-hash⟩`), numbers
 * revisions (a rollback moves the old ReplicaSet to a new revision), steps the
 * rollout, prunes history past revisionHistoryLimit and writes status and the
 * Available/Progressing conditions. Returns when it next needs to run (the
 * progress deadline), if ever.
 */
export function reconcileDeployment(ctx: StoreContext, d: Deployment, allRSs: ReplicaSet[], pods: readonly Pod[]): number | undefined {
  if (d.metadata.deletionTimestamp) return undefined;
  const owned = allRSs.filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid));
  const key = templateKey(d.spec.template);
  let newRS = owned.find((rs) => templateKey(rs.spec.template) === key);
  const oldRSs = owned.filter((rs) => rs !== newRS);
  const maxOld = oldRSs.reduce((n, rs) => Math.max(n, calculateRevision(rs)), 0);
  let progressed = false;
  if (!newRS) {
    if (d.spec.paused) return undefined;
    if (d.spec.strategy?.type === "Recreate") {
      // rolloutRecreate: the new ReplicaSet is created only once the old pods are gone, at full size.
      for (const rs of oldRSs) dispatchScale(ctx, d, rs, 0);
      if (oldRSs.some((rs) => listOwnedPods(pods, rs).length > 0)) {
        // Status as the controller reports it meanwhile: nothing updated yet, the old pods still counted.
        const pending: ReplicaSet = { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: `${d.metadata.name}-${calculatePodTemplateHash(d.spec.template)}` }, spec: { replicas: 0, selector: {}, template: d.spec.template }, status: { replicas: 0 } };
        return writeStatus(ctx, d, pending, [pending, ...oldRSs], true);
      }
    }
    newRS = createNewReplicaSet(ctx, d, maxOld + 1);
    if (!newRS) return undefined;
    allRSs.push(newRS);
    progressed = true;
    {
      const replicas = d.spec.replicas ?? 1;
      const current = oldRSs.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
      const size = d.spec.strategy?.type === "Recreate" ? replicas : Math.max(0, Math.min(replicas + calculateFenceposts(d).surge - current, replicas));
      if (size > 0) {
        newRS.spec.replicas = size;
        dispatchStatusWrite(ctx, newRS);
        dispatchEvent(ctx, d, "Normal", "ScalingReplicaSet", `Scaled up replica set ${newRS.metadata.name} to ${size}`, "deployment-controller");
      }
    }
  } else if (calculateRevision(newRS) <= maxOld) {
    (newRS.metadata.annotations ??= {})[REVISION_ANNOTATION] = String(maxOld + 1);
    dispatchStatusWrite(ctx, newRS);
    progressed = true;
  }
  if (copyAnnotations(d, newRS)) dispatchStatusWrite(ctx, newRS);
  const revision = newRS.metadata.annotations?.[REVISION_ANNOTATION] ?? "1";
  if (d.metadata.annotations?.[REVISION_ANNOTATION] !== revision) {
    d.metadata.annotations = { ...(d.metadata.annotations ?? {}), [REVISION_ANNOTATION]: revision };
    dispatchStatusWrite(ctx, d);
  }
  const before = ctx.state.revision;
  if (!d.spec.paused) {
    if (d.spec.strategy?.type === "Recreate") dispatchRecreateStep(ctx, d, newRS, oldRSs, pods);
    else dispatchRollingStep(ctx, d, newRS, oldRSs);
  }
  if (ctx.state.revision !== before) progressed = true;
  // cleanupDeployment: keep revisionHistoryLimit old ReplicaSets that are scaled to 0.
  const limit = d.spec.revisionHistoryLimit ?? 10;
  const idle = oldRSs.filter((rs) => (rs.spec.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0).sort((a, b) => calculateRevision(a) - calculateRevision(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) dispatchDelete(ctx, rs);
  return writeStatus(ctx, d, newRS, [newRS, ...oldRSs], progressed);
}

function writeStatus(ctx: StoreContext, d: Deployment, newRS: ReplicaSet, all: ReplicaSet[], progressed: boolean): number | undefined {
  const replicas = d.spec.replicas ?? 1;
  const sum = (f: (rs: ReplicaSet) => number | undefined): number => all.reduce((n, rs) => n + (f(rs) ?? 0), 0);
  const available = sum((rs) => rs.status?.availableReplicas);
  const total = sum((rs) => rs.status?.replicas);
  const status: DeploymentStatus = structuredClone(d.status ?? {});
  status.observedGeneration = d.metadata.generation ?? 1;
  status.replicas = total;
  status.updatedReplicas = newRS.status?.replicas ?? 0;
  status.readyReplicas = sum((rs) => rs.status?.readyReplicas);
  status.availableReplicas = available;
  status.unavailableReplicas = Math.max(0, total - available);
  for (const k of ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas"] as const) if (status[k] === 0 && k !== "replicas") delete status[k];
  const now = formatTimestamp(ctx.now);
  const minAvailable = replicas - calculateFenceposts(d).unavailable;
  setCondition(status, available >= minAvailable
    ? { type: "Available", status: "True", reason: "MinimumReplicasAvailable", message: "Deployment has minimum availability." }
    : { type: "Available", status: "False", reason: "MinimumReplicasUnavailable", message: "Deployment does not have minimum availability." }, now, false);
  const complete = (newRS.status?.replicas ?? 0) === replicas && (newRS.status?.availableReplicas ?? 0) === replicas && total === replicas;
  const rsName = newRS.metadata.name;
  let wake: number | undefined;
  const progressing = status.conditions?.find((c) => c.type === "Progressing");
  if (d.spec.paused) setCondition(status, { type: "Progressing", status: "Unknown", reason: "DeploymentPaused", message: "Deployment is paused" }, now, false);
  else if (complete) setCondition(status, { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable", message: `ReplicaSet "${rsName}" has successfully progressed.` }, now, progressed);
  else if (progressed || !progressing || progressing.reason === "NewReplicaSetAvailable" || progressing.reason === "DeploymentPaused") {
    setCondition(status, { type: "Progressing", status: "True", reason: progressing?.reason === "NewReplicaSetAvailable" || !progressing ? "NewReplicaSetCreated" : "ReplicaSetUpdated", message: progressing ? `ReplicaSet "${rsName}" is progressing.` : `Created new replica set "${rsName}"` }, now, true);
  } else if (progressing.reason !== "ProgressDeadlineExceeded") {
    const deadline = (parseTimestamp(progressing.lastUpdateTime) ?? ctx.now) + (d.spec.progressDeadlineSeconds ?? 600) * 1000;
    if (ctx.now >= deadline) setCondition(status, { type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: `ReplicaSet "${rsName}" has timed out progressing.` }, now, true);
    else wake = deadline;
  }
  if (JSON.stringify(status) !== JSON.stringify(d.status)) {
    d.status = status;
    dispatchStatusWrite(ctx, d);
  }
  return wake;
}

/** Runs the Deployment controller over every Deployment; returns its earliest wake-up time. */
export function reconcileDeployments(ctx: StoreContext): number | undefined {
  const rss = listKind<ReplicaSet>(ctx.state, "ReplicaSet");
  const pods = listKind<Pod>(ctx.state, "Pod");
  let wake: number | undefined;
  for (const d of listKind<Deployment>(ctx.state, "Deployment")) {
    const w = reconcileDeployment(ctx, d, rss, pods);
    if (w !== undefined && (wake === undefined || w < wake)) wake = w;
  }
  return wake;
}
