import { parseQuantity } from "../api/quantity";
import type { Deployment, Endpoints, Pod, Service } from "../api/types";
import { listKind, type ClusterState } from "../store/store";

/**
 * Whether the resource metrics API (metrics.k8s.io) is served: Docker
 * Desktop's cluster ships without metrics-server, so `kubectl top` says
 * `error: Metrics API not available` and an HPA shows `<unknown>` until one
 * is installed (kubernetes-sigs/metrics-server, deployed as
 * kube-system/metrics-server).
 * Simplification: the Deployment's existence is enough; its pods need not run.
 */
export function isMetricsApiAvailable(state: ClusterState): boolean {
  return listKind<Deployment>(state, "Deployment", "kube-system").some((d) => d.metadata.name === "metrics-server");
}

/** CPU an idle process uses (millicores), as metrics-server reports a quiet container. */
const IDLE_MILLIS = 1;
/** CPU one load generator's request loop costs its backends in all (millicores). */
const LOAD_MILLIS = 1_000;

/** The Service host a request loop hammers: `while true; do wget -q -O- http://php-apache; done` (the HPA walkthrough's load generator). */
function findLoadTarget(pod: Pod): string | undefined {
  for (const c of pod.spec.containers) {
    const text = [...(c.command ?? []), ...(c.args ?? [])].join(" ");
    if (!/while\s+(true|:|\[|sleep)|for\s*\(\(/.test(text)) continue;
    const m = /(?:wget|curl)\b[^;|&]*?\s(?:https?:\/\/)?([a-z0-9][a-z0-9.-]*)(?::\d+)?(?:\/\S*)?\s*(?:[;|&]|$)/i.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

function isRunning(pod: Pod): boolean {
  return pod.status?.phase === "Running" && !pod.metadata.deletionTimestamp;
}

/** A pod's CPU limit in millicores, if every container has one. */
function podCpuLimit(pod: Pod): number | undefined {
  let total = 0;
  for (const c of pod.spec.containers) {
    const limit = parseQuantity(c.resources?.limits?.cpu);
    if (limit === undefined) return undefined;
    total += limit * 1000;
  }
  return total;
}

/**
 * CPU use per running pod (uid → millicores), the metrics model behind
 * `kubectl top` and the HPA: every pod idles at 1m; each running pod whose
 * command is a request loop (`while true; do wget -q -O- http://svc; done`)
 * adds 1000m of work shared evenly by the ready endpoints of the Service it
 * names (resolved in its own namespace), each capped at its CPU limit.
 * Simplification: requests are not counted one by one; a loop is steady load.
 */
export function calculatePodCpu(state: ClusterState): Map<string, number> {
  const use = new Map<string, number>();
  const pods = listKind<Pod>(state, "Pod").filter(isRunning);
  for (const p of pods) use.set(p.metadata.uid ?? "", IDLE_MILLIS);
  for (const gen of pods) {
    const host = findLoadTarget(gen);
    if (!host) continue;
    const [name, ns = gen.metadata.namespace ?? "default"] = host.split(".");
    const svc = listKind<Service>(state, "Service", ns).find((s) => s.metadata.name === name);
    if (!svc) continue;
    const ep = listKind<Endpoints>(state, "Endpoints", ns).find((e) => e.metadata.name === name);
    const uids = (ep?.subsets ?? []).flatMap((s) => s.addresses ?? []).map((a) => a.targetRef?.uid ?? "");
    const backends = pods.filter((p) => uids.includes(p.metadata.uid ?? ""));
    for (const b of backends) {
      const uid = b.metadata.uid ?? "";
      const limit = podCpuLimit(b);
      const next = (use.get(uid) ?? IDLE_MILLIS) + LOAD_MILLIS / backends.length;
      use.set(uid, Math.round(limit === undefined ? next : Math.min(limit, next)));
    }
  }
  return use;
}
