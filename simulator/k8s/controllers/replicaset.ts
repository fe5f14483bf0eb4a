import { dispatchDefaults } from "../api/defaults";
import { matchesSelector } from "../api/labels";
import type { KubeObject, LabelSelector, Pod, ReplicaSet } from "../api/types";
import { dispatchCreate, dispatchDelete, dispatchEvent, dispatchStatusWrite, listKind, type StoreContext } from "../store/store";
import { comparePodsForDeletion, isActivePod, isPodAvailable, isPodReady } from "./pods";

/** The selector of a ReplicaSet, or of a ReplicationController (a plain label map). */
export function calculateWorkloadSelector(rs: ReplicaSet): LabelSelector {
  return rs.kind === "ReplicationController" ? { matchLabels: rs.spec.selector as unknown as Record<string, string> } : rs.spec.selector;
}

/** The pods a controller owns (its uid as controller owner). */
export function listOwnedPods(pods: readonly Pod[], owner: KubeObject): Pod[] {
  return pods.filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.metadata.uid));
}

/** A new pod from a controller's template, named `⟨owner⟩-⟨5 chars⟩` (fidelity reference §5.4). */
export function calculatePodFromTemplate(owner: KubeObject, template: ReplicaSet["spec"]["template"], namePrefix: string): Pod {
  const pod: Pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: "",
      generateName: namePrefix,
      namespace: owner.metadata.namespace ?? "default",
      ...(template.metadata?.labels ? { labels: { ...template.metadata.labels } } : {}),
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    spec: structuredClone(template.spec),
  };
  dispatchDefaults(pod);
  pod.status = { phase: "Pending", qosClass: "BestEffort" };
  return pod;
}

/**
 * The ReplicaSet (and ReplicationController) controller: adopts matching
 * orphans, creates pods up to spec.replicas and deletes the surplus, then
 * writes status (kubernetes/kubernetes pkg/controller/replicaset/replica_set.go
 * syncReplicaSet, manageReplicas). Events `SuccessfulCreate`/`SuccessfulDelete`
 * from `replicaset-controller`.
 */
export function reconcileReplicaSet(ctx: StoreContext, rs: ReplicaSet, namespacePods: Pod[]): void {
  if (rs.metadata.deletionTimestamp) return;
  const selector = calculateWorkloadSelector(rs);
  const component = rs.kind === "ReplicationController" ? "replication-controller" : "replicaset-controller";
  for (const pod of namespacePods) {
    if (!pod.metadata.ownerReferences?.some((r) => r.controller) && isActivePod(pod) && matchesSelector(selector, pod.metadata.labels)) {
      pod.metadata.ownerReferences = [{ apiVersion: rs.apiVersion, kind: rs.kind, name: rs.metadata.name, uid: rs.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }];
      dispatchStatusWrite(ctx, pod);
    }
  }
  const owned = listOwnedPods(namespacePods, rs);
  const active = owned.filter(isActivePod);
  const want = rs.spec.replicas ?? 1;
  if (active.length < want) {
    for (let i = active.length; i < want; i++) {
      const pod = calculatePodFromTemplate(rs, rs.spec.template, `${rs.metadata.name}-`);
      const created = dispatchCreate(ctx, pod);
      if (created.ok) {
        namespacePods.push(pod);
        active.push(pod);
        dispatchEvent(ctx, rs, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, component);
      }
    }
  } else if (active.length > want) {
    const doomed = [...active].sort(comparePodsForDeletion).slice(0, active.length - want);
    for (const pod of doomed) {
      dispatchDelete(ctx, pod);
      dispatchEvent(ctx, rs, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`, component);
    }
  }
  const live = owned.filter(isActivePod);
  const minReady = rs.spec.minReadySeconds ?? 0;
  const status = {
    replicas: live.length,
    fullyLabeledReplicas: live.length,
    readyReplicas: live.filter(isPodReady).length,
    availableReplicas: live.filter((p) => isPodAvailable(p, minReady, ctx.now)).length,
    observedGeneration: rs.metadata.generation ?? 1,
  };
  if (JSON.stringify(status) !== JSON.stringify(rs.status)) {
    rs.status = status;
    dispatchStatusWrite(ctx, rs);
  }
}

/** Runs the ReplicaSet and ReplicationController controllers over every namespace. */
export function reconcileReplicaSets(ctx: StoreContext): void {
  const pods = listKind<Pod>(ctx.state, "Pod");
  const byNamespace = new Map<string, Pod[]>();
  for (const p of pods) {
    const ns = p.metadata.namespace ?? "default";
    const list = byNamespace.get(ns) ?? [];
    list.push(p);
    byNamespace.set(ns, list);
  }
  for (const kind of ["ReplicaSet", "ReplicationController"]) {
    for (const rs of listKind<ReplicaSet>(ctx.state, kind)) {
      const ns = rs.metadata.namespace ?? "default";
      const list = byNamespace.get(ns) ?? [];
      byNamespace.set(ns, list);
      reconcileReplicaSet(ctx, rs, list);
    }
  }
}
