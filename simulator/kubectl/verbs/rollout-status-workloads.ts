import { findTypeByKind } from "../../k8s/api/resources";
import type { DaemonSet } from "../../k8s/controllers/daemonset";
import type { StatefulSet } from "../../k8s/controllers/statefulset";
import type { KubeObject } from "../../k8s/api/types";
import { findObject } from "../../k8s/store/store";
import type { KubectlHost } from "../command";

/** One status line and whether the watch ends; `error` ends it with a failure. */
interface StatusLine {
  text: string;
  done: boolean;
  error?: boolean;
}

/** StatefulSetStatusViewer.Status (kubectl pkg/polymorphichelpers/rollout_status.go). */
export function calculateStatefulSetRolloutStatus(sts: StatefulSet): StatusLine {
  const strategy = sts.spec.updateStrategy;
  if ((strategy?.type ?? "RollingUpdate") !== "RollingUpdate") return { text: "rollout status is only available for RollingUpdate strategy type", done: true, error: true };
  const s = sts.status;
  if (!s?.observedGeneration || (sts.metadata.generation ?? 1) > s.observedGeneration) return { text: "Waiting for statefulset spec update to be observed...", done: false };
  const replicas = sts.spec.replicas ?? 1;
  if ((s.readyReplicas ?? 0) < replicas) return { text: `Waiting for ${replicas - (s.readyReplicas ?? 0)} pods to be ready...`, done: false };
  if (strategy?.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (partition !== undefined && (s.updatedReplicas ?? 0) < replicas - partition) return { text: `Waiting for partitioned roll out to finish: ${s.updatedReplicas ?? 0} out of ${replicas - partition} new pods have been updated...`, done: false };
    return { text: `partitioned roll out complete: ${s.updatedReplicas ?? 0} new pods have been updated...`, done: true };
  }
  if (s.updateRevision !== s.currentRevision) return { text: `waiting for statefulset rolling update to complete ${s.updatedReplicas ?? 0} pods at revision ${s.updateRevision ?? ""}...`, done: false };
  return { text: `statefulset rolling update complete ${s.currentReplicas ?? 0} pods at revision ${s.currentRevision ?? ""}...`, done: true };
}

/** DaemonSetStatusViewer.Status (kubectl pkg/polymorphichelpers/rollout_status.go). */
export function calculateDaemonSetRolloutStatus(ds: DaemonSet): StatusLine {
  if ((ds.spec.updateStrategy?.type ?? "RollingUpdate") !== "RollingUpdate") return { text: "rollout status is only available for RollingUpdate strategy type", done: true, error: true };
  const s = ds.status;
  const name = ds.metadata.name;
  if (!s || (ds.metadata.generation ?? 1) > (s.observedGeneration ?? 0)) return { text: "Waiting for daemon set spec update to be observed...", done: false };
  if ((s.updatedNumberScheduled ?? 0) < s.desiredNumberScheduled) return { text: `Waiting for daemon set "${name}" rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${s.desiredNumberScheduled} new pods have been updated...`, done: false };
  if ((s.numberAvailable ?? 0) < s.desiredNumberScheduled) return { text: `Waiting for daemon set "${name}" rollout to finish: ${s.numberAvailable ?? 0} of ${s.desiredNumberScheduled} updated pods are available...`, done: false };
  return { text: `daemon set "${name}" successfully rolled out`, done: true };
}

/**
 * `kubectl rollout status` for a StatefulSet or DaemonSet: prints each new
 * status line, letting virtual time pass between them until the rollout ends
 * (or --timeout). Simplification: identical consecutive lines print once.
 */
export function runWorkloadRolloutStatus(host: KubectlHost, object: KubeObject, timeoutMs: number | undefined, watch: boolean): number {
  const type = findTypeByKind(object.kind);
  const start = host.clock.now();
  let last = "";
  for (let i = 0; i < 10_000; i++) {
    const current = (type ? findObject(host.cluster.state, type, object.metadata.namespace, object.metadata.name) : undefined) ?? object;
    const s = current.kind === "StatefulSet" ? calculateStatefulSetRolloutStatus(current as StatefulSet) : calculateDaemonSetRolloutStatus(current as DaemonSet);
    if (s.error) {
      host.out.err(`error: ${s.text}\n`);
      return 1;
    }
    if (s.text !== last) host.out.out(`${s.text}\n`);
    last = s.text;
    if (s.done || !watch) return 0;
    const wake = host.cluster.snapshot.nextWakeMs;
    if (wake === undefined) return 0;
    if (timeoutMs !== undefined && wake - start > timeoutMs) {
      host.clock.advance(start + timeoutMs - host.clock.now());
      host.out.err("error: timed out waiting for the condition\n");
      return 1;
    }
    host.clock.advance(Math.max(1, wake - host.clock.now()));
    host.cluster.settle(host.clock.now());
  }
  return 0;
}
