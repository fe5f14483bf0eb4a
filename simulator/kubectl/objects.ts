import { dispatchDefaults } from "../k8s/api/defaults";
import { findTypeForKind, type ResourceType } from "../k8s/api/resources";
import type { KubeObject, Service } from "../k8s/api/types";
import { calculateDecodeError, calculateValidationErrors } from "../k8s/api/validation";
import { listKind, type ApiError, type ClusterState, type StoreContext } from "../k8s/store/store";
import type { IdSource } from "../core/ids";

/** A manifest object ready to store, or the error kubectl prints for it. */
export type Prepared = { ok: true; object: KubeObject; type: ResourceType } | { ok: false; error: string; api?: ApiError };

/** The annotation kubectl apply keeps the applied manifest in. */
export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

/**
 * Maps a manifest object to its resource (RESTMapper), fills its namespace,
 * decodes (Secret base64, stringData into data), defaults and validates it,
 * as kubectl and the API server do before a create or apply.
 */
export function prepareObject(raw: KubeObject, namespace: string, explicitNamespace: boolean, source: string): Prepared {
  const object = structuredClone(raw);
  const type = findTypeForKind(object.apiVersion, object.kind);
  if (!type) {
    const ns = object.metadata.namespace ?? "";
    return { ok: false, error: `error: resource mapping not found for name: "${object.metadata.name}" namespace: "${ns}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first` };
  }
  if (type.namespaced) {
    if (object.metadata.namespace && explicitNamespace && object.metadata.namespace !== namespace) {
      return { ok: false, error: `error: the namespace from the provided object "${object.metadata.namespace}" does not match the namespace "${namespace}". You must pass '--namespace=${object.metadata.namespace}' to perform this operation.` };
    }
    object.metadata.namespace ??= namespace;
  } else delete object.metadata.namespace;
  const decode = calculateDecodeError(object);
  if (decode) return { ok: false, error: decode, api: { reason: "BadRequest", message: decode } };
  if (object.kind === "Secret" && object.stringData && typeof object.stringData === "object") {
    const data = { ...((object.data as Record<string, string> | undefined) ?? {}) };
    for (const [k, v] of Object.entries(object.stringData as Record<string, unknown>)) data[k] = btoaUtf8(String(v));
    object.data = data;
    delete object.stringData;
  }
  delete object.status;
  dispatchDefaults(object);
  const errors = calculateValidationErrors(object);
  if (errors.length > 0) {
    const api: ApiError = { reason: "Invalid", message: "", kind: object.kind, name: object.metadata.name, causes: errors };
    return { ok: false, error: "", api };
  }
  return { ok: true, object, type };
}

function btoaUtf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/**
 * The Service registry's allocations on create: a ClusterIP from the service
 * CIDR 10.96.0.0/12 (random, avoiding the low static band), and node ports
 * from 30000–32767 for NodePort and LoadBalancer (fidelity reference §5.10).
 */
export function dispatchServiceAllocation(state: ClusterState, ids: IdSource, svc: Service): void {
  const spec = svc.spec;
  if ((spec.type ?? "ClusterIP") === "ExternalName") return;
  const services = listKind<Service>(state, "Service");
  if (!spec.clusterIP) {
    const used = new Set(services.map((s) => s.spec.clusterIP));
    const pick = (): string => {
      const n = 256 + ids.int((1 << 20) - 512);
      return `10.${96 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
    };
    let ip = pick();
    while (used.has(ip)) ip = pick();
    spec.clusterIP = ip;
  }
  if (spec.clusterIP !== "None") spec.clusterIPs ??= [spec.clusterIP];
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") {
    const used = new Set(services.flatMap((s) => (s.spec.ports ?? []).map((p) => p.nodePort)));
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      let port = 30000 + ids.int(2768);
      while (used.has(port)) port = 30000 + ids.int(2768);
      used.add(port);
      p.nodePort = port;
    }
  }
  if (spec.type === "LoadBalancer") svc.status = { loadBalancer: {} };
}

/** A JSON merge of the applied change (last applied → new manifest) into the live object (kubectl apply's three-way merge, simplified to JSON merge semantics: lists are replaced whole). */
export function calculateThreeWayMerge(live: Record<string, unknown>, last: Record<string, unknown> | undefined, next: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(next)) {
    const current = live[key];
    if (isPlain(value) && isPlain(current)) calculateThreeWayMerge(current, isPlain(last?.[key]) ? (last?.[key] as Record<string, unknown>) : undefined, value);
    else live[key] = structuredClone(value);
  }
  for (const key of Object.keys(last ?? {})) if (!(key in next)) delete live[key];
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** A store context's `now` as seen by mutating commands. */
export type { StoreContext };
