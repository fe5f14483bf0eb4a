import { z } from "zod";
import type { Deployment } from "../../k8s/api/types";
import { findClusterObject, NAMESPACE, NO_CLUSTER, readClusterState } from "../cluster-params";
import { definePredicate } from "../define";

/** A Deployment's pod template runs an image (spec.template.spec.containers[].image, what `kubectl set image` changes). */
export const k8sDeploymentImage = definePredicate({
  kind: "k8s-deployment-image",
  source: "kubernetes",
  summary: "A Deployment's pod template uses an image (what `kubectl set image` and `kubectl rollout undo` change).",
  params: {
    name: z.string().min(1).describe("Deployment name"),
    ...NAMESPACE,
    container: z.string().min(1).optional().describe("container name (default: any container)"),
    image: z.string().min(1).describe("image exactly as the template spells it, e.g. `myapp:v1.0`"),
  },
  example: { name: "web-app", container: "web", image: "myapp:v1.0" },
  evaluate(check, ctx) {
    const state = readClusterState(ctx);
    if (!state) return { passed: false, detail: NO_CLUSTER };
    const d = findClusterObject(state, "Deployment", check.namespace, check.name) as Deployment | undefined;
    if (!d) return { passed: false, detail: `There is no Deployment ${check.name} in namespace ${check.namespace}.` };
    const containers = d.spec.template.spec.containers.filter((c) => check.container === undefined || c.name === check.container);
    if (containers.length === 0) return { passed: false, detail: `Deployment ${check.name} has no container ${check.container}.` };
    if (containers.some((c) => c.image === check.image)) return { passed: true, detail: `Deployment ${check.name} runs ${check.image}.` };
    return { passed: false, detail: `Deployment ${check.name} runs ${containers.map((c) => `${c.image} (${c.name})`).join(", ")}, not ${check.image}.` };
  },
});
