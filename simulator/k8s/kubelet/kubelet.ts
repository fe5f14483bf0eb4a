import { formatTimestamp, parseTimestamp } from "../api/duration";
import type { Container, NodeObject, Pod } from "../api/types";
import { dispatchEvent, dispatchRemove, dispatchStatusWrite, listKind, type ContainerRuntime, type StoreContext } from "../store/store";
import { parseQuantity } from "../api/quantity";
import { calculateAllocatedPodIp } from "./pod-ip";
import { statusOf, writePodStatus } from "./pod-status";
import { calculateReady, calculateStarted, reconcileProbes, type ProbeAction } from "./probes";
import { getOwn } from "../../core/own";

/** What the node's container runtime can tell and do (Docker Desktop: the local Docker engine). */
export interface ImageService {
  /** The image is in the node's image store; its ID when it is. */
  find(image: string): { imageID: string } | undefined;
  /** Pulls through the runtime's registries: how long it takes and the image size, or the runtime's error text. */
  pull(image: string): { ok: true; durationMs: number; size: number; imageID: string } | { ok: false; error: string };
  /** What the container's main process does once started: exits after some time with a code, or runs on; and what it logs. */
  start(image: string, container: Container): { exitAfterMs?: number; exitCode?: number; logs: string; memoryBytes?: number };
  /** Runs a probe's action against a running container (http, tcp, exec); without it probes are not run. */
  probe?: ProbeAction;
}

/** The first image-pull and crash back-off, and the cap (kubelet: 10 s doubling to 300 s; fidelity reference §5.3). */
export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;
/** A container that ran this long without trouble has its back-off reset (kubelet backOffPeriod reset, 10 min). */
const BACKOFF_RESET_MS = 600_000;
/** How long creating and starting a container takes once its image is there. */
const START_MS = 1_000;
/** How long ErrImagePull shows before the kubelet enters ImagePullBackOff. */
const PULL_ERROR_MS = 1_000;
/** How long a memory hog runs before it crosses its memory limit and is OOM-killed. */
const OOM_MS = 1_000;

function containerId(ctx: StoreContext): string {
  return `docker://${ctx.ids.hex(64)}`;
}


function kubeletEvent(ctx: StoreContext, pod: Pod, node: string, type: "Normal" | "Warning", reason: string, message: string): void {
  dispatchEvent(ctx, pod, type, reason, message, "kubelet", node);
}

function startContainer(ctx: StoreContext, pod: Pod, c: Container, rt: ContainerRuntime, images: ImageService, node: string, imageID: string): void {
  const s = statusOf(pod, c.name);
  const at = formatTimestamp(ctx.now);
  kubeletEvent(ctx, pod, node, "Normal", "Created", `Created container: ${c.name}`);
  kubeletEvent(ctx, pod, node, "Normal", "Started", `Started container ${c.name}`);
  if (rt.pendingRestart) {
    s.restartCount += 1;
    delete rt.pendingRestart;
  }
  const run = images.start(c.image, c);
  rt.phase = "running";
  rt.until = undefined;
  rt.startedAt = ctx.now;
  rt.logs = run.logs;
  delete rt.exitReason;
  const limit = parseQuantity(c.resources?.limits?.memory);
  if (limit !== undefined && run.memoryBytes !== undefined && run.memoryBytes > limit) {
    // The cgroup's memory limit is hit: the kernel's OOM killer ends the process with SIGKILL; the runtime reports OOMKilled, 137.
    // Simplification: the process reaches its limit OOM_MS after it starts, whatever its allocation rate.
    rt.exitAt = ctx.now + OOM_MS;
    rt.exitCode = 137;
    rt.exitReason = "OOMKilled";
  } else if (run.exitAfterMs !== undefined) {
    rt.exitAt = ctx.now + Math.max(1, run.exitAfterMs);
    rt.exitCode = run.exitCode ?? 0;
  } else {
    delete rt.exitAt;
    delete rt.exitCode;
  }
  s.imageID = imageID;
  s.containerID = containerId(ctx);
  s.state = { running: { startedAt: at } };
  delete rt.probes;
  s.ready = calculateReady(c, rt);
  s.started = calculateStarted(c, rt);
}

/**
 * The probe workers of a running container (k8s/kubelet/probes.ts): records
 * their Unhealthy events, keeps ready/started, and kills a container whose
 * liveness or startup probe failed ("Container web failed liveness probe,
 * will be restarted", kuberuntime_manager.go computePodActions), which then
 * restarts under the pod's restartPolicy and back-off.
 * Simplification: the kill is immediate and the exit code 137 (SIGKILL), as
 * for a PID 1 that ignores SIGTERM; the grace period is not waited for.
 */
function probeContainer(ctx: StoreContext, pod: Pod, c: Container, rt: ContainerRuntime, images: ImageService, node: string): number | undefined {
  if (rt.phase !== "running" || !images.probe || (!c.livenessProbe && !c.readinessProbe && !c.startupProbe)) return undefined;
  const pass = reconcileProbes(pod, c, rt, ctx.now, images.probe);
  for (const e of pass.events) kubeletEvent(ctx, pod, node, e.type, e.reason, e.message);
  const s = statusOf(pod, c.name);
  if (pass.kill) {
    kubeletEvent(ctx, pod, node, "Normal", "Killing", `Container ${c.name} failed ${pass.kill.toLowerCase()} probe, will be restarted`);
    rt.exitCode = 137;
    delete rt.exitReason;
    restartOrFinish(ctx, pod, c, rt, node);
    return rt.until;
  }
  s.ready = calculateReady(c, rt);
  s.started = calculateStarted(c, rt);
  return pass.wake;
}

function beginPull(ctx: StoreContext, pod: Pod, c: Container, rt: ContainerRuntime, images: ImageService, node: string): void {
  const policy = c.imagePullPolicy ?? "IfNotPresent";
  const found = images.find(c.image);
  const inFlight = getOwn(ctx.state.imagePulls ?? {}, c.image);
  if (inFlight !== undefined && inFlight.until > ctx.now && policy !== "Never") {
    // Serialized pulls (kubelet serializeImagePulls): this pod waits for the pull another pod started.
    kubeletEvent(ctx, pod, node, "Normal", "Pulling", `Pulling image "${c.image}"`);
    rt.phase = "pulling";
    rt.until = inFlight.until;
    rt.pullMs = inFlight.durationMs;
    rt.pullWaitMs = inFlight.until - ctx.now;
    rt.pullSize = inFlight.size;
    rt.imageID = found?.imageID ?? "";
    delete rt.pullError;
    return;
  }
  if (policy !== "Always" && found) {
    kubeletEvent(ctx, pod, node, "Normal", "Pulled", `Container image "${c.image}" already present on machine`);
    rt.phase = "starting";
    rt.until = ctx.now + START_MS;
    rt.imageID = found.imageID;
    return;
  }
  if (policy === "Never") {
    const message = `Container image "${c.image}" is not present with pull policy of Never`;
    kubeletEvent(ctx, pod, node, "Warning", "ErrImageNeverPull", message);
    statusOf(pod, c.name).state = { waiting: { reason: "ErrImageNeverPull", message } };
    rt.phase = "pull-backoff";
    rt.until = undefined;
    return;
  }
  kubeletEvent(ctx, pod, node, "Normal", "Pulling", `Pulling image "${c.image}"`);
  const pulled = images.pull(c.image);
  rt.phase = "pulling";
  if (pulled.ok) {
    rt.until = ctx.now + pulled.durationMs;
    rt.pullWaitMs = pulled.durationMs;
    (ctx.state.imagePulls ??= {})[c.image] = { until: rt.until, durationMs: pulled.durationMs, size: pulled.size };
    rt.pullMs = pulled.durationMs;
    rt.pullSize = pulled.size;
    rt.imageID = pulled.imageID;
    delete rt.pullError;
  } else {
    rt.until = ctx.now + PULL_ERROR_MS;
    rt.pullError = pulled.error;
  }
}

function restartOrFinish(ctx: StoreContext, pod: Pod, c: Container, rt: ContainerRuntime, node: string): void {
  const s = statusOf(pod, c.name);
  const code = rt.exitCode ?? 0;
  const started = s.state.running?.startedAt;
  s.state = { terminated: { exitCode: code, reason: rt.exitReason ?? (code === 0 ? "Completed" : "Error"), ...(started ? { startedAt: started } : {}), finishedAt: formatTimestamp(ctx.now) } };
  s.ready = false;
  s.started = false;
  rt.previousLogs = rt.logs;
  const policy = pod.spec.restartPolicy ?? "Always";
  if (policy === "Never" || (policy === "OnFailure" && code === 0)) {
    rt.phase = "exited";
    rt.until = undefined;
    delete rt.exitAt;
    return;
  }
  if (ctx.now - (rt.startedAt ?? ctx.now) >= BACKOFF_RESET_MS) rt.backoffMs = 0;
  s.lastState = s.state;
  rt.pendingRestart = true;
  delete rt.exitAt;
  if (rt.backoffMs === 0) {
    // The first restart is immediate; later ones wait 10 s, 20 s, 40 s… (fidelity reference §5.3).
    rt.backoffMs = BACKOFF_INITIAL_MS;
    kubeletEvent(ctx, pod, node, "Normal", "Pulled", `Container image "${c.image}" already present on machine`);
    rt.phase = "starting";
    rt.until = ctx.now;
    return;
  }
  const delay = rt.backoffMs;
  rt.backoffMs = Math.min(rt.backoffMs * 2, BACKOFF_MAX_MS);
  rt.phase = "crash-backoff";
  rt.until = ctx.now + delay;
  s.state = { waiting: { reason: "CrashLoopBackOff", message: `back-off ${Math.round(delay / 1000)}s restarting failed container=${c.name} pod=${pod.metadata.name}_${pod.metadata.namespace ?? "default"}(${pod.metadata.uid ?? ""})` } };
  kubeletEvent(ctx, pod, node, "Warning", "BackOff", `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace ?? "default"}(${pod.metadata.uid ?? ""})`);
}

function stepContainer(ctx: StoreContext, pod: Pod, c: Container, rt: ContainerRuntime, images: ImageService, node: string): void {
  const due = (t: number | undefined): boolean => t !== undefined && t <= ctx.now;
  for (let guard = 0; guard < 8; guard++) {
    if (rt.phase === "pulling" && due(rt.until)) {
      if (rt.pullError === undefined) {
        const secs = (ms: number | undefined): string => `${((ms ?? 0) / 1000).toFixed(3).replace(/\.?0+$/, "")}s`;
        kubeletEvent(ctx, pod, node, "Normal", "Pulled", `Successfully pulled image "${c.image}" in ${secs(rt.pullMs)} (${secs(rt.pullWaitMs ?? rt.pullMs)} including waiting). Image size: ${rt.pullSize ?? 0} bytes.`);
        startContainer(ctx, pod, c, rt, images, node, rt.imageID ?? "");
      } else {
        kubeletEvent(ctx, pod, node, "Warning", "Failed", `Failed to pull image "${c.image}": ${rt.pullError}`);
        kubeletEvent(ctx, pod, node, "Warning", "Failed", "Error: ErrImagePull");
        statusOf(pod, c.name).state = { waiting: { reason: "ErrImagePull", message: `${rt.pullError}` } };
        rt.phase = "pull-error";
        rt.until = ctx.now + PULL_ERROR_MS;
      }
    } else if (rt.phase === "pull-error" && due(rt.until)) {
      const delay = rt.backoffMs || BACKOFF_INITIAL_MS;
      rt.backoffMs = Math.min(delay * 2, BACKOFF_MAX_MS);
      kubeletEvent(ctx, pod, node, "Normal", "BackOff", `Back-off pulling image "${c.image}"`);
      kubeletEvent(ctx, pod, node, "Warning", "Failed", "Error: ImagePullBackOff");
      statusOf(pod, c.name).state = { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${c.image}": ErrImagePull: ${rt.pullError ?? ""}` } };
      rt.phase = "pull-backoff";
      rt.until = ctx.now + delay;
    } else if (rt.phase === "pull-backoff" && due(rt.until)) {
      beginPull(ctx, pod, c, rt, images, node);
    } else if (rt.phase === "crash-backoff" && due(rt.until)) {
      kubeletEvent(ctx, pod, node, "Normal", "Pulled", `Container image "${c.image}" already present on machine`);
      startContainer(ctx, pod, c, rt, images, node, rt.imageID ?? statusOf(pod, c.name).imageID);
    } else if (rt.phase === "starting" && due(rt.until)) {
      startContainer(ctx, pod, c, rt, images, node, rt.imageID ?? statusOf(pod, c.name).imageID);
    } else if (rt.phase === "running" && due(rt.exitAt)) {
      restartOrFinish(ctx, pod, c, rt, node);
    } else return;
  }
}

/**
 * The kubelet of one node, for every pod bound to it (pkg/kubelet
 * kubelet.go syncPod, images/image_manager.go, kuberuntime): pulls images as
 * the pull policy says (ErrImagePull → ImagePullBackOff with back-off),
 * starts containers, restarts exited ones per restartPolicy with the
 * CrashLoopBackOff back-off, keeps status and the Ready conditions, and
 * removes pods whose deletion grace period has ended. Returns the earliest
 * time it next has work, if any.
 * Simplification: a deleted pod's containers ignore SIGTERM, so every pod stays
 * Terminating for its whole grace period.
 */
export function reconcileKubelet(ctx: StoreContext, node: NodeObject, images: ImageService): number | undefined {
  let wake: number | undefined;
  const soon = (t: number | undefined): void => {
    if (t !== undefined && t > ctx.now && (wake === undefined || t < wake)) wake = t;
  };
  const name = node.metadata.name;
  for (const pod of listKind<Pod>(ctx.state, "Pod")) {
    if (pod.spec.nodeName !== name) continue;
    const uid = pod.metadata.uid ?? "";
    let runtime = ctx.state.kubelet[uid];
    if (pod.metadata.deletionTimestamp) {
      // With no container running there is nothing to stop: the pod goes at once; otherwise it lasts the grace period.
      const anyRunning = runtime !== undefined && Object.values(runtime.containers).some((c) => c.phase === "running");
      const end = anyRunning ? (parseTimestamp(pod.metadata.deletionTimestamp) ?? ctx.now) : ctx.now;
      if (runtime && !runtime.killing) {
        runtime.killing = true;
        for (const c of pod.spec.containers) if (runtime.containers[c.name]?.phase === "running") kubeletEvent(ctx, pod, name, "Normal", "Killing", `Stopping container ${c.name}`);
      }
      if (end <= ctx.now) dispatchRemove(ctx, pod);
      else soon(end);
      continue;
    }
    if (pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") continue;
    if (!runtime) {
      runtime = ctx.state.kubelet[uid] = { containers: {} };
      const status = (pod.status ??= { phase: "Pending" });
      status.hostIP = node.status.addresses.find((a) => a.type === "InternalIP")?.address ?? "";
      status.podIP = calculateAllocatedPodIp(ctx.state);
      status.podIPs = [{ ip: status.podIP }];
      status.startTime = formatTimestamp(ctx.now);
      status.qosClass ??= "BestEffort";
      for (const c of pod.spec.containers) {
        const existing = status.containerStatuses?.find((s) => s.name === c.name);
        const rt: ContainerRuntime = { phase: "pulling", backoffMs: 0, logs: "" };
        runtime.containers[c.name] = rt;
        if (existing?.state.running) {
          rt.phase = "running";
          rt.startedAt = parseTimestamp(existing.state.running.startedAt) ?? ctx.now;
        } else {
          statusOf(pod, c.name);
          beginPull(ctx, pod, c, rt, images, name);
        }
      }
    }
    const before = JSON.stringify(pod.status);
    for (const c of pod.spec.containers) {
      const rt = runtime.containers[c.name];
      if (!rt) continue;
      stepContainer(ctx, pod, c, rt, images, name);
      soon(probeContainer(ctx, pod, c, rt, images, name));
      soon(rt.until);
      soon(rt.exitAt);
    }
    writePodStatus(ctx, pod, runtime.containers);
    if (JSON.stringify(pod.status) !== before) dispatchStatusWrite(ctx, pod);
  }
  return wake;
}
