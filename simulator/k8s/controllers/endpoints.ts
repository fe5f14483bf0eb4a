import { matchesRequirements } from "../api/labels";
import type { Endpoints, Pod, Service } from "../api/types";
import { dispatchCreate, dispatchRemove, dispatchStatusWrite, findObject, listKind, type StoreContext } from "../store/store";
import { findTypeByKind, type ResourceType } from "../api/resources";
import { isPodReady } from "./pods";

function resolveTargetPort(pod: Pod, target: number | string | undefined, port: number): number | undefined {
  if (typeof target === "number") return target;
  if (target === undefined) return port;
  for (const c of pod.spec.containers ?? []) for (const p of c.ports ?? []) if (p.name === target) return p.containerPort;
  return /^\d+$/.test(target) ? Number(target) : undefined;
}

/**
 * The Endpoints controller (pkg/controller/endpoint/endpoints_controller.go):
 * for each Service with a selector, an Endpoints object of the same name
 * listing the ready pods' IPs (not-ready ones under notReadyAddresses) with
 * the resolved target ports.
 * Simplification: one subset for all pods; pods whose named port does not resolve are skipped.
 */
export function reconcileEndpoints(ctx: StoreContext): void {
  const epType = findTypeByKind("Endpoints") as ResourceType;
  const pods = listKind<Pod>(ctx.state, "Pod");
  for (const svc of listKind<Service>(ctx.state, "Service")) {
    const selector = svc.spec.selector;
    if (!selector || Object.keys(selector).length === 0) continue;
    const reqs = Object.entries(selector).map(([key, value]) => ({ key, operator: "=" as const, values: [value] }));
    const ns = svc.metadata.namespace ?? "default";
    const matched = pods.filter((p) => p.metadata.namespace === ns && p.status?.podIP && !p.metadata.deletionTimestamp && matchesRequirements(p.metadata.labels, reqs));
    const ports = svc.spec.ports ?? [];
    const first = matched[0];
    const subsets: NonNullable<Endpoints["subsets"]> = [];
    if (first) {
      const ready = matched.filter(isPodReady).map((p) => ({ ip: p.status?.podIP ?? "", nodeName: p.spec.nodeName ?? "", targetRef: { kind: "Pod", name: p.metadata.name, namespace: ns, uid: p.metadata.uid ?? "" } }));
      const notReady = matched.filter((p) => !isPodReady(p)).map((p) => ({ ip: p.status?.podIP ?? "" }));
      const epPorts = ports.map((sp) => ({ ...(sp.name ? { name: sp.name } : {}), port: resolveTargetPort(first, sp.targetPort, sp.port) ?? sp.port, protocol: sp.protocol ?? "TCP" }));
      subsets.push({ ...(ready.length ? { addresses: ready } : {}), ...(notReady.length ? { notReadyAddresses: notReady } : {}), ports: epPorts });
    }
    const existing = findObject(ctx.state, epType, ns, svc.metadata.name) as Endpoints | undefined;
    if (!existing) {
      const ep: Endpoints = { apiVersion: "v1", kind: "Endpoints", metadata: { name: svc.metadata.name, namespace: ns, labels: { ...(svc.metadata.labels ?? {}) } }, ...(subsets.length ? { subsets } : {}) };
      dispatchCreate(ctx, ep);
    } else if (JSON.stringify(existing.subsets ?? []) !== JSON.stringify(subsets)) {
      if (subsets.length) existing.subsets = subsets;
      else delete existing.subsets;
      dispatchStatusWrite(ctx, existing);
    }
  }
  // Endpoints whose Service is gone (the controller deletes them).
  const svcType = findTypeByKind("Service") as ResourceType;
  for (const ep of listKind<Endpoints>(ctx.state, "Endpoints")) {
    if (ep.metadata.name === "kubernetes" && ep.metadata.namespace === "default") continue;
    if (!findObject(ctx.state, svcType, ep.metadata.namespace, ep.metadata.name)) dispatchRemove(ctx, ep);
  }
}
