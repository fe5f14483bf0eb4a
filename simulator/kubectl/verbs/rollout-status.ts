import type { Deployment } from "../../k8s/api/types";
import { findObject } from "../../k8s/store/store";
import type { KubectlHost } from "../command";

/** One status line of `rollout status` for a Deployment, and whether it is final (kubectl pkg/polymorphichelpers/rollout_status.go DeploymentStatusViewer). */
export function calculateRolloutStatus(d: Deployment): { text: string; done: boolean; failed: boolean } {
  const name = d.metadata.name;
  const status = d.status ?? {};
  if ((d.metadata.generation ?? 1) > (status.observedGeneration ?? 0)) return { text: "Waiting for deployment spec update to be observed...", done: false, failed: false };
  const progressing = status.conditions?.find((c) => c.type === "Progressing");
  if (progressing?.reason === "ProgressDeadlineExceeded") return { text: `deployment "${name}" exceeded its progress deadline`, done: true, failed: true };
  const replicas = d.spec.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  if (updated < replicas) return { text: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...`, done: false, failed: false };
  const total = status.replicas ?? 0;
  if (total > updated) return { text: `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...`, done: false, failed: false };
  const available = status.availableReplicas ?? 0;
  if (available < updated) return { text: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`, done: false, failed: false };
  return { text: `deployment "${name}" successfully rolled out`, done: true, failed: false };
}

/**
 * Watches a Deployment's rollout, printing each new status line, letting
 * virtual time pass between them (the watch blocks until the rollout ends,
 * the progress deadline passes, or --timeout).
 * Simplification: consecutive identical lines are printed once.
 */
export function runRolloutStatus(host: KubectlHost, d: Deployment, timeoutMs: number | undefined, watch: boolean): number {
  const start = host.clock.now();
  let last = "";
  const type = { plural: "deployments", kind: "Deployment", group: "apps", version: "v1", namespaced: true, shortNames: [] };
  for (let i = 0; i < 10_000; i++) {
    const current = (findObject(host.cluster.state, type, d.metadata.namespace, d.metadata.name) as Deployment | undefined) ?? d;
    const s = calculateRolloutStatus(current);
    if (s.text !== last) {
      if (s.failed) host.out.err(`error: ${s.text}\n`);
      else host.out.out(`${s.text}\n`);
      last = s.text;
    }
    if (s.done) return s.failed ? 1 : 0;
    if (!watch) return 0;
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
