import { dispatchDefaults } from "../api/defaults";
import { calculatePodTemplateHash } from "../api/names";
import type { KubeObject, LabelSelector, Pod, PodTemplateSpec } from "../api/types";
import { dispatchCreate, dispatchDelete, dispatchEvent, dispatchStatusWrite, listKind, type StoreContext } from "../store/store";
import { isActivePod, isPodAvailable, isPodReady } from "./pods";
import { listOwnedPods } from "./replicaset";
import { dispatchStatefulClaims, type ClaimTemplate } from "./statefulset-claims";

/** apps/v1 StatefulSetStatus (the fields the controller writes). */
export interface StatefulSetStatus {
  observedGeneration?: number;
  replicas: number;
  readyReplicas?: number;
  currentReplicas?: number;
  updatedReplicas?: number;
  availableReplicas?: number;
  currentRevision?: string;
  updateRevision?: string;
  collisionCount?: number;
}

/** apps/v1 StatefulSet (k8s.io/api apps/v1 types.go), the fields the simulator reads. */
export interface StatefulSet extends KubeObject {
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: PodTemplateSpec;
    serviceName?: string;
    podManagementPolicy?: string;
    updateStrategy?: { type?: string; rollingUpdate?: { partition?: number; maxUnavailable?: number | string } };
    volumeClaimTemplates?: ClaimTemplate[];
    minReadySeconds?: number;
  };
  status?: StatefulSetStatus;
}

/** The label naming a pod's revision (apps/v1 ControllerRevisionHashLabelKey). */
export const REVISION_LABEL = "controller-revision-hash";
const COMPONENT = "statefulset-controller";

/**
 * The update revision's name, `⟨set⟩-⟨hash⟩` (history.ControllerRevisionName).
 * Simplification: the hash is the pod template's (FNV-32a, safe-encoded), not
 * the hash of the ControllerRevision's patch data, and no ControllerRevision
 * objects are stored, so the suffix differs from a real cluster's.
 */
export function calculateStatefulSetRevision(set: StatefulSet): string {
  return `${set.metadata.name}-${calculatePodTemplateHash(set.spec.template)}`;
}

/** A pod's ordinal from its name `⟨set⟩-⟨n⟩` (statefulset stateful_set_utils.go getOrdinal), -1 when it has none. */
export function calculateOrdinal(set: StatefulSet, pod: Pod): number {
  const prefix = `${set.metadata.name}-`;
  const rest = pod.metadata.name.startsWith(prefix) ? pod.metadata.name.slice(prefix.length) : "";
  return /^(0|[1-9]\d{0,8})$/.test(rest) ? Number(rest) : -1;
}

/** Running with the Ready condition (stateful_set_utils.go isRunningAndReady). */
function isRunningAndReady(pod: Pod): boolean {
  return pod.status?.phase === "Running" && isPodReady(pod);
}

/**
 * The pod for one ordinal (stateful_set_utils.go newVersionedStatefulSetPod):
 * name `⟨set⟩-⟨ordinal⟩`, the template's labels plus
 * controller-revision-hash, statefulset.kubernetes.io/pod-name and
 * apps.kubernetes.io/pod-index (1.28+), hostname and subdomain, and one
 * persistentVolumeClaim volume per claim template.
 * Simplification: pods re-created below a partition use the current template too.
 */
function calculateStatefulPod(set: StatefulSet, ordinal: number, revision: string): Pod {
  const name = `${set.metadata.name}-${ordinal}`;
  const template = set.spec.template;
  const spec = structuredClone(template.spec);
  spec.hostname = name;
  if (set.spec.serviceName) spec.subdomain = set.spec.serviceName;
  const claims = set.spec.volumeClaimTemplates ?? [];
  if (claims.length > 0) {
    const volumes = (Array.isArray(spec.volumes) ? spec.volumes : []) as { name: string }[];
    const kept = volumes.filter((v) => !claims.some((c) => c.metadata?.name === v.name));
    spec.volumes = [...kept, ...claims.map((c) => ({ name: c.metadata?.name ?? "", persistentVolumeClaim: { claimName: `${c.metadata?.name ?? ""}-${name}` } }))];
  }
  const pod: Pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: set.metadata.namespace ?? "default",
      labels: { ...(template.metadata?.labels ?? {}), "apps.kubernetes.io/pod-index": String(ordinal), [REVISION_LABEL]: revision, "statefulset.kubernetes.io/pod-name": name },
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ownerReferences: [{ apiVersion: "apps/v1", kind: "StatefulSet", name: set.metadata.name, uid: set.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    spec,
  };
  dispatchDefaults(pod);
  pod.status = { phase: "Pending", qosClass: "BestEffort" };
  return pod;
}

function createPod(ctx: StoreContext, set: StatefulSet, ordinal: number, revision: string, pods: Pod[]): void {
  const pod = calculateStatefulPod(set, ordinal, revision);
  dispatchStatefulClaims(ctx, set, pod, set.spec.volumeClaimTemplates ?? [], COMPONENT);
  if (!dispatchCreate(ctx, pod).ok) return;
  pods.push(pod);
  // stateful_pod_control.go recordPodEvent.
  dispatchEvent(ctx, set, "Normal", "SuccessfulCreate", `create Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`, COMPONENT);
}

function deletePod(ctx: StoreContext, set: StatefulSet, pod: Pod): void {
  dispatchDelete(ctx, pod);
  dispatchEvent(ctx, set, "Normal", "SuccessfulDelete", `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`, COMPONENT);
}

/**
 * One pass of the StatefulSet controller (pkg/controller/statefulset
 * stateful_set_control.go updateStatefulSet): failed pods are deleted and
 * re-created under the same name; missing ordinals 0…replicas-1 are created
 * in order, each waiting for the one before to be Running and Ready
 * (OrderedReady) or all at once (Parallel); surplus ordinals are deleted
 * highest first, one at a time unless Parallel; a RollingUpdate replaces pods
 * not at the update revision from the highest ordinal down to the partition,
 * one at a time, each once the rest are Running and Ready. Then status.
 */
export function reconcileStatefulSet(ctx: StoreContext, set: StatefulSet, namespacePods: Pod[]): void {
  if (set.metadata.deletionTimestamp) return;
  const replicas = set.spec.replicas ?? 1;
  const parallel = set.spec.podManagementPolicy === "Parallel";
  const updateRevision = calculateStatefulSetRevision(set);
  const currentRevision = set.status?.currentRevision ?? updateRevision;
  const owned = listOwnedPods(namespacePods, set);
  const byOrdinal = new Map<number, Pod>();
  for (const p of owned) {
    const n = calculateOrdinal(set, p);
    if (n >= 0) byOrdinal.set(n, p);
  }
  let blocked = false;
  for (let ordinal = 0; ordinal < replicas && !blocked; ordinal++) {
    const pod = byOrdinal.get(ordinal);
    if (!pod) {
      createPod(ctx, set, ordinal, updateRevision, namespacePods);
      if (!parallel) blocked = true;
      continue;
    }
    const phase = pod.status?.phase;
    if ((phase === "Failed" || phase === "Succeeded") && !pod.metadata.deletionTimestamp) {
      deletePod(ctx, set, pod);
      if (!parallel) blocked = true;
      continue;
    }
    if (!parallel && (pod.metadata.deletionTimestamp || !isRunningAndReady(pod))) blocked = true;
  }
  const condemned = [...byOrdinal.entries()].filter(([n]) => n >= replicas).sort((a, b) => b[0] - a[0]);
  if (!blocked) {
    for (const [, pod] of condemned) {
      if (pod.metadata.deletionTimestamp) {
        if (!parallel) break;
        continue;
      }
      deletePod(ctx, set, pod);
      if (!parallel) break;
    }
  }
  const strategy = set.spec.updateStrategy?.type ?? "RollingUpdate";
  if (!blocked && condemned.length === 0 && strategy === "RollingUpdate") {
    const partition = set.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
    for (let ordinal = replicas - 1; ordinal >= partition; ordinal--) {
      const pod = byOrdinal.get(ordinal);
      if (!pod) break;
      if (pod.metadata.labels?.[REVISION_LABEL] !== updateRevision) {
        if (!pod.metadata.deletionTimestamp) deletePod(ctx, set, pod);
        break;
      }
      if (!isRunningAndReady(pod)) break;
    }
  }
  writeStatus(ctx, set, listOwnedPods(namespacePods, set).filter(isActivePod), currentRevision, updateRevision);
}

function writeStatus(ctx: StoreContext, set: StatefulSet, live: Pod[], currentRevision: string, updateRevision: string): void {
  const rev = (p: Pod): string | undefined => p.metadata.labels?.[REVISION_LABEL];
  const status: StatefulSetStatus = {
    observedGeneration: set.metadata.generation ?? 1,
    replicas: live.length,
    readyReplicas: live.filter(isPodReady).length,
    currentReplicas: live.filter((p) => rev(p) === currentRevision).length,
    updatedReplicas: live.filter((p) => rev(p) === updateRevision).length,
    availableReplicas: live.filter((p) => isPodAvailable(p, set.spec.minReadySeconds ?? 0, ctx.now)).length,
    currentRevision,
    updateRevision,
    collisionCount: 0,
  };
  // completeRollingUpdate: once every pod is updated and ready, the update revision becomes current.
  const replicas = set.spec.replicas ?? 1;
  if (status.updatedReplicas === status.replicas && status.readyReplicas === status.replicas && status.replicas === replicas) {
    status.currentRevision = updateRevision;
    status.currentReplicas = status.updatedReplicas;
  }
  if (JSON.stringify(status) !== JSON.stringify(set.status)) {
    set.status = status;
    dispatchStatusWrite(ctx, set);
  }
}

/** Runs the StatefulSet controller over every StatefulSet. */
export function reconcileStatefulSets(ctx: StoreContext): void {
  const sets = listKind<StatefulSet>(ctx.state, "StatefulSet");
  if (sets.length === 0) return;
  const byNamespace = new Map<string, Pod[]>();
  for (const p of listKind<Pod>(ctx.state, "Pod")) {
    const ns = p.metadata.namespace ?? "default";
    const list = byNamespace.get(ns) ?? [];
    list.push(p);
    byNamespace.set(ns, list);
  }
  for (const set of sets) {
    const ns = set.metadata.namespace ?? "default";
    const list = byNamespace.get(ns) ?? [];
    byNamespace.set(ns, list);
    reconcileStatefulSet(ctx, set, list);
  }
}
