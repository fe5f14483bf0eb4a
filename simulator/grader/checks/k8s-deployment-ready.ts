import { z } from "zod";
import type { Deployment } from "../../k8s/api/types";
import { findClusterObject, NAMESPACE, NO_CLUSTER, readClusterState } from "../cluster-params";
import { definePredicate } from "../define";

/**
 * A Deployment has rolled out: its controller observed the latest spec and
 * every desired replica is updated and available, the test `kubectl rollout
 * status` applies (kubectl pkg/polymorphichelpers/rollout_status.go).
 */
export const k8sDeploymentReady = definePredicate({
  kind: "k8s-deployment-ready",
  source: "kubernetes",
  summary: "A Deployment has finished rolling out (what `kubectl rollout status` waits for), optionally with a number of replicas.",
  params: {
    name: z.string().min(1).describe("Deployment name"),
    ...NAMESPACE,
    replicas: z.number().int().min(0).optional().describe("how many replicas it must want (spec.replicas)"),
  },
  example: { name: "web-app", replicas: 3 },
  evaluate(check, ctx) {
    const state = readClusterState(ctx);
    if (!state) return { passed: false, detail: NO_CLUSTER };
    const d = findClusterObject(state, "Deployment", check.namespace, check.name) as Deployment | undefined;
    if (!d) return { passed: false, detail: `There is no Deployment ${check.name} in namespace ${check.namespace}.` };
    const want = d.spec.replicas ?? 1;
    if (check.replicas !== undefined && want !== check.replicas) return { passed: false, detail: `Deployment ${check.name} wants ${want} replica${want === 1 ? "" : "s"}, not ${check.replicas}.` };
    const s = d.status ?? {};
    if ((s.observedGeneration ?? 0) < (d.metadata.generation ?? 1)) return { passed: false, detail: `Deployment ${check.name}'s controller has not seen its latest change yet; run \`kubectl rollout status deployment/${check.name}\`.` };
    const updated = s.updatedReplicas ?? 0;
    const available = s.availableReplicas ?? 0;
    const total = s.replicas ?? 0;
    if (updated < want) return { passed: false, detail: `Deployment ${check.name}: ${updated} of ${want} replicas run the latest template. \`kubectl get pods\` shows why the new pods are not up.` };
    if (total > updated) return { passed: false, detail: `Deployment ${check.name}: ${total - updated} old replica${total - updated === 1 ? " is" : "s are"} still terminating.` };
    if (available < want) return { passed: false, detail: `Deployment ${check.name}: ${available} of ${want} replicas available. \`kubectl get pods\` shows why the others are not ready.` };
    return { passed: true, detail: `Deployment ${check.name}: ${available}/${want} replicas ready and up to date.` };
  },
});
