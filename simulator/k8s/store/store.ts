import type { IdSource } from "../../core/ids";
import { getOwn } from "../../core/own";
import { formatTimestamp } from "../api/duration";
import { calculateGeneratedName } from "../api/names";
import { findTypeByKind, formatQualifiedResource, type ResourceType } from "../api/resources";
import type { FieldError } from "../api/validation";
import type { ProbeKind, ProbeRun } from "../api/probe";
import type { EventObject, KubeObject } from "../api/types";

/** The API server's storage (etcd) as plain data: objects by resource, then by `namespace/name`. */
export interface ClusterState {
  objects: Record<string, Record<string, KubeObject>>;
  /** The last resourceVersion handed out (etcd's revision). */
  revision: number;
  /** Virtual time up to which controllers and kubelets have run. */
  settledMs: number;
  /** Counters for addresses: pod IPs (10.1.0.x, Docker Desktop's pod CIDR) and ClusterIPs. */
  nextPodIp: number;
  nextClusterIp: number;
  nextNodePort: number;
  /** The kubelet's per-pod bookkeeping (back-offs, pulls), by pod uid. */
  kubelet: Record<string, PodRuntime>;
  /** Image pulls under way on the node: image → when it completes (a second pod waits for the same pull). */
  imagePulls?: Record<string, { until: number; durationMs: number; size: number }>;
  /** The HPA controller's memory per HPA uid: last sync and recent recommendations (k8s/controllers/hpa.ts). */
  hpa?: Record<string, { lastSync: number; recommendations: { at: number; replicas: number }[] }>;
  /** Event correlation: `uid/reason/component/message` → the Event's storage key. */
  eventKeys: Record<string, string>;
  /** kubeconfig: the current context's namespace (`kubectl config set-context --current --namespace`). */
  namespace: string;
}

/** What the kubelet remembers about a pod between syncs (not part of the API object). */
export interface PodRuntime {
  /** Per container: when its next action (pull done, start, restart) is due, and its back-off. */
  containers: Record<string, ContainerRuntime>;
  /** The kubelet has begun stopping the containers of a deleted pod. */
  killing?: boolean;
}

/** One container's kubelet-side state. */
export interface ContainerRuntime {
  phase: "pulling" | "pull-error" | "pull-backoff" | "starting" | "running" | "crash-backoff" | "exited";
  /** When the current phase ends (ms), or undefined while it lasts. */
  until?: number;
  /** Current back-off delay (ms) for image pulls or crash restarts. */
  backoffMs: number;
  /** When the running process will exit, and with what code. */
  exitAt?: number;
  exitCode?: number;
  /** The reason the runtime reports for that exit when it is not the code's own (OOMKilled). */
  exitReason?: string;
  /** The container exited and will be started again (restartCount counts restarts done, not exits). */
  pendingRestart?: boolean;
  /** When the current instance started (ms). */
  startedAt?: number;
  /** The pull under way: its duration (and time spent waiting for another pod's pull), size and result. */
  pullMs?: number;
  pullWaitMs?: number;
  pullSize?: number;
  pullError?: string;
  imageID?: string;
  /** Logs of the current and previous instance. */
  logs: string;
  previousLogs?: string;
  /** Probe workers of the current instance, by kind (k8s/kubelet/probes.ts). */
  probes?: Partial<Record<ProbeKind, ProbeRun>>;
}

/** An API error as kubectl receives it (apimachinery pkg/api/errors StatusError). */
export interface ApiError {
  reason: "NotFound" | "AlreadyExists" | "Invalid" | "BadRequest" | "Conflict" | "Forbidden" | "MethodNotAllowed";
  message: string;
  /** For Invalid: the kind, name and causes kubectl lists. */
  kind?: string;
  name?: string;
  causes?: FieldError[];
}

/** A store call's outcome. */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What store calls need besides the state: the time and the seeded ID source. */
export interface StoreContext {
  state: ClusterState;
  now: number;
  ids: IdSource;
}

/** An empty store. */
export function createClusterState(now: number): ClusterState {
  return { objects: {}, revision: 0, settledMs: now, nextPodIp: 2, nextClusterIp: 1, nextNodePort: 30000, kubelet: {}, eventKeys: {}, namespace: "default" };
}

/** The storage key of an object in its resource's bucket. */
export function calculateObjectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ""}/${name}`;
}

/** A v4 UUID from the seeded source (k8s.io/apimachinery pkg/util/uuid, google/uuid). */
export function calculateUid(ids: IdSource): string {
  const h = ids.hex(32);
  const variant = ((parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Kinds whose metadata.generation counts spec changes (others keep no generation). */
const GENERATION_KINDS = new Set(["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Ingress"]);

function bucket(state: ClusterState, type: ResourceType): Record<string, KubeObject> {
  return (state.objects[type.plural] ??= {});
}

/** `deployments.apps "web" not found`. */
export function calculateNotFound(type: ResourceType, name: string): ApiError {
  return { reason: "NotFound", message: `${formatQualifiedResource(type)} "${name}" not found` };
}

/** One stored object, or undefined. */
export function findObject(state: ClusterState, type: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
  const b = getOwn(state.objects, type.plural);
  return b ? getOwn(b, calculateObjectKey(type.namespaced ? namespace : undefined, name)) : undefined;
}

/** Objects of a type, in one namespace or all (`undefined`), sorted by namespace then name as the API server lists them. */
export function listObjects(state: ClusterState, type: ResourceType, namespace?: string): KubeObject[] {
  const b = getOwn(state.objects, type.plural);
  if (!b) return [];
  const out = namespace === undefined || !type.namespaced ? Object.values(b) : Object.values(b).filter((o) => o.metadata.namespace === namespace);
  return out.sort((a, c) => {
    const ka = `${a.metadata.namespace ?? ""}/${a.metadata.name}`;
    const kc = `${c.metadata.namespace ?? ""}/${c.metadata.name}`;
    return ka < kc ? -1 : ka > kc ? 1 : 0;
  });
}

/** Objects of a kind (stored type), for controllers. */
export function listKind<T extends KubeObject>(state: ClusterState, kind: string, namespace?: string): T[] {
  const type = findTypeByKind(kind);
  return type ? (listObjects(state, type, namespace) as T[]) : [];
}

function nextVersion(state: ClusterState): string {
  state.revision += 1;
  return String(state.revision);
}

/**
 * Create (POST): fills uid, resourceVersion, creationTimestamp, generation
 * and a generated name; fails with AlreadyExists, or NotFound when the
 * namespace is missing (`namespaces "dev" not found`). The object must already
 * be defaulted and validated.
 */
export function dispatchCreate(ctx: StoreContext, object: KubeObject): StoreResult<KubeObject> {
  const type = findTypeByKind(object.kind);
  if (!type) return { ok: false, error: { reason: "NotFound", message: `the server could not find the requested resource` } };
  const meta = object.metadata;
  if (type.namespaced) {
    meta.namespace ??= "default";
    if (!findObject(ctx.state, findTypeByKind("Namespace") as ResourceType, undefined, meta.namespace)) {
      return { ok: false, error: { reason: "NotFound", message: `namespaces "${meta.namespace}" not found` } };
    }
    const ns = findObject(ctx.state, findTypeByKind("Namespace") as ResourceType, undefined, meta.namespace);
    if (ns?.metadata.deletionTimestamp && object.kind !== "Event") {
      return { ok: false, error: { reason: "Forbidden", message: `${type.plural} "${meta.name || meta.generateName}" is forbidden: unable to create new content in namespace ${meta.namespace} because it is being terminated` } };
    }
  } else delete meta.namespace;
  const b = bucket(ctx.state, type);
  if (!meta.name && meta.generateName) {
    let name = calculateGeneratedName(meta.generateName, ctx.ids);
    while (getOwn(b, calculateObjectKey(meta.namespace, name))) name = calculateGeneratedName(meta.generateName, ctx.ids);
    meta.name = name;
  }
  const key = calculateObjectKey(meta.namespace, meta.name);
  if (getOwn(b, key)) return { ok: false, error: { reason: "AlreadyExists", message: `${formatQualifiedResource(type)} "${meta.name}" already exists` } };
  meta.uid = calculateUid(ctx.ids);
  meta.resourceVersion = nextVersion(ctx.state);
  meta.creationTimestamp = formatTimestamp(ctx.now);
  if (GENERATION_KINDS.has(object.kind)) meta.generation = 1;
  b[key] = object;
  return { ok: true, value: object };
}

/**
 * Update (PUT): bumps resourceVersion, and generation when the spec changed
 * (the registry strategies' PrepareForUpdate).
 */
export function dispatchUpdate(ctx: StoreContext, object: KubeObject): StoreResult<KubeObject> {
  const type = findTypeByKind(object.kind);
  if (!type) return { ok: false, error: { reason: "NotFound", message: "the server could not find the requested resource" } };
  const b = bucket(ctx.state, type);
  const key = calculateObjectKey(type.namespaced ? object.metadata.namespace : undefined, object.metadata.name);
  const old = getOwn(b, key);
  if (!old) return { ok: false, error: calculateNotFound(type, object.metadata.name) };
  if (GENERATION_KINDS.has(object.kind)) {
    const changed = JSON.stringify(old.spec) !== JSON.stringify(object.spec);
    object.metadata.generation = (old.metadata.generation ?? 1) + (changed ? 1 : 0);
  }
  object.metadata.uid = old.metadata.uid;
  object.metadata.creationTimestamp = old.metadata.creationTimestamp;
  object.metadata.resourceVersion = nextVersion(ctx.state);
  b[key] = object;
  return { ok: true, value: object };
}

/** Writes a controller's or kubelet's status change in place (the /status subresource): bumps resourceVersion only. */
export function dispatchStatusWrite(ctx: StoreContext, object: KubeObject): void {
  object.metadata.resourceVersion = nextVersion(ctx.state);
}

/** Removes an object from storage outright (after graceful deletion, or for kinds without it). */
export function dispatchRemove(ctx: StoreContext, object: KubeObject): void {
  const type = findTypeByKind(object.kind);
  if (!type) return;
  const b = bucket(ctx.state, type);
  delete b[calculateObjectKey(type.namespaced ? object.metadata.namespace : undefined, object.metadata.name)];
  // A removal is a write too (etcd's revision moves), so watchers and the settle loop see it.
  nextVersion(ctx.state);
  if (object.kind === "Pod" && object.metadata.uid) delete ctx.state.kubelet[object.metadata.uid];
}

/** How dependents are treated when their owner is deleted (metav1.DeletionPropagation). */
export type PropagationPolicy = "Background" | "Foreground" | "Orphan";

/** Options of a DELETE. */
export interface DeleteOptions {
  propagationPolicy?: PropagationPolicy;
  /** Overrides the pod's terminationGracePeriodSeconds; 0 with force removes at once. */
  gracePeriodSeconds?: number;
}

/**
 * Delete: pods are deleted gracefully (deletionTimestamp set, removed by the
 * kubelet when the grace period ends); Foreground marks the owner with the
 * `foregroundDeletion` finalizer until its dependents are gone; Orphan strips
 * the dependents' ownerReferences; Background removes the owner and lets the
 * garbage collector remove the dependents (kubernetes/website
 * concepts/architecture/garbage-collection.md).
 */
export function dispatchDelete(ctx: StoreContext, object: KubeObject, options: DeleteOptions = {}): void {
  const policy = options.propagationPolicy ?? "Background";
  const uid = object.metadata.uid;
  if (policy === "Orphan") {
    for (const dep of listDependents(ctx.state, uid)) {
      dep.metadata.ownerReferences = (dep.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
      if (dep.metadata.ownerReferences.length === 0) delete dep.metadata.ownerReferences;
      dispatchStatusWrite(ctx, dep);
    }
  }
  if (object.kind === "Pod") {
    const spec = object.spec as { terminationGracePeriodSeconds?: number };
    const grace = options.gracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30;
    if (grace <= 0) return dispatchRemove(ctx, object);
    if (object.metadata.deletionTimestamp) return;
    const phase = (object.status as { phase?: string } | undefined)?.phase;
    if (phase === "Succeeded" || phase === "Failed" || !(object.spec as { nodeName?: string }).nodeName) return dispatchRemove(ctx, object);
    object.metadata.deletionTimestamp = formatTimestamp(ctx.now + grace * 1000);
    object.metadata.deletionGracePeriodSeconds = grace;
    dispatchStatusWrite(ctx, object);
    return;
  }
  if (policy === "Foreground" && listDependents(ctx.state, uid).length > 0) {
    object.metadata.deletionTimestamp = formatTimestamp(ctx.now);
    object.metadata.finalizers = [...(object.metadata.finalizers ?? []), "foregroundDeletion"];
    dispatchStatusWrite(ctx, object);
    return;
  }
  if (object.kind === "Namespace") {
    object.metadata.deletionTimestamp = formatTimestamp(ctx.now);
    (object.status as { phase: string }).phase = "Terminating";
    dispatchStatusWrite(ctx, object);
    return;
  }
  dispatchRemove(ctx, object);
}

/** Objects with an ownerReference to this uid. */
export function listDependents(state: ClusterState, uid: string | undefined): KubeObject[] {
  if (!uid) return [];
  const out: KubeObject[] = [];
  for (const b of Object.values(state.objects)) for (const o of Object.values(b)) if (o.metadata.ownerReferences?.some((r) => r.uid === uid)) out.push(o);
  return out;
}

/** Whether any object has this uid. */
export function hasUid(state: ClusterState, uid: string): boolean {
  for (const b of Object.values(state.objects)) for (const o of Object.values(b)) if (o.metadata.uid === uid) return true;
  return false;
}

/**
 * Records an Event, merging repeats into one with a count, as client-go's
 * event correlator does (tools/record/events_cache.go: same object, reason,
 * message and source). Event names are `⟨object⟩.⟨16 hex⟩`.
 */
export function dispatchEvent(
  ctx: StoreContext,
  involved: KubeObject,
  type: "Normal" | "Warning",
  reason: string,
  message: string,
  component: string,
  host?: string,
): void {
  const namespace = involved.metadata.namespace ?? "default";
  const correlation = `${involved.metadata.uid ?? ""}/${reason}/${component}/${message}`;
  const storedKey = getOwn(ctx.state.eventKeys, correlation);
  const existing = storedKey === undefined ? undefined : (getOwn(ctx.state.objects.events ?? {}, storedKey) as EventObject | undefined);
  const at = formatTimestamp(ctx.now);
  if (existing) {
    existing.count += 1;
    existing.lastTimestamp = at;
    dispatchStatusWrite(ctx, existing);
    return;
  }
  const event: EventObject = {
    apiVersion: "v1",
    kind: "Event",
    // client-go names events `⟨object⟩.⟨UnixNano in hex⟩` (tools/record/event.go makeEvent); the revision keeps same-instant events in order.
    metadata: { name: `${involved.metadata.name}.${(BigInt(ctx.now) * 1_000_000n + BigInt(ctx.state.revision % 1_000_000)).toString(16)}`, namespace },
    involvedObject: { kind: involved.kind, name: involved.metadata.name, namespace, uid: involved.metadata.uid ?? "", apiVersion: involved.apiVersion },
    reason,
    message,
    type,
    source: host ? { component, host } : { component },
    firstTimestamp: at,
    lastTimestamp: at,
    count: 1,
  };
  if (dispatchCreate(ctx, event).ok) ctx.state.eventKeys[correlation] = calculateObjectKey(namespace, event.metadata.name);
}
