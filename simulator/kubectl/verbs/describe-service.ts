import type { Endpoints, Service } from "../../k8s/api/types";
import { findObject, type ClusterState } from "../../k8s/store/store";
import { findTypeByKind, type ResourceType } from "../../k8s/api/resources";
import { formatEvents, formatMultiline } from "./describe-events";

/**
 * `kubectl describe service` (kubectl pkg/describe describeService): type,
 * addresses, each port with its target port and the endpoints behind it
 * (`<none>` when the selector matches no ready pod).
 */
export function formatServiceDescription(state: ClusterState, svc: Service, now: number): string {
  const spec = svc.spec;
  const type = spec.type ?? "ClusterIP";
  let text = `Name:\t${svc.metadata.name}\nNamespace:\t${svc.metadata.namespace ?? "default"}\n`;
  text += formatMultiline("Labels:", svc.metadata.labels, "=");
  const annotations = { ...(svc.metadata.annotations ?? {}) };
  delete annotations["kubectl.kubernetes.io/last-applied-configuration"];
  text += formatMultiline("Annotations:", annotations, ": ");
  const selector = Object.entries(spec.selector ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(",");
  text += `Selector:\t${selector || "<none>"}\nType:\t${type}\n`;
  if (type === "ExternalName") text += `External Name:\t${spec.externalName ?? ""}\n`;
  else {
    text += `IP Family Policy:\t${String(spec.ipFamilyPolicy ?? "SingleStack")}\nIP Families:\t${((spec.ipFamilies as string[] | undefined) ?? ["IPv4"]).join(",")}\n`;
    text += `IP:\t${spec.clusterIP ?? ""}\nIPs:\t${(spec.clusterIPs ?? []).join(",")}\n`;
  }
  if (type === "LoadBalancer") text += `LoadBalancer Ingress:\t${(svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? "").join(", ")}\n`;
  const ep = findObject(state, findTypeByKind("Endpoints") as ResourceType, svc.metadata.namespace, svc.metadata.name) as Endpoints | undefined;
  for (const p of spec.ports ?? []) {
    const name = p.name ?? "<unset>";
    text += `Port:\t${name}\t${p.port}/${p.protocol ?? "TCP"}\nTargetPort:\t${String(p.targetPort ?? p.port)}/${p.protocol ?? "TCP"}\n`;
    if (p.nodePort && (type === "NodePort" || type === "LoadBalancer")) text += `NodePort:\t${name}\t${p.nodePort}/${p.protocol ?? "TCP"}\n`;
    const addresses: string[] = [];
    for (const s of ep?.subsets ?? []) {
      const port = (s.ports ?? []).find((x) => (x.name ?? "") === (p.name ?? "")) ?? s.ports?.[0];
      for (const a of s.addresses ?? []) addresses.push(`${a.ip}:${port?.port ?? p.port}`);
    }
    text += `Endpoints:\t${addresses.length ? addresses.slice(0, 3).join(",") + (addresses.length > 3 ? ` + ${addresses.length - 3} more...` : "") : "<none>"}\n`;
  }
  text += `Session Affinity:\t${String(spec.sessionAffinity ?? "None")}\n`;
  if (type === "NodePort" || type === "LoadBalancer") text += `External Traffic Policy:\t${String(spec.externalTrafficPolicy ?? "Cluster")}\n`;
  if (spec.internalTrafficPolicy) text += `Internal Traffic Policy:\t${String(spec.internalTrafficPolicy)}\n`;
  return text + formatEvents(state, svc, now);
}
