import { z } from "zod";
import type { Endpoints, Service } from "../../k8s/api/types";
import { findClusterObject, NAMESPACE, NO_CLUSTER, readClusterState } from "../cluster-params";
import { definePredicate } from "../define";

/** A Service has ready endpoints: its selector picks ready pods (the Endpoints object of the same name, `kubectl get endpoints NAME`). */
export const k8sServiceEndpoints = definePredicate({
  kind: "k8s-service-endpoints",
  source: "kubernetes",
  summary: "A Service exists and its selector finds at least `minEndpoints` ready pods (`kubectl get endpoints NAME`), optionally of a type and with a node port.",
  params: {
    name: z.string().min(1).describe("Service name"),
    ...NAMESPACE,
    minEndpoints: z.number().int().min(1).default(1).describe("ready pod addresses it must have at least"),
    type: z.enum(["ClusterIP", "NodePort", "LoadBalancer"]).optional().describe("the Service's type"),
    nodePort: z.number().int().min(1).max(65535).optional().describe("a node port it must open (spec.ports[].nodePort)"),
  },
  example: { name: "web", minEndpoints: 3, type: "ClusterIP" },
  evaluate(check, ctx) {
    const state = readClusterState(ctx);
    if (!state) return { passed: false, detail: NO_CLUSTER };
    const svc = findClusterObject(state, "Service", check.namespace, check.name) as Service | undefined;
    if (!svc) return { passed: false, detail: `There is no Service ${check.name} in namespace ${check.namespace}.` };
    const type = svc.spec.type ?? "ClusterIP";
    if (check.type !== undefined && type !== check.type) return { passed: false, detail: `Service ${check.name} is of type ${type}, not ${check.type}.` };
    const nodePorts = (svc.spec.ports ?? []).map((p) => p.nodePort).filter((p) => p !== undefined);
    if (check.nodePort !== undefined && !nodePorts.includes(check.nodePort)) return { passed: false, detail: `Service ${check.name} opens ${nodePorts.length > 0 ? `node port ${nodePorts.join(", ")}` : "no node port"}, not ${check.nodePort}.` };
    const ep = findClusterObject(state, "Endpoints", check.namespace, check.name) as Endpoints | undefined;
    const ready = (ep?.subsets ?? []).reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
    const notReady = (ep?.subsets ?? []).reduce((n, s) => n + (s.notReadyAddresses?.length ?? 0), 0);
    if (ready >= check.minEndpoints) return { passed: true, detail: `Service ${check.name} has ${ready} ready endpoint${ready === 1 ? "" : "s"}.` };
    const selector = Object.entries(svc.spec.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(",") || "<none>";
    const why = ready === 0 && notReady === 0 ? ` No pod carries its selector's labels (${selector}); compare with \`kubectl get pods --show-labels\`.` : notReady > 0 ? ` ${notReady} selected pod${notReady === 1 ? " is" : "s are"} not ready.` : "";
    return { passed: false, detail: `Service ${check.name} has ${ready} of ${check.minEndpoints} ready endpoints.${why}` };
  },
});
