import { getOwn } from "../../core/own";

/** One API resource as discovery lists it (`kubectl api-resources`). */
export interface ResourceType {
  /** Plural resource name (`deployments`). */
  plural: string;
  kind: string;
  /** API group, "" for the core group. */
  group: string;
  /** The served version (`apps/v1` → `v1`). */
  version: string;
  namespaced: boolean;
  shortNames: string[];
  /** What `kubectl api-resources -o wide` lists as VERBS (unused so far). */
  verbs?: string[];
}

function r(plural: string, kind: string, groupVersion: string, namespaced: boolean, shortNames: string[] = []): ResourceType {
  const slash = groupVersion.indexOf("/");
  const group = slash < 0 ? "" : groupVersion.slice(0, slash);
  const version = slash < 0 ? groupVersion : groupVersion.slice(slash + 1);
  return { plural, kind, group, version, namespaced, shortNames };
}

/**
 * The resources this cluster serves, in `kubectl api-resources` order (core
 * group first, then groups alphabetically) with the short names of a 1.30
 * API server (kubernetes/kubernetes: pkg/registry/<group>/<resource>/storage
 * ShortNames()).
 */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  r("bindings", "Binding", "v1", true),
  r("componentstatuses", "ComponentStatus", "v1", false, ["cs"]),
  r("configmaps", "ConfigMap", "v1", true, ["cm"]),
  r("endpoints", "Endpoints", "v1", true, ["ep"]),
  r("events", "Event", "v1", true, ["ev"]),
  r("limitranges", "LimitRange", "v1", true, ["limits"]),
  r("namespaces", "Namespace", "v1", false, ["ns"]),
  r("nodes", "Node", "v1", false, ["no"]),
  r("persistentvolumeclaims", "PersistentVolumeClaim", "v1", true, ["pvc"]),
  r("persistentvolumes", "PersistentVolume", "v1", false, ["pv"]),
  r("pods", "Pod", "v1", true, ["po"]),
  r("podtemplates", "PodTemplate", "v1", true),
  r("replicationcontrollers", "ReplicationController", "v1", true, ["rc"]),
  r("resourcequotas", "ResourceQuota", "v1", true, ["quota"]),
  r("secrets", "Secret", "v1", true),
  r("serviceaccounts", "ServiceAccount", "v1", true, ["sa"]),
  r("services", "Service", "v1", true, ["svc"]),
  r("controllerrevisions", "ControllerRevision", "apps/v1", true),
  r("daemonsets", "DaemonSet", "apps/v1", true, ["ds"]),
  r("deployments", "Deployment", "apps/v1", true, ["deploy"]),
  r("replicasets", "ReplicaSet", "apps/v1", true, ["rs"]),
  r("statefulsets", "StatefulSet", "apps/v1", true, ["sts"]),
  r("horizontalpodautoscalers", "HorizontalPodAutoscaler", "autoscaling/v2", true, ["hpa"]),
  r("cronjobs", "CronJob", "batch/v1", true, ["cj"]),
  r("jobs", "Job", "batch/v1", true),
  r("endpointslices", "EndpointSlice", "discovery.k8s.io/v1", true),
  r("events", "Event", "events.k8s.io/v1", true, ["ev"]),
  r("ingressclasses", "IngressClass", "networking.k8s.io/v1", false),
  r("ingresses", "Ingress", "networking.k8s.io/v1", true, ["ing"]),
  r("networkpolicies", "NetworkPolicy", "networking.k8s.io/v1", true, ["netpol"]),
  r("poddisruptionbudgets", "PodDisruptionBudget", "policy/v1", true, ["pdb"]),
  r("clusterrolebindings", "ClusterRoleBinding", "rbac.authorization.k8s.io/v1", false),
  r("clusterroles", "ClusterRole", "rbac.authorization.k8s.io/v1", false),
  r("rolebindings", "RoleBinding", "rbac.authorization.k8s.io/v1", true),
  r("roles", "Role", "rbac.authorization.k8s.io/v1", true),
  r("storageclasses", "StorageClass", "storage.k8s.io/v1", false, ["sc"]),
];

/**
 * Versions a group still serves besides the preferred one
 * (autoscaling/v1 is served next to v2 in 1.30).
 */
const EXTRA_VERSIONS: Record<string, string[]> = { autoscaling: ["v1"] };

/** `apps/v1` for a resource type, `v1` for the core group. */
export function formatGroupVersion(type: ResourceType): string {
  return type.group === "" ? type.version : `${type.group}/${type.version}`;
}

/** The resource type a manifest's apiVersion and kind map to, or undefined (kubectl's RESTMapper: `no matches for kind`). */
export function findTypeForKind(apiVersion: string, kind: string): ResourceType | undefined {
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  return RESOURCE_TYPES.find(
    (t) => t.kind === kind && t.group === group && (t.version === version || (getOwn(EXTRA_VERSIONS, group) ?? []).includes(version)) && !(t.group === "events.k8s.io"),
  ) ?? (group === "events.k8s.io" && kind === "Event" && version === "v1" ? RESOURCE_TYPES.find((t) => t.group === "events.k8s.io") : undefined);
}

/** The stored type of a kind (the preferred version; Events live in the core group). */
export function findTypeByKind(kind: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.kind === kind && t.group !== "events.k8s.io");
}

/**
 * Resolves what a learner types after `kubectl get`: plural, singular, short
 * name or kind, optionally `.group` qualified (`deployments.apps`, `deploy`,
 * `Deployment`) (apimachinery RESTMapper ResourceFor, case-insensitive).
 */
export function resolveResourceType(text: string): ResourceType | undefined {
  const lower = text.toLowerCase();
  const dot = lower.indexOf(".");
  const name = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? undefined : lower.slice(dot + 1);
  const candidates = RESOURCE_TYPES.filter((t) => t.group !== "events.k8s.io" && (group === undefined || t.group === group || `${t.version}.${t.group}` === group));
  return candidates.find((t) => t.plural === name || t.kind.toLowerCase() === name || t.shortNames.includes(name));
}

/** `deployment.apps`, `service`: the name printer's kind prefix (cli-runtime pkg/printers/name.go). */
export function formatKindPrefix(type: ResourceType): string {
  return type.group === "" ? type.kind.toLowerCase() : `${type.kind.toLowerCase()}.${type.group}`;
}

/** `deployments.apps`, `pods`: the resource name in API status messages (`deployments.apps "x" not found`). */
export function formatQualifiedResource(type: ResourceType): string {
  return type.group === "" ? type.plural : `${type.plural}.${type.group}`;
}
