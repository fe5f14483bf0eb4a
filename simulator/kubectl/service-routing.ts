import { createContainerNetwork } from "../engine/container-network";
import type { Engine } from "../engine/engine";
import { deliverContainerHttp } from "../engine/http-servers";
import type { Endpoints, Pod, Service } from "../k8s/api/types";
import { listKind } from "../k8s/store/store";
import type { ContainerRecord } from "../runtime/types";
import { parseUrl, type ContainerNetwork, type NetworkResponse } from "../shell/commands/network";
import { Cluster, type ClusterSnapshot } from "./cluster";
import { findPodContainer } from "./pod-containers";

/** One HTTP request as curl sends it. */
interface Request {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  clientAddress: string;
}

/**
 * Delivers a request to a pod's IP and port: the container whose process
 * listens there answers (a pod's containers share one network namespace).
 * Nothing listening: connection refused, as the pod's kernel answers.
 */
export function deliverPodHttp(cluster: Cluster, engine: Engine, pod: Pod, port: number, request: Request): NetworkResponse {
  const address = pod.status?.podIP ?? "";
  for (const c of pod.spec.containers) {
    const found = findPodContainer(cluster.snapshot, engine, pod, c.name);
    if (!found.ok) continue;
    const outcome = deliverContainerHttp(engine, found.record, port, request);
    if (outcome.kind === "refused") continue;
    if (outcome.kind === "empty") return { kind: "empty", address };
    return { kind: "response", status: outcome.answer.status, headers: outcome.answer.headers, body: outcome.answer.body, address };
  }
  return { kind: "refused", address };
}

/**
 * kube-proxy's choice of backend for a Service port: one of the ready
 * addresses in the Service's Endpoints, with the resolved target port.
 * Simplification: backends are taken in turn (a counter in the snapshot), where
 * iptables mode picks one at random per connection.
 */
function chooseBackend(cluster: Cluster, svc: Service, servicePort: number): { pod: Pod; port: number } | undefined {
  const ns = svc.metadata.namespace ?? "default";
  const sp = (svc.spec.ports ?? []).find((p) => p.port === servicePort || p.nodePort === servicePort);
  if (!sp) return undefined;
  const ep = listKind<Endpoints>(cluster.state, "Endpoints", ns).find((e) => e.metadata.name === svc.metadata.name);
  const subset = ep?.subsets?.[0];
  const addresses = subset?.addresses ?? [];
  if (addresses.length === 0) return undefined;
  const epPort = subset?.ports?.find((p) => (sp.name ? p.name === sp.name : true))?.port ?? sp.port;
  const turn = (cluster.snapshot.routeTurn ?? 0) % addresses.length;
  cluster.snapshot.routeTurn = (cluster.snapshot.routeTurn ?? 0) + 1;
  const chosen = addresses[turn];
  const pod = listKind<Pod>(cluster.state, "Pod", ns).find((p) => p.metadata.uid === chosen?.targetRef?.uid);
  return pod ? { pod, port: epPort } : undefined;
}

/** Sends a request to a Service port through kube-proxy: no ready backend is a refused connection (kube-proxy's REJECT rule). */
export function deliverServiceHttp(cluster: Cluster, engine: Engine, svc: Service, port: number, request: Request, address: string): NetworkResponse {
  const backend = chooseBackend(cluster, svc, port);
  if (!backend) return { kind: "refused", address };
  const answer = deliverPodHttp(cluster, engine, backend.pod, backend.port, request);
  return { ...answer, address } as NetworkResponse;
}

/**
 * What answers on the Docker Desktop host's loopback for the cluster: an
 * active `kubectl port-forward` on that local port, then a NodePort
 * Service's node port or a LoadBalancer Service's port (Docker Desktop's
 * vpnkit-controller publishes both on localhost; docs.docker.com/desktop/
 * features/kubernetes, "Use localhost to reach NodePort and LoadBalancer
 * services"). Undefined: the cluster does not hold that port.
 */
export function answerClusterHostRequest(cluster: Cluster, engine: Engine, url: string, method: string, headers: Record<string, string>, body: string): NetworkResponse | undefined {
  const parsed = parseUrl(url);
  if ("error" in parsed) return undefined;
  if (!["localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0"].includes(parsed.host)) return undefined;
  cluster.settle(engine.clock.now());
  const request: Request = { method, path: parsed.path, headers, body, clientAddress: "192.168.65.3" };
  const address = parsed.host === "localhost" ? "::1" : parsed.host.replace(/^\[|\]$/g, "");
  const forward = (cluster.snapshot.forwards ?? []).find((f) => f.localPort === parsed.port);
  if (forward) {
    // port-forward binds 127.0.0.1 and ::1 only; the kubelet's stream reaches the pod's port from inside the pod.
    if (parsed.host === "0.0.0.0") return undefined;
    const pod = listKind<Pod>(cluster.state, "Pod", forward.namespace).find((p) => p.metadata.name === forward.pod);
    if (!pod || pod.status?.phase !== "Running") return { kind: "empty", address };
    return deliverPodHttp(cluster, engine, pod, forward.podPort, { ...request, clientAddress: "127.0.0.1" });
  }
  for (const svc of listKind<Service>(cluster.state, "Service")) {
    const type = svc.spec.type ?? "ClusterIP";
    if (type !== "NodePort" && type !== "LoadBalancer") continue;
    const byNodePort = (svc.spec.ports ?? []).some((p) => p.nodePort === parsed.port);
    const byLbPort = type === "LoadBalancer" && (svc.spec.ports ?? []).some((p) => p.port === parsed.port);
    if (!byNodePort && !byLbPort) continue;
    return deliverServiceHttp(cluster, engine, svc, parsed.port, request, address);
  }
  return undefined;
}

/** The names a Service answers to in cluster DNS from namespace `from` (CoreDNS kubernetes plugin: svc, svc.ns, svc.ns.svc, svc.ns.svc.cluster.local). */
function findServiceByName(cluster: Cluster, host: string, from: string): Service | undefined {
  const parts = host.replace(/\.$/, "").split(".");
  const [name, ns = from, ...rest] = parts;
  const suffix = rest.join(".");
  if (suffix !== "" && suffix !== "svc" && suffix !== "svc.cluster.local") return undefined;
  return listKind<Service>(cluster.state, "Service", ns).find((s) => s.metadata.name === name);
}

/**
 * The network a process in a pod sees: localhost is the pod itself, Service
 * names resolve through CoreDNS (search path `<ns>.svc.cluster.local
 * svc.cluster.local cluster.local`, kubernetes.io/docs/concepts/
 * services-networking/dns-pod-service) to the ClusterIP, which kube-proxy
 * sends to a ready endpoint; pod IPs are reached directly; anything else
 * goes out through the node's NAT to the simulated internet.
 */
export function createPodNetwork(cluster: Cluster, engine: Engine, pod: Pod, self: ContainerRecord): ContainerNetwork {
  const outside = createContainerNetwork(engine, self);
  const ns = pod.metadata.namespace ?? "default";
  return {
    request(url, method, headers, body): NetworkResponse {
      const parsed = parseUrl(url);
      if ("error" in parsed) return { kind: "unresolved" };
      const request: Request = { method, path: parsed.path, headers, body: body ?? "", clientAddress: pod.status?.podIP ?? "" };
      const host = parsed.host.replace(/^\[|\]$/g, "");
      if (host === "localhost" || host === "127.0.0.1" || host === "::1") {
        const answer = deliverPodHttp(cluster, engine, pod, parsed.port, { ...request, clientAddress: "127.0.0.1" });
        return { ...answer, address: "127.0.0.1" } as NetworkResponse;
      }
      const services = listKind<Service>(cluster.state, "Service");
      const svc = services.find((s) => s.spec.clusterIP === host) ?? findServiceByName(cluster, host, ns);
      if (svc) {
        if (svc.spec.type === "ExternalName" && svc.spec.externalName) return outside.request(url.replace(parsed.host, svc.spec.externalName), method, headers, body);
        const ip = svc.spec.clusterIP ?? "";
        // A headless Service's name resolves to the ready pods themselves.
        if (ip === "None" || ip === "") {
          const backend = chooseBackend(cluster, svc, parsed.port);
          return backend ? deliverPodHttp(cluster, engine, backend.pod, parsed.port, request) : { kind: "unresolved" };
        }
        return deliverServiceHttp(cluster, engine, svc, parsed.port, request, ip);
      }
      const target = listKind<Pod>(cluster.state, "Pod").find((p) => p.status?.podIP === host);
      if (target) return deliverPodHttp(cluster, engine, target, parsed.port, request);
      if (/\.(svc\.)?cluster\.local$/.test(host)) return { kind: "unresolved" };
      return outside.request(url, method, headers, body);
    },
  };
}

/**
 * The host's request as the world routes it: to the cluster when one exists
 * and holds the port (see {@link answerClusterHostRequest}), else undefined so
 * the Docker engine's published ports answer.
 */
export function answerSnapshotHostRequest(snapshot: ClusterSnapshot | undefined, engine: Engine, url: string, method: string, headers: Record<string, string>, body = ""): NetworkResponse | undefined {
  if (!snapshot) return undefined;
  return answerClusterHostRequest(new Cluster(snapshot, engine), engine, url, method, headers, body);
}
