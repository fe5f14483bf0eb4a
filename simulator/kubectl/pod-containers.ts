import { getOwn } from "../core/own";
import { findImageExecutables } from "../engine/build";
import type { Engine } from "../engine/engine";
import { createRootfsProgram } from "../engine/rootfs-process";
import type { Pod } from "../k8s/api/types";
import { calculateEnvMap, dispatchStart, resolveExecutable } from "../runtime/containers";
import { createInitialState, type ContainerRecord } from "../runtime/types";
import type { ClusterSnapshot } from "./cluster";

/** A pod container as the node's Docker engine holds it, or why there is none. */
export type PodContainerLookup = { ok: true; record: ContainerRecord } | { ok: false; reason: "not-running" | "no-image" };

/**
 * The Docker container behind a running pod container, as cri-dockerd names
 * it on Docker Desktop (`k8s_<container>_<pod>_<namespace>_<uid>_<attempt>`,
 * Mirantis/cri-dockerd core/naming.go): its image's process model started
 * with the pod's command, args and env, so its servers answer HTTP through
 * engine/http-servers.ts and `kubectl exec` runs over its root file system.
 * It is made on first use and kept in the cluster snapshot (plain JSON) until
 * the kubelet restarts the container (a new containerID).
 * Simplification: the record lives beside the cluster, not in the engine's
 * container table, as if Docker Desktop's "Show system containers" were off
 * (the default), so `docker ps` does not list it; its logs stay the kubelet's.
 */
export function findPodContainer(snapshot: ClusterSnapshot, engine: Engine, pod: Pod, containerName: string): PodContainerLookup {
  const spec = pod.spec.containers.find((c) => c.name === containerName);
  const status = pod.status?.containerStatuses?.find((s) => s.name === containerName);
  if (!spec || !status?.state.running || !status.containerID) return { ok: false, reason: "not-running" };
  const id = status.containerID.replace(/^docker:\/\//, "");
  const key = `${pod.metadata.uid ?? ""}/${containerName}`;
  const records = (snapshot.podContainers ??= {});
  const kept = getOwn(records, key);
  if (kept && kept.id === id) return { ok: true, record: kept };
  const ref = engine.parseReference(spec.image);
  const image = ref.ok ? engine.findImage(spec.image, ref.value) : undefined;
  if (!image) return { ok: false, reason: "no-image" };
  const imageConfig = image.config;
  const entrypoint = spec.command ?? imageConfig.Entrypoint ?? [];
  const cmd = spec.args ?? (spec.command ? [] : (imageConfig.Cmd ?? []));
  const argv = [...entrypoint, ...cmd];
  const env = [...imageConfig.Env, ...(spec.env ?? []).map((e) => `${e.name}=${e.value ?? ""}`)];
  const ns = pod.metadata.namespace ?? "default";
  const record: ContainerRecord = {
    id,
    name: `k8s_${containerName}_${pod.metadata.name}_${ns}_${pod.metadata.uid ?? ""}_${status.restartCount}`,
    created: engine.clock.now(),
    imageId: image.id,
    path: argv[0] ?? "",
    args: argv.slice(1),
    config: {
      // A pod's containers share the pod's hostname: the pod name (kubelet: pkg/kubelet/kubelet_pods.go GeneratePodHostNameAndDomain).
      Hostname: pod.metadata.name,
      User: imageConfig.User,
      Env: env,
      Cmd: cmd.length > 0 ? cmd : null,
      Entrypoint: entrypoint.length > 0 ? entrypoint : null,
      WorkingDir: imageConfig.WorkingDir,
      Image: spec.image,
      Labels: { "io.kubernetes.pod.name": pod.metadata.name, "io.kubernetes.pod.namespace": ns, "io.kubernetes.container.name": containerName },
      Tty: false,
      OpenStdin: false,
    },
    hostConfig: { AutoRemove: false },
    state: createInitialState(),
    logs: [],
    process: null,
    restartCount: status.restartCount,
  };
  const found = resolveExecutable(record.path, findImageExecutables(engine, image), calculateEnvMap(env), record.config.WorkingDir || "/");
  const executable = "error" in found ? record.path : found.path;
  dispatchStart(record, executable, engine.clock.now(), createRootfsProgram(engine, record, image, executable));
  // The kubelet decides when the container ends; the record only answers while the pod says it runs.
  if (record.process) record.process.exitAt = null;
  record.logs = [];
  records[key] = record;
  return { ok: true, record };
}

/** Drops kept records of pods that are gone (called after each settle, cheap when there are none). */
export function dispatchPodContainerCleanup(snapshot: ClusterSnapshot, liveUids: ReadonlySet<string>): void {
  const records = snapshot.podContainers;
  if (!records) return;
  for (const key of Object.keys(records)) if (!liveUids.has(key.slice(0, key.indexOf("/")))) delete records[key];
}
