import { formatHumanDuration, parseTimestamp } from "../../k8s/api/duration";
import type { Pod } from "../../k8s/api/types";
import { formatAge } from "./age";
import type { KindPrinter } from "./types";

/** The pod STATUS, READY and RESTARTS cells (printers.go printPod; fidelity reference §5.2). */
export function calculatePodSummary(pod: Pod, now: number): { ready: string; status: string; restarts: string } {
  const statuses = pod.status?.containerStatuses ?? [];
  let reason = pod.status?.reason ?? pod.status?.phase ?? "Pending";
  let restarts = 0;
  let readyCount = 0;
  let lastRestart: number | undefined;
  let hasRunning = false;
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i];
    if (!c) continue;
    restarts += c.restartCount;
    const finished = parseTimestamp(c.lastState.terminated?.finishedAt);
    if (finished !== undefined && (lastRestart === undefined || finished > lastRestart)) lastRestart = finished;
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state.terminated) reason = c.state.terminated.signal ? `Signal:${c.state.terminated.signal}` : `ExitCode:${c.state.terminated.exitCode}`;
    else if (c.ready && c.state.running) {
      hasRunning = true;
      readyCount++;
    }
  }
  if (reason === "Completed" && hasRunning) reason = pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ? "Running" : "NotReady";
  if (pod.metadata.deletionTimestamp && pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed") reason = "Terminating";
  const restartText = restarts > 0 && lastRestart !== undefined ? `${restarts} (${formatHumanDuration(now - lastRestart)} ago)` : String(restarts);
  return { ready: `${readyCount}/${pod.spec.containers.length}`, status: reason, restarts: restartText };
}

/** `kubectl get pods`. */
export const POD_PRINTER: KindPrinter = {
  columns: ["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
  wide: ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"],
  cells(o, ctx) {
    const s = calculatePodSummary(o as Pod, ctx.now);
    return [o.metadata.name, s.ready, s.status, s.restarts, formatAge(o, ctx.now)];
  },
  wideCells(o) {
    const pod = o as Pod;
    return [pod.status?.podIP ?? "<none>", pod.spec.nodeName ?? "<none>", "<none>", "<none>"];
  },
};
