import { z } from "zod";
import type { Deployment } from "../../k8s/api/types";
import { findClusterObject, NAMESPACE, NO_CLUSTER, readClusterState } from "../cluster-params";
import { definePredicate } from "../define";

/** The Deployment controller's revision annotation (deployment.kubernetes.io/revision; `kubectl rollout history` lists revisions, and an undo makes a new one). */
const REVISION = "deployment.kubernetes.io/revision";

/** A Deployment reached at least some revision: it was updated (and maybe rolled back) that many times. */
export const k8sRolloutRevision = definePredicate({
  kind: "k8s-rollout-revision",
  source: "kubernetes",
  summary: "A Deployment's current revision (`kubectl rollout history`) is at least some number: every template change, and every undo, makes a new one.",
  params: {
    name: z.string().min(1).describe("Deployment name"),
    ...NAMESPACE,
    min: z.number().int().min(1).describe("smallest acceptable revision"),
  },
  example: { name: "web-app", min: 3 },
  evaluate(check, ctx) {
    const state = readClusterState(ctx);
    if (!state) return { passed: false, detail: NO_CLUSTER };
    const d = findClusterObject(state, "Deployment", check.namespace, check.name) as Deployment | undefined;
    if (!d) return { passed: false, detail: `There is no Deployment ${check.name} in namespace ${check.namespace}.` };
    const text = d.metadata.annotations && Object.hasOwn(d.metadata.annotations, REVISION) ? d.metadata.annotations[REVISION] : undefined;
    const revision = Number(text ?? 0);
    if (revision >= check.min) return { passed: true, detail: `Deployment ${check.name} is at revision ${revision}.` };
    return { passed: false, detail: `Deployment ${check.name} is at revision ${revision || "none yet"}; this step wants revision ${check.min} or later.` };
  },
});
