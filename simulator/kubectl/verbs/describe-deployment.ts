import { formatSelector } from "../../k8s/api/labels";
import { calculateRevision } from "../../k8s/controllers/deployment";
import type { Deployment, ReplicaSet } from "../../k8s/api/types";
import { listKind, type ClusterState } from "../../k8s/store/store";
import { formatEvents, formatMultiline, formatRfc1123z } from "./describe-events";
import { formatPodTemplate } from "./describe-template";

/**
 * `kubectl describe deployment` (kubectl pkg/describe DeploymentDescriber;
 * fidelity reference §5.8), as tabwriter input.
 */
export function formatDeploymentDescription(state: ClusterState, d: Deployment, now: number): string {
  const s = d.status ?? {};
  const replicas = d.spec.replicas ?? 1;
  let text = `Name:\t${d.metadata.name}\nNamespace:\t${d.metadata.namespace ?? "default"}\nCreationTimestamp:\t${formatRfc1123z(d.metadata.creationTimestamp)}\n`;
  text += formatMultiline("Labels:", d.metadata.labels, "=");
  const annotations = { ...(d.metadata.annotations ?? {}) };
  delete annotations["kubectl.kubernetes.io/last-applied-configuration"];
  text += formatMultiline("Annotations:", annotations, ": ");
  text += `Selector:\t${formatSelector(d.spec.selector)}\n`;
  text += `Replicas:\t${replicas} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ${s.availableReplicas ?? 0} available | ${s.unavailableReplicas ?? 0} unavailable\n`;
  const type = d.spec.strategy?.type ?? "RollingUpdate";
  text += `StrategyType:\t${type}\nMinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`;
  if (type === "RollingUpdate") {
    const ru = d.spec.strategy?.rollingUpdate;
    text += `RollingUpdateStrategy:\t${String(ru?.maxUnavailable ?? "25%")} max unavailable, ${String(ru?.maxSurge ?? "25%")} max surge\n`;
  }
  text += formatPodTemplate(d.spec.template);
  text += "Conditions:\n  Type\tStatus\tReason\n  ----\t------\t------\n";
  for (const c of s.conditions ?? []) text += `  ${c.type} \t${c.status}\t${c.reason ?? ""}\n`;
  const owned = listKind<ReplicaSet>(state, "ReplicaSet", d.metadata.namespace).filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid));
  const newest = owned.reduce<ReplicaSet | undefined>((best, rs) => (!best || calculateRevision(rs) > calculateRevision(best) ? rs : best), undefined);
  const old = owned.filter((rs) => rs !== newest && ((rs.spec.replicas ?? 0) > 0 || (rs.status?.replicas ?? 0) > 0));
  const fmt = (rs: ReplicaSet): string => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 0} replicas created)`;
  text += `OldReplicaSets:\t${old.length ? old.map(fmt).join(", ") : "<none>"}\nNewReplicaSet:\t${newest ? fmt(newest) : "<none>"}\n`;
  text += formatEvents(state, d, now);
  return text;
}
