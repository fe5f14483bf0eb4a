import { describe, expect, it } from "vitest";
import type { DaemonSet } from "../../k8s/controllers/daemonset";
import type { StatefulSet } from "../../k8s/controllers/statefulset";
import { calculateDaemonSetRolloutStatus, calculateStatefulSetRolloutStatus } from "./rollout-status-workloads";

const template = { spec: { containers: [{ name: "c", image: "nginx" }] } };

function sts(status: StatefulSet["status"], partition?: number): StatefulSet {
  return { apiVersion: "apps/v1", kind: "StatefulSet", metadata: { name: "web", generation: 1 }, spec: { replicas: 3, selector: {}, template, updateStrategy: { type: "RollingUpdate", rollingUpdate: partition === undefined ? undefined : { partition } } }, status };
}

describe("rollout status viewers (rollout_status.go)", () => {
  it("StatefulSet: unobserved, pods not ready, partitioned progress and completion", () => {
    expect(calculateStatefulSetRolloutStatus(sts(undefined, 0)).text).toBe("Waiting for statefulset spec update to be observed...");
    expect(calculateStatefulSetRolloutStatus(sts({ observedGeneration: 1, replicas: 3, readyReplicas: 2 }, 0)).text).toBe("Waiting for 1 pods to be ready...");
    expect(calculateStatefulSetRolloutStatus(sts({ observedGeneration: 1, replicas: 3, readyReplicas: 3, updatedReplicas: 1 }, 0))).toEqual({ text: "Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...", done: false });
    expect(calculateStatefulSetRolloutStatus(sts({ observedGeneration: 1, replicas: 3, readyReplicas: 3, updatedReplicas: 3 }, 0))).toEqual({ text: "partitioned roll out complete: 3 new pods have been updated...", done: true });
    const onDelete = sts({ observedGeneration: 1, replicas: 3 });
    onDelete.spec.updateStrategy = { type: "OnDelete" };
    expect(calculateStatefulSetRolloutStatus(onDelete).error).toBe(true);
  });

  it("DaemonSet: updated and available counts, then success", () => {
    const ds = (s: DaemonSet["status"]): DaemonSet => ({ apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "agent", generation: 1 }, spec: { selector: {}, template }, status: s });
    expect(calculateDaemonSetRolloutStatus(ds({ observedGeneration: 1, desiredNumberScheduled: 2, currentNumberScheduled: 2, numberMisscheduled: 0, numberReady: 1, updatedNumberScheduled: 1 })).text).toBe('Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...');
    expect(calculateDaemonSetRolloutStatus(ds({ observedGeneration: 1, desiredNumberScheduled: 2, currentNumberScheduled: 2, numberMisscheduled: 0, numberReady: 1, updatedNumberScheduled: 2, numberAvailable: 1 })).text).toBe('Waiting for daemon set "agent" rollout to finish: 1 of 2 updated pods are available...');
    expect(calculateDaemonSetRolloutStatus(ds({ observedGeneration: 1, desiredNumberScheduled: 2, currentNumberScheduled: 2, numberMisscheduled: 0, numberReady: 2, updatedNumberScheduled: 2, numberAvailable: 2 }))).toEqual({ text: 'daemon set "agent" successfully rolled out', done: true });
  });
});
