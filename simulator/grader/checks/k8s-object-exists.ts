import { z } from "zod";
import { findTypeByKind } from "../../k8s/api/resources";
import { findClusterObject, NAMESPACE, NO_CLUSTER, readClusterState } from "../cluster-params";
import { definePredicate } from "../define";

/** An object exists in the cluster (`kubectl get <kind> <name> -n <namespace>` finds it), optionally with labels. */
export const k8sObjectExists = definePredicate({
  kind: "k8s-object-exists",
  source: "kubernetes",
  summary: "A Kubernetes object exists of kind `object` (`kubectl get KIND NAME -n NAMESPACE` finds it), optionally carrying some labels.",
  params: {
    object: z.string().min(1).describe("the object's kind as manifests spell it: `Namespace`, `Pod`, `Deployment`, `Service`, `ConfigMap`, `Secret`…"),
    name: z.string().min(1).describe("object name"),
    ...NAMESPACE,
    labels: z.record(z.string(), z.string()).optional().describe("labels the object must carry"),
  },
  example: { object: "Namespace", name: "dev" },
  evaluate(check, ctx) {
    const state = readClusterState(ctx);
    if (!state) return { passed: false, detail: NO_CLUSTER };
    const type = findTypeByKind(check.object);
    if (!type) return { passed: false, detail: `This check names an unknown kind ${check.object}.` };
    const where = type.namespaced ? ` in namespace ${check.namespace}` : "";
    const object = findClusterObject(state, check.object, check.namespace, check.name);
    if (!object || object.metadata.deletionTimestamp !== undefined) return { passed: false, detail: `There is no ${check.object} ${check.name}${where}.` };
    for (const [key, value] of Object.entries(check.labels ?? {})) {
      const actual = Object.hasOwn(object.metadata.labels ?? {}, key) ? object.metadata.labels?.[key] : undefined;
      if (actual !== value) return { passed: false, detail: `${check.object} ${check.name} has ${actual === undefined ? `no label ${key}` : `label ${key}=${actual}`}, not ${key}=${value}.` };
    }
    return { passed: true, detail: `${check.object} ${check.name} exists${where}.` };
  },
});
