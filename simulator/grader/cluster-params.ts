import { z } from "zod";
import { findTypeByKind } from "../k8s/api/resources";
import type { KubeObject, Pod } from "../k8s/api/types";
import { findObject, listKind, type ClusterState } from "../k8s/store/store";
import type { ContainerRecord } from "../runtime/types";
import type { GradeContext } from "./context";

/**
 * Shared by the Kubernetes and Compose predicates. The grader reads the API
 * store as kubectl last settled it (kubectl settles the cluster up to the
 * virtual clock on every command), so a check sees what `kubectl get` would
 * have shown at the learner's last kubectl command.
 */

/** The `namespace` parameter: kubectl's default namespace when absent. */
export const NAMESPACE = { namespace: z.string().min(1).default("default").describe("namespace (default `default`)") };

/** Said when there is no cluster yet. */
export const NO_CLUSTER = "There is no cluster yet: no kubectl command has run.";

/** The cluster's API store, or undefined before kubectl was first used. */
export function readClusterState(ctx: GradeContext): ClusterState | undefined {
  return ctx.snapshot.cluster?.store;
}

/** One object by kind (`Deployment`, case as the API spells it), namespace and name. */
export function findClusterObject(state: ClusterState, kind: string, namespace: string, name: string): KubeObject | undefined {
  const type = findTypeByKind(kind);
  return type ? findObject(state, type, namespace, name) : undefined;
}

/** Pods of a namespace that are not being deleted (kubectl get pods hides none, but Terminating pods are on their way out). */
export function listLivePods(state: ClusterState, namespace: string): Pod[] {
  return listKind<Pod>(state, "Pod", namespace).filter((p) => p.metadata.deletionTimestamp === undefined);
}

/** A pod's Ready condition is True. */
export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
}

/** What `kubectl get pods` shows in STATUS, reduced: a waiting or terminated reason, else the phase. */
export function describePodStatus(pod: Pod): string {
  if (pod.metadata.deletionTimestamp !== undefined) return "Terminating";
  for (const s of pod.status?.containerStatuses ?? []) {
    if (s.state.waiting?.reason) return s.state.waiting.reason;
    if (s.state.terminated?.reason) return s.state.terminated.reason;
  }
  return pod.status?.phase ?? "Pending";
}

/** Compose's labels on the containers it creates (docker/compose pkg/api/labels.go). */
export const COMPOSE_PROJECT_LABEL = "com.docker.compose.project";
export const COMPOSE_SERVICE_LABEL = "com.docker.compose.service";
const COMPOSE_ONEOFF_LABEL = "com.docker.compose.oneoff";

/** The containers of a compose project (without `compose run` one-offs), optionally of one service. */
export function listComposeContainers(ctx: GradeContext, project: string, service?: string): ContainerRecord[] {
  return ctx.containers({}).filter((c) => {
    const labels = c.config.Labels ?? {};
    if (labels[COMPOSE_PROJECT_LABEL] !== project || labels[COMPOSE_ONEOFF_LABEL] === "True") return false;
    return service === undefined || labels[COMPOSE_SERVICE_LABEL] === service;
  });
}
