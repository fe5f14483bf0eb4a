import { dispatchDefaults } from "../api/defaults";
import { matchesSelector } from "../api/labels";
import { calculatePodTemplateHash } from "../api/names";
import type { KubeObject, LabelSelector, NodeObject, Pod, PodTemplateSpec } from "../api/types";
import { dispatchCreate, dispatchDelete, dispatchEvent, dispatchStatusWrite, listKind, type StoreContext } from "../store/store";
import { isActivePod, isPodAvailable, isPodReady } from "./pods";
import { listOwnedPods } from "./replicaset";
import { calculateMatchesNodeAffinity, calculateUntoleratedTaint, type Toleration } from "./scheduler-filters";

/** apps/v1 DaemonSetStatus. */
export interface DaemonSetStatus {
  currentNumberScheduled: number;
  numberMisscheduled: number;
  desiredNumberScheduled: number;
  numberReady: number;
  observedGeneration?: number;
  updatedNumberScheduled?: number;
  numberAvailable?: number;
  numberUnavailable?: number;
}

/** apps/v1 DaemonSet (k8s.io/api apps/v1 types.go), the fields the simulator reads. */
export interface DaemonSet extends KubeObject {
  spec: {
    selector: LabelSelector;
    template: PodTemplateSpec;
    updateStrategy?: { type?: string; rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string } };
    minReadySeconds?: number;
  };
  status?: DaemonSetStatus;
}

const COMPONENT = "daemonset-controller";

/**
 * The tolerations the DaemonSet controller adds to its pods
 * (pkg/controller/daemon/util/daemonset_util.go AddOrUpdateDaemonPodTolerations):
 * not-ready and unreachable (NoExecute), disk-, memory- and pid-pressure and
 * unschedulable (NoSchedule), and network-unavailable for hostNetwork pods.
 */
export function calculateDaemonTolerations(template: PodTemplateSpec): Toleration[] {
  const own = (Array.isArray(template.spec.tolerations) ? template.spec.tolerations : []) as Toleration[];
  const added: Toleration[] = [
    { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" },
  ];
  if (template.spec.hostNetwork === true) added.push({ key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule" });
  return [...own, ...added.filter((a) => !own.some((t) => t.key === a.key && t.effect === a.effect))];
}

/** The revision label value of a DaemonSet's current template. Simplification: the template's hash, not a ControllerRevision's. */
export function calculateDaemonSetRevision(ds: DaemonSet): string {
  return calculatePodTemplateHash(ds.spec.template);
}

/**
 * A DaemonSet pod for one node (daemon_controller.go syncNodes, util
 * CreatePodTemplate): generated name `⟨ds⟩-⟨5 chars⟩`, the
 * controller-revision-hash and pod-template-generation labels, the daemon
 * tolerations, and a required node affinity on `metadata.name` so the default
 * scheduler places it on that node (ReplaceDaemonSetPodNodeNameNodeAffinity).
 */
function calculateDaemonPod(ds: DaemonSet, node: string, revision: string): Pod {
  const template = ds.spec.template;
  const spec = structuredClone(template.spec);
  spec.tolerations = calculateDaemonTolerations(template);
  const affinity = (spec.affinity && typeof spec.affinity === "object" ? spec.affinity : {}) as Record<string, unknown>;
  spec.affinity = { ...affinity, nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: [node] }] }] } } };
  const pod: Pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: "",
      generateName: `${ds.metadata.name}-`,
      namespace: ds.metadata.namespace ?? "default",
      labels: { ...(template.metadata?.labels ?? {}), "controller-revision-hash": revision, "pod-template-generation": String(ds.metadata.generation ?? 1) },
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ownerReferences: [{ apiVersion: "apps/v1", kind: "DaemonSet", name: ds.metadata.name, uid: ds.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    spec,
  };
  dispatchDefaults(pod);
  pod.status = { phase: "Pending", qosClass: "BestEffort" };
  return pod;
}

/** The node a daemon pod is for: where it runs, or the node its affinity names while it waits to be scheduled. */
function calculateTargetNode(pod: Pod): string | undefined {
  if (pod.spec.nodeName) return pod.spec.nodeName;
  const terms = (pod.spec.affinity as { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: { matchFields?: { key: string; values?: string[] }[] }[] } } } | undefined)?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  return terms?.[0]?.matchFields?.find((f) => f.key === "metadata.name")?.values?.[0];
}

/** Whether the DaemonSet should run on a node (daemon_controller.go NodeShouldRunDaemonPod: node selector and affinity, NoSchedule/NoExecute taints against the daemon tolerations). */
export function calculateShouldRunOnNode(ds: DaemonSet, node: NodeObject): boolean {
  const probe: Pod = { apiVersion: "v1", kind: "Pod", metadata: { name: "" }, spec: { ...ds.spec.template.spec, tolerations: calculateDaemonTolerations(ds.spec.template) } };
  if (!calculateMatchesNodeAffinity(probe, node)) return false;
  return calculateUntoleratedTaint(node.spec.taints ?? [], calculateDaemonTolerations(ds.spec.template)) === undefined;
}

/** maxUnavailable as a count of the desired pods, percentages rounded up (intstr.GetScaledValueFromIntOrPercent, roundUp true); at least 1 when surge is 0. */
export function calculateMaxUnavailable(ds: DaemonSet, desired: number): number {
  const value = ds.spec.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1;
  const n = typeof value === "number" ? value : /^\d+%$/.test(value) ? Math.ceil((Number(value.slice(0, -1)) * desired) / 100) : Number(value) || 0;
  return Math.max(1, n);
}

/**
 * Whether a daemon pod runs the current template (daemon/util IsPodUpdated):
 * its controller-revision-hash is the current one, or its
 * pod-template-generation label is the set's template generation.
 * Simplification: the template generation is metadata.generation (the API
 * server's deprecated.daemonset.template.generation counts template changes only).
 */
export function isDaemonPodUpdated(ds: DaemonSet, pod: Pod, revision: string): boolean {
  const labels = pod.metadata.labels ?? {};
  return labels["controller-revision-hash"] === revision || labels["pod-template-generation"] === String(ds.metadata.generation ?? 1);
}

function deletePod(ctx: StoreContext, ds: DaemonSet, pod: Pod): void {
  dispatchDelete(ctx, pod);
  dispatchEvent(ctx, ds, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`, COMPONENT);
}

/**
 * One pass of the DaemonSet controller (pkg/controller/daemon
 * daemon_controller.go manage, podsShouldBeOnNode; update.go rollingUpdate):
 * adopts matching orphans; on every node it should run on, a missing or
 * failed pod is (re)created and extras deleted; pods on nodes it should not
 * run on are deleted; a RollingUpdate deletes old-revision pods, unavailable
 * ones first, while at most maxUnavailable pods are unavailable (maxSurge 0).
 * Events `SuccessfulCreate` "Created pod: x" and `SuccessfulDelete`.
 * Simplification: no slow-start batches, no maxSurge > 0, no OnDelete history.
 */
export function reconcileDaemonSet(ctx: StoreContext, ds: DaemonSet, nodes: readonly NodeObject[], namespacePods: Pod[]): void {
  if (ds.metadata.deletionTimestamp) return;
  for (const pod of namespacePods) {
    if (!pod.metadata.ownerReferences?.some((r) => r.controller) && isActivePod(pod) && matchesSelector(ds.spec.selector, pod.metadata.labels)) {
      pod.metadata.ownerReferences = [{ apiVersion: ds.apiVersion, kind: ds.kind, name: ds.metadata.name, uid: ds.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }];
      dispatchStatusWrite(ctx, pod);
    }
  }
  const revision = calculateDaemonSetRevision(ds);
  const owned = listOwnedPods(namespacePods, ds).filter((p) => !p.metadata.deletionTimestamp);
  const byNode = new Map<string, Pod[]>();
  for (const p of owned) {
    const node = calculateTargetNode(p) ?? "";
    const list = byNode.get(node) ?? [];
    list.push(p);
    byNode.set(node, list);
  }
  const wanted = nodes.filter((n) => calculateShouldRunOnNode(ds, n));
  const wantedNames = new Set(wanted.map((n) => n.metadata.name));
  for (const [node, pods] of byNode) if (!wantedNames.has(node)) for (const p of pods) deletePod(ctx, ds, p);
  for (const node of wanted) {
    const pods = byNode.get(node.metadata.name) ?? [];
    const failed = pods.filter((p) => p.status?.phase === "Failed");
    for (const p of failed) deletePod(ctx, ds, p);
    const running = pods.filter((p) => p.status?.phase !== "Failed");
    if (running.length === 0) {
      const pod = calculateDaemonPod(ds, node.metadata.name, revision);
      if (dispatchCreate(ctx, pod).ok) {
        namespacePods.push(pod);
        dispatchEvent(ctx, ds, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, COMPONENT);
      }
    } else for (const extra of running.slice(1)) deletePod(ctx, ds, extra);
  }
  if ((ds.spec.updateStrategy?.type ?? "RollingUpdate") === "RollingUpdate") dispatchRollingUpdate(ctx, ds, wanted, byNode, revision);
  writeStatus(ctx, ds, nodes, wantedNames, listOwnedPods(namespacePods, ds), revision);
}

function dispatchRollingUpdate(ctx: StoreContext, ds: DaemonSet, wanted: readonly NodeObject[], byNode: Map<string, Pod[]>, revision: string): void {
  const minReady = ds.spec.minReadySeconds ?? 0;
  const maxUnavailable = calculateMaxUnavailable(ds, wanted.length);
  let unavailable = 0;
  const oldAvailable: Pod[] = [];
  const oldUnavailable: Pod[] = [];
  for (const node of wanted) {
    const pod = (byNode.get(node.metadata.name) ?? []).find((p) => p.status?.phase !== "Failed" && !p.metadata.deletionTimestamp);
    const available = pod !== undefined && isPodAvailable(pod, minReady, ctx.now);
    if (!available) unavailable++;
    if (pod && !isDaemonPodUpdated(ds, pod, revision)) (available ? oldAvailable : oldUnavailable).push(pod);
  }
  for (const pod of oldUnavailable) deletePod(ctx, ds, pod);
  for (const pod of oldAvailable) {
    if (unavailable >= maxUnavailable) break;
    deletePod(ctx, ds, pod);
    unavailable++;
  }
}

function writeStatus(ctx: StoreContext, ds: DaemonSet, nodes: readonly NodeObject[], wanted: Set<string>, owned: Pod[], revision: string): void {
  const active = owned.filter((p) => isActivePod(p));
  const minReady = ds.spec.minReadySeconds ?? 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let available = 0;
  let updated = 0;
  for (const node of nodes) {
    const pods = active.filter((p) => calculateTargetNode(p) === node.metadata.name);
    if (pods.length === 0) continue;
    if (!wanted.has(node.metadata.name)) {
      misscheduled++;
      continue;
    }
    current++;
    const pod = pods[0] as Pod;
    if (isPodReady(pod)) ready++;
    if (isPodAvailable(pod, minReady, ctx.now)) available++;
    if (isDaemonPodUpdated(ds, pod, revision)) updated++;
  }
  const status: DaemonSetStatus = { currentNumberScheduled: current, numberMisscheduled: misscheduled, desiredNumberScheduled: wanted.size, numberReady: ready, observedGeneration: ds.metadata.generation ?? 1, updatedNumberScheduled: updated, numberAvailable: available };
  if (wanted.size - available > 0) status.numberUnavailable = wanted.size - available;
  // Compared field by field, so a status written in another key order (the bootstrap's) is not rewritten.
  const old = (ds.status ?? {}) as unknown as Record<string, unknown>;
  const fresh = status as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(old), ...Object.keys(fresh)]);
  if ([...keys].some((k) => old[k] !== fresh[k])) {
    ds.status = status;
    dispatchStatusWrite(ctx, ds);
  }
}

/** Runs the DaemonSet controller over every DaemonSet. */
export function reconcileDaemonSets(ctx: StoreContext): void {
  const sets = listKind<DaemonSet>(ctx.state, "DaemonSet");
  if (sets.length === 0) return;
  const nodes = listKind<NodeObject>(ctx.state, "Node");
  const byNamespace = new Map<string, Pod[]>();
  for (const p of listKind<Pod>(ctx.state, "Pod")) {
    const ns = p.metadata.namespace ?? "default";
    const list = byNamespace.get(ns) ?? [];
    list.push(p);
    byNamespace.set(ns, list);
  }
  for (const ds of sets) {
    const ns = ds.metadata.namespace ?? "default";
    const list = byNamespace.get(ns) ?? [];
    byNamespace.set(ns, list);
    reconcileDaemonSet(ctx, ds, nodes, list);
  }
}
