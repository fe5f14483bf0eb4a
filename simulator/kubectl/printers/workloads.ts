import { formatSelector } from "../../k8s/api/labels";
import type { Deployment, KubeObject, LabelSelector, PodTemplateSpec, ReplicaSet } from "../../k8s/api/types";
import { formatAge } from "./age";
import type { KindPrinter } from "./types";

function containersAndImages(template: PodTemplateSpec | undefined): string[] {
  const containers = template?.spec?.containers ?? [];
  return [containers.map((c) => c.name).join(","), containers.map((c) => c.image).join(",")];
}

/** `kubectl get deployments` (printDeployment). */
export const DEPLOYMENT_PRINTER: KindPrinter = {
  columns: ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"],
  wide: ["CONTAINERS", "IMAGES", "SELECTOR"],
  cells(o, ctx) {
    const d = o as Deployment;
    return [d.metadata.name, `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`, String(d.status?.updatedReplicas ?? 0), String(d.status?.availableReplicas ?? 0), formatAge(d, ctx.now)];
  },
  wideCells(o) {
    const d = o as Deployment;
    return [...containersAndImages(d.spec.template), formatSelector(d.spec.selector)];
  },
};

/** `kubectl get replicasets` (printReplicaSet); ReplicationControllers print the same columns. */
export const REPLICASET_PRINTER: KindPrinter = {
  columns: ["NAME", "DESIRED", "CURRENT", "READY", "AGE"],
  wide: ["CONTAINERS", "IMAGES", "SELECTOR"],
  cells(o, ctx) {
    const rs = o as ReplicaSet;
    return [rs.metadata.name, String(rs.spec.replicas ?? 1), String(rs.status?.replicas ?? 0), String(rs.status?.readyReplicas ?? 0), formatAge(rs, ctx.now)];
  },
  wideCells(o) {
    const rs = o as ReplicaSet;
    const sel: LabelSelector = rs.kind === "ReplicationController" ? { matchLabels: rs.spec.selector as unknown as Record<string, string> } : rs.spec.selector;
    return [...containersAndImages(rs.spec.template), formatSelector(sel)];
  },
};

interface Spec {
  replicas?: number;
  template?: PodTemplateSpec;
  selector?: LabelSelector;
  nodeSelector?: Record<string, string>;
  completions?: number;
}

function spec(o: KubeObject): Spec {
  return (o.spec ?? {}) as Spec;
}

function status(o: KubeObject): Record<string, number | undefined> {
  return (o.status ?? {}) as Record<string, number | undefined>;
}

/** `kubectl get statefulsets` (printStatefulSet): READY is status.readyReplicas (written by k8s/controllers/statefulset.ts) over spec.replicas. */
export const STATEFULSET_PRINTER: KindPrinter = {
  columns: ["NAME", "READY", "AGE"],
  wide: ["CONTAINERS", "IMAGES"],
  cells: (o, ctx) => [o.metadata.name, `${status(o).readyReplicas ?? 0}/${spec(o).replicas ?? 1}`, formatAge(o, ctx.now)],
  wideCells: (o) => containersAndImages(spec(o).template),
};

/** `kubectl get daemonsets` (printDaemonSet). */
export const DAEMONSET_PRINTER: KindPrinter = {
  columns: ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"],
  wide: ["CONTAINERS", "IMAGES", "SELECTOR"],
  cells(o, ctx) {
    const s = status(o);
    const ns = Object.entries(spec(o).template?.spec?.nodeSelector ?? {}).map(([k, v]) => `${k}=${v}`).join(",") || "<none>";
    return [o.metadata.name, String(s.desiredNumberScheduled ?? 0), String(s.currentNumberScheduled ?? 0), String(s.numberReady ?? 0), String(s.updatedNumberScheduled ?? 0), String(s.numberAvailable ?? 0), ns, formatAge(o, ctx.now)];
  },
  wideCells: (o) => [...containersAndImages(spec(o).template), formatSelector(spec(o).selector)],
};
