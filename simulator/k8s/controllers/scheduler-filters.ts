import { calculateSelectorRequirements, matchesRequirements } from "../api/labels";
import type { LabelSelector, NodeObject, Pod } from "../api/types";

/** spec.tolerations[] (k8s.io/api core/v1 Toleration). */
export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** A node taint (core/v1 Taint). */
export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

/**
 * core/v1 Toleration.ToleratesTaint (k8s.io/api core/v1 toleration.go): an
 * empty effect matches every effect, an empty key with Exists matches every
 * key, Exists ignores the value, Equal (or no operator) compares it.
 */
export function calculateToleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  const op = toleration.operator ?? "Equal";
  if (op === "Exists") return true;
  if (op === "Equal" || op === "") return (toleration.value ?? "") === (taint.value ?? "");
  return false;
}

/** The pod's tolerations as typed. */
export function calculatePodTolerations(pod: Pod): Toleration[] {
  const list = pod.spec.tolerations;
  return Array.isArray(list) ? (list as Toleration[]) : [];
}

/** The first NoSchedule/NoExecute taint none of the tolerations tolerate (TaintToleration plugin, v1helper.FindMatchingUntoleratedTaint). */
export function calculateUntoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[]): Taint | undefined {
  return taints.find((t) => (t.effect === "NoSchedule" || t.effect === "NoExecute") && !tolerations.some((tol) => calculateToleratesTaint(tol, t)));
}

interface NodeSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

interface NodeSelectorTerm {
  matchExpressions?: NodeSelectorRequirement[];
  matchFields?: NodeSelectorRequirement[];
}

function matchesNodeRequirement(req: NodeSelectorRequirement, value: string | undefined): boolean {
  const values = req.values ?? [];
  switch (req.operator) {
    case "In":
      return value !== undefined && values.includes(value);
    case "NotIn":
      return value === undefined || !values.includes(value);
    case "Exists":
      return value !== undefined;
    case "DoesNotExist":
      return value === undefined;
    case "Gt":
    case "Lt": {
      const have = Number(value);
      const want = Number(values[0]);
      if (value === undefined || !Number.isInteger(have) || !Number.isInteger(want)) return false;
      return req.operator === "Gt" ? have > want : have < want;
    }
    default:
      return false;
  }
}

/**
 * The NodeAffinity filter (component-helpers scheduling/corev1/nodeaffinity):
 * spec.nodeSelector's labels all match, and when
 * requiredDuringSchedulingIgnoredDuringExecution is set, at least one
 * nodeSelectorTerm has all of its matchExpressions (labels: In, NotIn, Exists,
 * DoesNotExist, Gt, Lt) and matchFields (metadata.name) satisfied; a term with
 * no requirements matches nothing.
 */
export function calculateMatchesNodeAffinity(pod: Pod, node: NodeObject): boolean {
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries(pod.spec.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const affinity = pod.spec.affinity as { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: NodeSelectorTerm[] } } } | undefined;
  const required = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  return (required.nodeSelectorTerms ?? []).some((term) => {
    const exprs = term.matchExpressions ?? [];
    const fields = term.matchFields ?? [];
    if (exprs.length === 0 && fields.length === 0) return false;
    return exprs.every((r) => matchesNodeRequirement(r, Object.prototype.hasOwnProperty.call(labels, r.key) ? labels[r.key] : undefined)) && fields.every((r) => r.key === "metadata.name" && matchesNodeRequirement(r, node.metadata.name));
  });
}

/** One required pod (anti-)affinity term. */
interface PodAffinityTerm {
  labelSelector?: LabelSelector;
  namespaces?: string[];
  topologyKey: string;
}

function podTerms(pod: Pod, kind: "podAffinity" | "podAntiAffinity"): PodAffinityTerm[] {
  const affinity = pod.spec.affinity as Record<string, { requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[] } | undefined> | undefined;
  const terms = affinity?.[kind]?.requiredDuringSchedulingIgnoredDuringExecution;
  return Array.isArray(terms) ? terms : [];
}

/** Whether a term (declared by `owner`) selects `pod`: same namespace (or the term's list), and a labelSelector that matches (an empty one matches all, a missing one none). */
function termSelects(term: PodAffinityTerm, owner: Pod, pod: Pod): boolean {
  const namespaces = term.namespaces && term.namespaces.length > 0 ? term.namespaces : [owner.metadata.namespace ?? "default"];
  if (!namespaces.includes(pod.metadata.namespace ?? "default")) return false;
  if (!term.labelSelector) return false;
  return matchesRequirements(pod.metadata.labels, calculateSelectorRequirements(term.labelSelector));
}

/** Where a pod stands for inter-pod affinity: its node's labels. */
export interface PlacedPod {
  pod: Pod;
  nodeLabels: Record<string, string>;
}

/** Whether the pod carries required pod (anti-)affinity terms (the InterPodAffinity filter has work). */
export function calculateHasPodAffinity(pod: Pod): boolean {
  return podTerms(pod, "podAffinity").length > 0 || podTerms(pod, "podAntiAffinity").length > 0;
}

/**
 * The InterPodAffinity filter (pkg/scheduler/framework/plugins/interpodaffinity/filtering.go)
 * for one node: the reason it fails, or undefined, checked in the plugin's
 * order: the pod's required affinity ("node(s) didn't match pod affinity
 * rules"; a pod whose term matches itself may be the first of its group), its
 * anti-affinity ("didn't match pod anti-affinity rules"), then existing pods'
 * anti-affinity that selects it ("didn't satisfy existing pods anti-affinity
 * rules"). Pods sharing the node's value for topologyKey
 * (kubernetes.io/hostname: the same node) count.
 * Simplification: preferred (soft) terms and namespaceSelector are not read.
 */
export function calculateInterPodAffinityFailure(pod: Pod, nodeLabels: Record<string, string>, placed: readonly PlacedPod[], anyExistingAntiAffinity: boolean): string | undefined {
  const sameTopology = (other: PlacedPod, key: string): boolean => nodeLabels[key] !== undefined && other.nodeLabels[key] === nodeLabels[key];
  for (const term of podTerms(pod, "podAffinity")) {
    if (placed.some((other) => termSelects(term, pod, other.pod) && sameTopology(other, term.topologyKey))) continue;
    const noneAnywhere = !placed.some((other) => termSelects(term, pod, other.pod));
    if (noneAnywhere && termSelects(term, pod, pod) && nodeLabels[term.topologyKey] !== undefined) continue;
    return "node(s) didn't match pod affinity rules";
  }
  for (const term of podTerms(pod, "podAntiAffinity")) {
    if (placed.some((other) => termSelects(term, pod, other.pod) && sameTopology(other, term.topologyKey))) return "node(s) didn't match pod anti-affinity rules";
  }
  if (anyExistingAntiAffinity) {
    for (const other of placed) {
      for (const term of podTerms(other.pod, "podAntiAffinity")) if (termSelects(term, other.pod, pod) && sameTopology(other, term.topologyKey)) return "node(s) didn't satisfy existing pods anti-affinity rules";
    }
  }
  return undefined;
}

/** Whether any pod carries required anti-affinity (existing pods' terms then need checking). */
export function calculateHasAntiAffinity(pod: Pod): boolean {
  return podTerms(pod, "podAntiAffinity").length > 0;
}
