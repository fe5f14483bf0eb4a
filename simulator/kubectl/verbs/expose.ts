import type { Deployment, KubeObject, Pod, ReplicaSet } from "../../k8s/api/types";
import { failWith, flagString, type KubectlCommand } from "../command";
import { failTarget, findTarget } from "../target";
import { dispatchCreateAndPrint } from "./create";

function selectorOf(o: KubeObject): Record<string, string> | undefined {
  if (o.kind === "Pod" || o.kind === "Service") return o.kind === "Pod" ? o.metadata.labels : ((o.spec as { selector?: Record<string, string> }).selector);
  if (o.kind === "ReplicationController") return (o.spec as { selector?: Record<string, string> }).selector;
  return (o as Deployment | ReplicaSet).spec.selector.matchLabels;
}

function firstPort(o: KubeObject): number | undefined {
  const spec = o.kind === "Pod" ? (o as Pod).spec : (o as Deployment).spec.template?.spec;
  return spec?.containers?.flatMap((c) => c.ports ?? [])[0]?.containerPort;
}

/**
 * `kubectl expose TYPE NAME --port=P [--target-port] [--type] [--name]`
 * (kubernetes/kubectl pkg/cmd/expose): a Service selecting the workload's
 * pods; prints `service/NAME exposed`.
 */
export const EXPOSE_COMMAND: KubectlCommand = {
  name: "expose",
  flags: [
    { name: "port", kind: "string", usage: "The port that the service should serve on." },
    { name: "target-port", kind: "string", usage: "Name or number for the port on the container that the service should direct traffic to." },
    { name: "type", kind: "string", usage: "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName." },
    { name: "name", kind: "string", usage: "The name for the newly created object." },
    { name: "protocol", kind: "string", usage: "The network protocol for the service to be created." },
  ],
  run(host, args, flags) {
    const target = findTarget(host, args);
    if (!target.ok) return failTarget(host, target);
    const o = target.object;
    const selector = selectorOf(o);
    if (!selector || Object.keys(selector).length === 0) return failWith(host, `couldn't retrieve selectors via --selector flag or introspection: the ${o.kind} has no selector`);
    const portText = flagString(flags, "port");
    const port = portText !== undefined ? Number(portText) : firstPort(o);
    if (port === undefined || !Number.isInteger(port)) return failWith(host, "couldn't find port via --port flag or introspection");
    const targetText = flagString(flags, "target-port");
    const targetPort = targetText === undefined ? (firstPort(o) ?? port) : /^\d+$/.test(targetText) ? Number(targetText) : targetText;
    const svc: KubeObject = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: flagString(flags, "name") ?? o.metadata.name, ...(o.metadata.labels ? { labels: { ...o.metadata.labels } } : {}) },
      spec: { ports: [{ port, protocol: flagString(flags, "protocol") ?? "TCP", targetPort }], selector: { ...selector }, ...(flagString(flags, "type") ? { type: flagString(flags, "type") } : {}) },
    };
    const before = host.out.chunks.length;
    const ok = dispatchCreateAndPrint(host, svc, undefined, "");
    if (ok) {
      const chunk = host.out.chunks[before];
      if (chunk) chunk.text = chunk.text.replace(/ created\n$/, " exposed\n");
    }
    return ok ? 0 : 1;
  },
};
