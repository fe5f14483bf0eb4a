import { REVISION_ANNOTATION, calculateRevision } from "../../k8s/controllers/deployment";
import type { Deployment, ReplicaSet } from "../../k8s/api/types";
import { listKind, type ClusterState } from "../../k8s/store/store";
import type { KubectlHost } from "../command";
import { formatDescribeTable } from "../table";
import { formatPodTemplate } from "./describe-template";
import { formatGoTabwriter } from "../tabwriter";

/** The ReplicaSets a Deployment owns, by revision. */
export function listRevisions(state: ClusterState, d: Deployment): Map<number, ReplicaSet> {
  const out = new Map<number, ReplicaSet>();
  for (const rs of listKind<ReplicaSet>(state, "ReplicaSet", d.metadata.namespace)) {
    if (!rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid)) continue;
    if (rs.metadata.annotations?.[REVISION_ANNOTATION] === undefined) continue;
    out.set(calculateRevision(rs), rs);
  }
  return out;
}

/**
 * `kubectl rollout history` (kubectl pkg/polymorphichelpers/history.go
 * DeploymentHistoryViewer): `REVISION  CHANGE-CAUSE` from each ReplicaSet's
 * kubernetes.io/change-cause, or one revision's pod template.
 */
export function runRolloutHistory(host: KubectlHost, d: Deployment, revision: number | undefined): number {
  const history = listRevisions(host.cluster.state, d);
  if (revision !== undefined && revision > 0) {
    const rs = history.get(revision);
    if (!rs) {
      host.out.err(`error: unable to find the specified revision\n`);
      return 1;
    }
    host.out.out(`deployment.apps/${d.metadata.name} with revision #${revision}\n${formatGoTabwriter(formatPodTemplate(rs.spec.template), 0, 2)}\n`);
    return 0;
  }
  const rows: string[][] = [["REVISION", "CHANGE-CAUSE"]];
  for (const r of [...history.keys()].sort((a, b) => a - b)) rows.push([String(r), history.get(r)?.metadata.annotations?.["kubernetes.io/change-cause"] ?? "<none>"]);
  host.out.out(`deployment.apps/${d.metadata.name} \n${formatDescribeTable(rows)}\n`);
  return 0;
}
