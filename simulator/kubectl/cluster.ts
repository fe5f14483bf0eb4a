import { SeededIds } from "../core/ids";
import type { Engine } from "../engine/engine";
import { ENGINE_VERSION } from "../engine/version";
import { reconcileCronJobs } from "../k8s/controllers/cronjob";
import { reconcileDaemonSets } from "../k8s/controllers/daemonset";
import { reconcileDeployments } from "../k8s/controllers/deployment";
import { reconcileEndpoints } from "../k8s/controllers/endpoints";
import { reconcileGarbage } from "../k8s/controllers/garbage-collector";
import { reconcileHorizontalPodAutoscalers } from "../k8s/controllers/hpa";
import { reconcileJobs } from "../k8s/controllers/job";
import { reconcileNodeLifecycle } from "../k8s/controllers/node-lifecycle";
import { reconcileReplicaSets } from "../k8s/controllers/replicaset";
import { reconcileScheduler } from "../k8s/controllers/scheduler";
import { reconcileStatefulSets } from "../k8s/controllers/statefulset";
import { reconcileLoadBalancers } from "../k8s/controllers/service-load-balancer";
import type { NodeObject } from "../k8s/api/types";
import type { ContainerRecord } from "../runtime/types";
import { reconcileKubelet, type ImageService } from "../k8s/kubelet/kubelet";
import { createClusterState, listKind, type ClusterState, type StoreContext } from "../k8s/store/store";
import { CLUSTER_AGE_MS, dispatchBootstrap } from "./bootstrap";
import { dispatchKindBootstrap } from "./bootstrap-kind";
import { createImageService } from "./image-service";
import { dispatchPodContainerCleanup } from "./pod-containers";
import { createProber } from "./prober";

/** The cluster's state plus its own seeded generator (kept apart from Docker's so docker output does not change when kubectl is used). */
export interface ClusterSnapshot {
  store: ClusterState;
  ids: [number, number, number, number];
  /** When controllers next have work (undefined: nothing scheduled). */
  nextWakeMs?: number;
  /** The store's revision when the controllers last had nothing more to do. */
  quiescentRevision?: number;
  /** The Docker containers behind running pod containers, by `<pod uid>/<container>` (kubectl/pod-containers.ts). */
  podContainers?: Record<string, ContainerRecord>;
  /** Active `kubectl port-forward`s: local port → pod and port. */
  forwards?: PortForward[];
  /** kube-proxy's next backend turn (kubectl/service-routing.ts). */
  routeTurn?: number;
  /** The kubeconfig context (`docker-desktop` when absent; `kind-<name>` for a kind cluster). */
  context?: string;
  /** Nodes whose kubelet is down (`docker stop kind-worker`), with when it stopped (k8s/controllers/node-lifecycle.ts). */
  stoppedNodes?: Record<string, number>;
}

/** Which cluster to create: Docker Desktop's one node (the default) or a kind cluster with N workers (bootstrap-kind.ts). */
export type ClusterTopology = { kind: "docker-desktop" } | { kind: "kind"; name: string; workers: number };

/** One `kubectl port-forward` listening on the host's loopback. */
export interface PortForward {
  localPort: number;
  namespace: string;
  pod: string;
  podPort: number;
}

/** The seed of the cluster's generator. */
const CLUSTER_SEED = 0x6b38;
/** Passes of all controllers at one instant before time moves on (a guard against oscillation). */
const MAX_PASSES = 25;

/** A fresh cluster (Docker Desktop's unless `topology` says kind), started `age` ms before `now` and settled up to now. */
export function createClusterSnapshot(now: number, engine: Engine, topology: ClusterTopology = { kind: "docker-desktop" }, age: number = CLUSTER_AGE_MS): ClusterSnapshot {
  const start = now - age;
  const snapshot: ClusterSnapshot = { store: createClusterState(start), ids: new SeededIds(CLUSTER_SEED).state };
  if (topology.kind === "kind") snapshot.context = `kind-${topology.name}`;
  const cluster = new Cluster(snapshot, engine);
  cluster.run((ctx) => (topology.kind === "kind" ? dispatchKindBootstrap(ctx, topology.name, topology.workers) : dispatchBootstrap(ctx, ENGINE_VERSION.version)), start);
  cluster.settle(now);
  return snapshot;
}

/** Runs every controller and every node's kubelet once at ctx.now; returns the earliest wake-up any asked for. */
function runControllers(ctx: StoreContext, images: ImageService, stopped: Readonly<Record<string, number>>): number | undefined {
  let wake: number | undefined;
  const take = (w: number | undefined): void => {
    if (w !== undefined && (wake === undefined || w < wake)) wake = w;
  };
  take(reconcileDeployments(ctx));
  reconcileReplicaSets(ctx);
  reconcileStatefulSets(ctx);
  reconcileDaemonSets(ctx);
  take(reconcileCronJobs(ctx));
  take(reconcileJobs(ctx));
  take(reconcileHorizontalPodAutoscalers(ctx));
  reconcileScheduler(ctx);
  take(reconcileNodeLifecycle(ctx, stopped));
  for (const node of listKind<NodeObject>(ctx.state, "Node")) if (!Object.prototype.hasOwnProperty.call(stopped, node.metadata.name)) take(reconcileKubelet(ctx, node, images));
  reconcileEndpoints(ctx);
  reconcileLoadBalancers(ctx);
  reconcileGarbage(ctx);
  return wake;
}

/**
 * The control plane at work: an API store, the controllers and the kubelet,
 * driven level-triggered by the virtual clock. settle(t) runs every
 * controller until nothing changes, then jumps to the next moment one of
 * them asked to wake at, until t: the same script always gives the same
 * cluster, however fast the machine.
 */
export class Cluster {
  private readonly ids: SeededIds;
  readonly images: ImageService;

  constructor(
    readonly snapshot: ClusterSnapshot,
    engine: Engine,
  ) {
    this.ids = new SeededIds(snapshot.ids);
    this.images = { ...createImageService(engine), probe: createProber(snapshot, engine) };
  }

  get state(): ClusterState {
    return this.snapshot.store;
  }

  /** A store context at `now` (the cluster's settled time by default). */
  context(now: number = this.state.settledMs): StoreContext {
    return { state: this.state, now, ids: this.ids };
  }

  /** Runs a change against the store and keeps the generator's state in the snapshot. */
  run<T>(change: (ctx: StoreContext) => T, now: number = this.state.settledMs): T {
    const result = change(this.context(now));
    this.snapshot.ids = this.ids.state;
    return result;
  }

  /** Lets controllers and kubelets catch up with `until`. */
  settle(until: number): void {
    // Nothing written since the last settle and nothing due: the controllers would find nothing to do.
    const wakeDue = this.snapshot.nextWakeMs !== undefined && this.snapshot.nextWakeMs <= until;
    if (this.snapshot.quiescentRevision === this.state.revision && !wakeDue) {
      this.state.settledMs = Math.max(this.state.settledMs, until);
      return;
    }
    let t = Math.min(this.state.settledMs, until);
    for (let step = 0; step < 100_000; step++) {
      const ctx = this.context(t);
      let wake: number | undefined;
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        const before = this.state.revision;
        wake = runControllers(ctx, this.images, this.snapshot.stoppedNodes ?? {});
        if (this.state.revision === before) break;
      }
      this.snapshot.nextWakeMs = wake;
      if (wake === undefined || wake > until) break;
      t = wake;
    }
    this.state.settledMs = Math.max(this.state.settledMs, until);
    this.snapshot.ids = this.ids.state;
    this.snapshot.quiescentRevision = this.state.revision;
    if (this.snapshot.podContainers) dispatchPodContainerCleanup(this.snapshot, new Set(listKind(this.state, "Pod").map((p) => p.metadata.uid ?? "")));
  }
}
