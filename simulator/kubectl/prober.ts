import { findExecutable } from "../engine/container-exec";
import { openContainerFs, resolveContainerLayers } from "../engine/container-fs";
import type { Engine } from "../engine/engine";
import { deliverContainerHttp } from "../engine/http-servers";
import { runInContainer } from "../engine/rootfs-process";
import type { Probe } from "../k8s/api/probe";
import type { Container, Pod } from "../k8s/api/types";
import type { ProbeAction, ProbeOutcome } from "../k8s/kubelet/probes";
import { calculateEnvMap } from "../runtime/containers";
import type { ContainerRecord } from "../runtime/types";
import type { ClusterSnapshot } from "./cluster";
import { findPodContainer } from "./pod-containers";

/** A probe's port: a number, or the name of one of the container's ports (kubelet prober.go findPortByName). */
function resolvePort(container: Container, port: number | string): number | string {
  if (typeof port === "number") return port;
  if (/^\d+$/.test(port)) return Number(port);
  const named = container.ports?.find((p) => p.name === port);
  return named ? named.containerPort : port;
}

/** Which of the pod's containers listens on `port` (a pod's containers share its network namespace). */
function findListener(snapshot: ClusterSnapshot, engine: Engine, pod: Pod, port: number): ContainerRecord | undefined {
  for (const c of pod.spec.containers) {
    const found = findPodContainer(snapshot, engine, pod, c.name);
    if (found.ok && found.record.process?.listens?.some((l) => l.port === port && !["127.0.0.1", "::1"].includes(l.address ?? ""))) return found.record;
  }
  return undefined;
}

/** An HTTP probe (pkg/probe/http/http.go DoHTTPProbe): 200–399 success, else "HTTP probe failed with statuscode: N"; a refused dial is Go's error. */
function probeHttp(snapshot: ClusterSnapshot, engine: Engine, pod: Pod, container: Container, probe: NonNullable<Probe["httpGet"]>): ProbeOutcome {
  const host = probe.host ?? pod.status?.podIP ?? "";
  const port = resolvePort(container, probe.port);
  if (typeof port === "string") return { ok: false, output: `unable to find port "${port}"` };
  const path = probe.path ?? "/";
  const url = `${(probe.scheme ?? "HTTP").toLowerCase()}://${host}:${port}${path.startsWith("/") ? path : `/${path}`}`;
  const record = findListener(snapshot, engine, pod, port);
  if (!record) return { ok: false, output: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
  const headers: Record<string, string> = { Host: `${host}:${port}`, "User-Agent": "kube-probe/1.32", Accept: "*/*", Connection: "close" };
  for (const h of probe.httpHeaders ?? []) headers[h.name] = h.value;
  const outcome = deliverContainerHttp(engine, record, port, { method: "GET", path, headers, body: "", clientAddress: pod.status?.hostIP ?? "192.168.65.3" });
  if (outcome.kind === "refused") return { ok: false, output: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
  if (outcome.kind === "empty") return { ok: false, output: `Get "${url}": EOF` };
  const status = outcome.answer.status;
  return status >= 200 && status < 400 ? { ok: true, output: "" } : { ok: false, output: `HTTP probe failed with statuscode: ${status}` };
}

/** A TCP probe (pkg/probe/tcp/tcp.go DoTCPProbe): success when something accepts; else the dial error. */
function probeTcp(snapshot: ClusterSnapshot, engine: Engine, pod: Pod, container: Container, probe: NonNullable<Probe["tcpSocket"]>): ProbeOutcome {
  const host = probe.host ?? pod.status?.podIP ?? "";
  const port = resolvePort(container, probe.port);
  if (typeof port === "string") return { ok: false, output: `unable to find port "${port}"` };
  return findListener(snapshot, engine, pod, port) ? { ok: true, output: "" } : { ok: false, output: `dial tcp ${host}:${port}: connect: connection refused` };
}

/** An exec probe (pkg/probe/exec/exec.go): the command runs in the container; exit 0 is success and its output is the message. */
function probeExec(snapshot: ClusterSnapshot, engine: Engine, pod: Pod, container: Container, command: readonly string[]): ProbeOutcome {
  const found = findPodContainer(snapshot, engine, pod, container.name);
  if (!found.ok) return { ok: false, output: `container not found ("${container.name}")` };
  const record = found.record;
  const layers = resolveContainerLayers(engine, record);
  if (!layers) return { ok: false, output: `container not found ("${container.name}")` };
  const env = calculateEnvMap(record.config.Env);
  const workingDir = record.config.WorkingDir || "/";
  const missing = findExecutable(openContainerFs(engine, record, layers).fs, command[0] ?? "", env, workingDir);
  if (missing) return { ok: false, output: `OCI runtime exec failed: exec failed: unable to start container process: ${missing}: unknown` };
  const ran = runInContainer(engine, record, layers, { argv: [...command], env, workingDir, user: record.config.User, tty: false });
  // Simplification: the output is trimmed here, where kubectl describe trims the event message (describe.go DescribeEvents, strings.TrimSpace).
  return { ok: ran.status === 0, output: ran.output.map((c) => c.text).join("").trim() };
}

/**
 * The kubelet's prober on Docker Desktop: http and tcp probes reach the
 * pod's IP, where the container's process model answers through the HTTP
 * server table; exec probes run the command in the container's root file
 * system with its shell, as `kubectl exec` does.
 * Simplification: the container's own script is not run (image-service.ts),
 * so files it would create (`touch /tmp/healthy`) are not there for an exec
 * probe. A probe with no action succeeds (the API server rejects
 * one; validation is elsewhere); grpc probes are not modelled and succeed.
 */
export function createProber(snapshot: ClusterSnapshot, engine: Engine): ProbeAction {
  return (pod, container, probe) => {
    if (probe.httpGet) return probeHttp(snapshot, engine, pod, container, probe.httpGet);
    if (probe.tcpSocket) return probeTcp(snapshot, engine, pod, container, probe.tcpSocket);
    if (probe.exec) return probeExec(snapshot, engine, pod, container, probe.exec.command ?? []);
    return { ok: true, output: "" };
  };
}
