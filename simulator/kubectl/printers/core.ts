import type { Endpoints, EventObject, KubeObject, NodeObject, Service } from "../../k8s/api/types";
import { formatHumanDuration, parseTimestamp } from "../../k8s/api/duration";
import { formatAge } from "./age";
import type { KindPrinter } from "./types";

/** `kubectl get services` (printService). */
export const SERVICE_PRINTER: KindPrinter = {
  columns: ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
  wide: ["SELECTOR"],
  cells(o, ctx) {
    const svc = o as Service;
    const type = svc.spec.type ?? "ClusterIP";
    const ingress = svc.status?.loadBalancer?.ingress?.map((i) => i.ip ?? i.hostname ?? "").filter(Boolean) ?? [];
    let external = svc.spec.externalIPs?.length ? svc.spec.externalIPs.join(",") : "<none>";
    if (type === "LoadBalancer") external = ingress.length ? ingress.join(",") : "<pending>";
    if (type === "ExternalName") external = svc.spec.externalName ?? "<none>";
    const ports = (svc.spec.ports ?? []).map((p) => (p.nodePort && (type === "NodePort" || type === "LoadBalancer") ? `${p.port}:${p.nodePort}/${p.protocol ?? "TCP"}` : `${p.port}/${p.protocol ?? "TCP"}`)).join(",") || "<none>";
    return [svc.metadata.name, type, svc.spec.clusterIP ?? "<none>", external, ports, formatAge(svc, ctx.now)];
  },
  wideCells(o) {
    const sel = (o as Service).spec.selector;
    return [sel && Object.keys(sel).length ? Object.entries(sel).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(",") : "<none>"];
  },
};

/** `kubectl get namespaces`. */
export const NAMESPACE_PRINTER: KindPrinter = {
  columns: ["NAME", "STATUS", "AGE"],
  cells: (o, ctx) => [o.metadata.name, String((o.status as { phase?: string } | undefined)?.phase ?? "Active"), formatAge(o, ctx.now)],
};

/** `kubectl get nodes` (printNode). */
export const NODE_PRINTER: KindPrinter = {
  columns: ["NAME", "STATUS", "ROLES", "AGE", "VERSION"],
  wide: ["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"],
  cells(o, ctx) {
    const n = o as NodeObject;
    const ready = n.status.conditions.find((c) => c.type === "Ready");
    // printNode: Ready when True, NotReady for False and Unknown alike; Unknown only without a Ready condition.
    let status = ready === undefined ? "Unknown" : ready.status === "True" ? "Ready" : "NotReady";
    if (n.spec.unschedulable) status += ",SchedulingDisabled";
    const roles = Object.keys(n.metadata.labels ?? {}).filter((k) => k.startsWith("node-role.kubernetes.io/")).map((k) => k.slice("node-role.kubernetes.io/".length)).sort();
    return [n.metadata.name, status, roles.join(",") || "<none>", formatAge(n, ctx.now), n.status.nodeInfo.kubeletVersion];
  },
  wideCells(o) {
    const n = o as NodeObject;
    const addr = (t: string): string => n.status.addresses.find((a) => a.type === t)?.address ?? "<none>";
    return [addr("InternalIP"), addr("ExternalIP"), n.status.nodeInfo.osImage, n.status.nodeInfo.kernelVersion, n.status.nodeInfo.containerRuntimeVersion];
  },
};

/** `kubectl get endpoints` (printEndpoints: up to 3 `ip:port`, then ` + N more...`). */
export const ENDPOINTS_PRINTER: KindPrinter = {
  columns: ["NAME", "ENDPOINTS", "AGE"],
  cells(o, ctx) {
    const all: string[] = [];
    for (const s of (o as Endpoints).subsets ?? []) for (const a of s.addresses ?? []) for (const p of s.ports ?? [{ port: 0, protocol: "TCP" }]) all.push(`${a.ip}:${p.port}`);
    const text = all.length === 0 ? "<none>" : all.slice(0, 3).join(",") + (all.length > 3 ? ` + ${all.length - 3} more...` : "");
    return [o.metadata.name, text, formatAge(o, ctx.now)];
  },
};

/** `kubectl get configmaps`. */
export const CONFIGMAP_PRINTER: KindPrinter = {
  columns: ["NAME", "DATA", "AGE"],
  cells: (o, ctx) => [o.metadata.name, String(Object.keys((o.data as object | undefined) ?? {}).length + Object.keys((o.binaryData as object | undefined) ?? {}).length), formatAge(o, ctx.now)],
};

/** `kubectl get secrets`. */
export const SECRET_PRINTER: KindPrinter = {
  columns: ["NAME", "TYPE", "DATA", "AGE"],
  cells: (o, ctx) => [o.metadata.name, String(o.type ?? "Opaque"), String(Object.keys((o.data as object | undefined) ?? {}).length), formatAge(o, ctx.now)],
};

/** `kubectl get events` (printEvent): LAST SEEN, TYPE, REASON, OBJECT, MESSAGE. */
export const EVENT_PRINTER: KindPrinter = {
  columns: ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"],
  cells(o, ctx) {
    const e = o as EventObject;
    const last = parseTimestamp(e.lastTimestamp) ?? ctx.now;
    return [formatHumanDuration(ctx.now - last), e.type, e.reason, `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`, e.message];
  },
};

/** Kinds without a printer of their own: NAME and AGE (the server's default table). */
export const DEFAULT_PRINTER: KindPrinter = {
  columns: ["NAME", "AGE"],
  cells: (o: KubeObject, ctx) => [o.metadata.name, formatAge(o, ctx.now)],
};
