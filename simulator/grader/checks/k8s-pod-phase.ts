import { z } from "zod";
import { matchesSelector } from "../../k8s/api/labels";
import { describePodStatus, isPodReady, listLivePods, NAMESPACE, NO_CLUSTER, readClusterState } from "../cluster-params";
import { definePredicate } from "../define";

/** Pods (by name or labels) are in a phase (status.phase: Pending, Running, Succeeded, Failed), optionally Ready, and at least `min` of them. */
export const k8sPodPhase = definePredicate({
  kind: "k8s-pod-phase",
  source: "kubernetes",
  summary: "At least `min` pods, picked by name or labels, are in a phase (status.phase), optionally also Ready; Terminating pods do not count.",
  params: {
    name: z.string().min(1).optional().describe("pod name (absent: every pod the labels pick)"),
    labels: z.record(z.string(), z.string()).optional().describe("labels the pods must carry, as a selector's matchLabels"),
    ...NAMESPACE,
    phase: z.enum(["Pending", "Running", "Succeeded", "Failed"]).default("Running").describe("the pods' phase"),
    ready: z.boolean().optional().describe("the pods' Ready condition must be True"),
    min: z.number().int().min(1).default(1).describe("how many pods at least"),
  },
  example: { labels: { app: "web" }, phase: "Running", ready: true, min: 3 },
  evaluate(check, ctx) {
    const state = readClusterState(ctx);
    if (!state) return { passed: false, detail: NO_CLUSTER };
    const pods = listLivePods(state, check.namespace).filter((p) => (check.name === undefined || p.metadata.name === check.name) && (check.labels === undefined || matchesSelector({ matchLabels: check.labels }, p.metadata.labels)));
    const what = check.name !== undefined ? `pod ${check.name}` : check.labels ? `pods with ${Object.entries(check.labels).map(([k, v]) => `${k}=${v}`).join(",")}` : "pods";
    if (pods.length === 0) return { passed: false, detail: `There are no ${what} in namespace ${check.namespace}.` };
    const good = pods.filter((p) => (p.status?.phase ?? "Pending") === check.phase && (check.ready !== true || isPodReady(p)));
    const want = `${check.phase}${check.ready ? " and Ready" : ""}`;
    if (good.length >= check.min) return { passed: true, detail: `${good.length} of the ${what} ${good.length === 1 ? "is" : "are"} ${want}.` };
    const others = pods.filter((p) => !good.includes(p)).slice(0, 3).map((p) => `${p.metadata.name} is ${describePodStatus(p)}`);
    return { passed: false, detail: `${good.length} of ${check.min} ${what} ${want}: ${others.join("; ")}.` };
  },
});
