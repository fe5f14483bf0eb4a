import type { Pod, Service } from "../../k8s/api/types";
import { listKind } from "../../k8s/store/store";
import { failWith, type KubectlCommand, type KubectlHost } from "../command";
import { failTarget, findTarget } from "../target";

/** `[LOCAL:]REMOTE` as kubectl port-forward reads it (pkg/cmd/portforward/portforward.go parsePorts). */
function parsePortPair(text: string): { local: number; remote: number | string } | undefined {
  const [a, b] = text.includes(":") ? text.split(":", 2) : [text, text];
  const local = a === "" ? 0 : Number(a);
  if (!Number.isInteger(local) || local < 0 || local > 65535 || b === undefined || b === "") return undefined;
  const remote = /^\d+$/.test(b) ? Number(b) : b;
  return { local, remote };
}

/** The pod a port-forward target stands for: the pod itself, or the first running pod a workload or Service selects (polymorphichelpers AttachablePodForObject). */
export function findForwardPod(host: KubectlHost, kind: string, object: { metadata: { namespace?: string }; spec?: unknown }): Pod | undefined {
  if (kind === "Pod") return object as Pod;
  const spec = object.spec as { selector?: { matchLabels?: Record<string, string> } | Record<string, string> } | undefined;
  const raw = spec?.selector ?? {};
  const labels = (kind === "Service" ? raw : ((raw as { matchLabels?: Record<string, string> }).matchLabels ?? {})) as Record<string, string>;
  const pods = listKind<Pod>(host.cluster.state, "Pod", object.metadata.namespace ?? host.namespace).filter((p) => !p.metadata.deletionTimestamp && Object.entries(labels).every(([k, v]) => p.metadata.labels?.[k] === v));
  return pods.find((p) => p.status?.phase === "Running") ?? pods[0];
}

/** A Service port's container port on `pod` (kubectl portforward.go translateServicePortToTargetPort). */
function translateServicePort(svc: Service, pod: Pod, port: number | string): number | string {
  const sp = (svc.spec.ports ?? []).find((p) => p.port === port || p.name === port);
  if (!sp) return typeof port === "number" ? -port : port;
  const target = sp.targetPort ?? sp.port;
  if (typeof target === "number") return target;
  for (const c of pod.spec.containers) for (const p of c.ports ?? []) if (p.name === target) return p.containerPort;
  return /^\d+$/.test(target) ? Number(target) : target;
}

/**
 * `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE…` (kubectl
 * pkg/cmd/portforward/portforward.go): listens on 127.0.0.1 and ::1 and
 * prints `Forwarding from …` for each; a curl to the local port then reaches
 * the pod's port (kubectl/service-routing.ts). A Service's port is first
 * translated to the pod's target port.
 * Simplification: the forward is not a foreground process: the command
 * returns after printing (with a note) and the forward stays open for the
 * rest of the session; `Handling connection for …` lines are not printed.
 */
export const PORT_FORWARD_COMMAND: KubectlCommand = {
  name: "port-forward",
  flags: [{ name: "address", kind: "string", usage: "Addresses to listen on (comma separated)." }],
  run(host, args) {
    if (args.length < 2) return failWith(host, "TYPE/NAME and list of ports are required for port-forward");
    const first = args[0] ?? "";
    const target = findTarget(host, first.includes("/") ? [first] : ["pod", first]);
    if (!target.ok) return failTarget(host, target);
    const pod = findForwardPod(host, target.object.kind, target.object as { metadata: { namespace?: string }; spec?: unknown });
    if (!pod) return failWith(host, `no pods found for ${first}`);
    if (pod.status?.phase !== "Running") return failWith(host, `unable to forward port because pod is not running. Current status=${pod.status?.phase ?? "Pending"}`);
    const pairs: { local: number; remote: number }[] = [];
    for (const text of args.slice(1)) {
      const pair = parsePortPair(text);
      if (!pair) return failWith(host, `Error parsing local port '${text.split(":")[0] ?? ""}': strconv.ParseUint: parsing "${text.split(":")[0] ?? ""}": invalid syntax`);
      let remote = pair.remote;
      if (target.object.kind === "Service") {
        remote = translateServicePort(target.object as Service, pod, remote);
        if (typeof remote === "number" && remote < 0) return failWith(host, `Service ${target.object.metadata.name} does not have a service port ${-remote}`);
      }
      if (typeof remote === "string") {
        const named = pod.spec.containers.flatMap((c) => c.ports ?? []).find((p) => p.name === remote);
        if (!named) return failWith(host, `Pod '${pod.metadata.name}' does not have a named port '${remote}'`);
        remote = named.containerPort;
      }
      pairs.push({ local: pair.local === 0 ? remote : pair.local, remote });
    }
    const forwards = (host.cluster.snapshot.forwards ??= []);
    for (const p of pairs) {
      if (forwards.some((f) => f.localPort === p.local)) {
        host.out.err(
          `Unable to listen on port ${p.local}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:${p.local}: bind: address already in use unable to create listener: Error listen tcp6 [::1]:${p.local}: bind: address already in use]\n`,
        );
        return failWith(host, `unable to listen on any of the requested ports: [{${p.local} ${p.remote}}]`);
      }
    }
    for (const p of pairs) {
      forwards.push({ localPort: p.local, namespace: pod.metadata.namespace ?? host.namespace, pod: pod.metadata.name, podPort: p.remote });
      host.out.out(`Forwarding from 127.0.0.1:${p.local} -> ${p.remote}\nForwarding from [::1]:${p.local} -> ${p.remote}\n`);
    }
    host.out.err("Dockyard: port-forward keeps running in the background in this shell; curl the local port to reach the pod.\n");
    return 0;
  },
};
