import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SeededIds } from "../../core/ids";
import { formatTimestamp } from "../api/duration";
import type { Pod } from "../api/types";
import { createClusterState, dispatchCreate, dispatchRemove, listKind, type StoreContext } from "../store/store";
import { calculateOrdinal, calculateStatefulSetRevision, reconcileStatefulSets, REVISION_LABEL, type StatefulSet } from "./statefulset";

const T0 = Date.UTC(2025, 2, 1, 9);

function ctx(): StoreContext {
  const c: StoreContext = { state: createClusterState(0), now: T0, ids: new SeededIds(7) };
  dispatchCreate(c, { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  return c;
}

function sts(spec: Partial<StatefulSet["spec"]> = {}): StatefulSet {
  return {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "web" },
    spec: { replicas: 3, serviceName: "nginx", selector: { matchLabels: { app: "nginx" } }, template: { metadata: { labels: { app: "nginx" } }, spec: { containers: [{ name: "nginx", image: "nginx:1.25" }] } }, ...spec },
  };
}

/** Binds every pending, live pod and marks it Running and Ready, as the scheduler and kubelet would (bound pods are deleted gracefully). */
function runAll(c: StoreContext): void {
  for (const p of listKind<Pod>(c.state, "Pod")) {
    if (p.metadata.deletionTimestamp || p.status?.phase === "Running") continue;
    p.spec.nodeName = "docker-desktop";
    p.status = { phase: "Running", conditions: [{ type: "Ready", status: "True", lastTransitionTime: formatTimestamp(c.now) }] };
  }
}

/** Removes pods whose deletion was asked for (their grace period over). */
function reap(c: StoreContext): void {
  for (const p of listKind<Pod>(c.state, "Pod")) if (p.metadata.deletionTimestamp) dispatchRemove(c, p);
}

const names = (c: StoreContext): string[] => listKind<Pod>(c.state, "Pod").map((p) => p.metadata.name);

describe("statefulset controller", () => {
  it("creates web-0, web-1, web-2 one at a time, each after the previous is Running and Ready", () => {
    const c = ctx();
    dispatchCreate(c, sts());
    reconcileStatefulSets(c);
    reconcileStatefulSets(c);
    expect(names(c)).toEqual(["web-0"]);
    const pod = listKind<Pod>(c.state, "Pod")[0] as Pod;
    expect(pod.spec.hostname).toBe("web-0");
    expect(pod.spec.subdomain).toBe("nginx");
    expect(pod.metadata.labels?.["statefulset.kubernetes.io/pod-name"]).toBe("web-0");
    expect(pod.metadata.ownerReferences?.[0]?.kind).toBe("StatefulSet");
    runAll(c);
    reconcileStatefulSets(c);
    expect(names(c)).toEqual(["web-0", "web-1"]);
    runAll(c);
    reconcileStatefulSets(c);
    runAll(c);
    reconcileStatefulSets(c);
    expect(names(c)).toEqual(["web-0", "web-1", "web-2"]);
    const set = listKind<StatefulSet>(c.state, "StatefulSet")[0] as StatefulSet;
    expect(set.status?.readyReplicas).toBe(3);
    const events = listKind(c.state, "Event").map((e) => (e as unknown as { message: string }).message);
    expect(events).toContain("create Pod web-1 in StatefulSet web successful");
  });

  it("creates every ordinal at once with podManagementPolicy Parallel", () => {
    const c = ctx();
    dispatchCreate(c, sts({ podManagementPolicy: "Parallel" }));
    reconcileStatefulSets(c);
    expect(names(c)).toEqual(["web-0", "web-1", "web-2"]);
  });

  it("re-creates a deleted pod under the same name and scales down from the highest ordinal", () => {
    const c = ctx();
    dispatchCreate(c, sts());
    for (let i = 0; i < 4; i++) {
      reconcileStatefulSets(c);
      runAll(c);
    }
    const web0 = listKind<Pod>(c.state, "Pod").find((p) => p.metadata.name === "web-0") as Pod;
    dispatchRemove(c, web0);
    reconcileStatefulSets(c);
    expect(names(c)).toContain("web-0");
    runAll(c);
    const set = listKind<StatefulSet>(c.state, "StatefulSet")[0] as StatefulSet;
    set.spec.replicas = 1;
    reconcileStatefulSets(c);
    expect(listKind<Pod>(c.state, "Pod").filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name)).toEqual(["web-2"]);
    reap(c);
    reconcileStatefulSets(c);
    expect(listKind<Pod>(c.state, "Pod").filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name)).toEqual(["web-1"]);
    reap(c);
    reconcileStatefulSets(c);
    expect(names(c)).toEqual(["web-0"]);
  });

  it("creates claims <template>-<pod>, Bound with a default StorageClass", () => {
    const c = ctx();
    dispatchCreate(c, { apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: { name: "hostpath", annotations: { "storageclass.kubernetes.io/is-default-class": "true" } }, provisioner: "docker.io/hostpath" });
    dispatchCreate(c, sts({ replicas: 1, volumeClaimTemplates: [{ metadata: { name: "www" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } }] }));
    reconcileStatefulSets(c);
    const claims = listKind(c.state, "PersistentVolumeClaim");
    expect(claims.map((p) => p.metadata.name)).toEqual(["www-web-0"]);
    expect((claims[0]?.status as { phase: string }).phase).toBe("Bound");
    expect(claims[0]?.metadata.ownerReferences).toBeUndefined();
    const pod = listKind<Pod>(c.state, "Pod")[0] as Pod;
    expect(pod.spec.volumes).toEqual([{ name: "www", persistentVolumeClaim: { claimName: "www-web-0" } }]);
    expect(listKind(c.state, "PersistentVolume")).toHaveLength(1);
  });

  it("leaves claims Pending without a default StorageClass", () => {
    const c = ctx();
    dispatchCreate(c, sts({ replicas: 1, volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"] } }] }));
    reconcileStatefulSets(c);
    expect((listKind(c.state, "PersistentVolumeClaim")[0]?.status as { phase: string }).phase).toBe("Pending");
  });

  it("rolls an update from the highest ordinal down, one pod at a time, and respects the partition", () => {
    const c = ctx();
    dispatchCreate(c, sts({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 1 } } }));
    for (let i = 0; i < 4; i++) {
      reconcileStatefulSets(c);
      runAll(c);
    }
    const set = listKind<StatefulSet>(c.state, "StatefulSet")[0] as StatefulSet;
    const oldRevision = calculateStatefulSetRevision(set);
    (set.spec.template.spec.containers[0] as { image: string }).image = "nginx:1.26";
    const newRevision = calculateStatefulSetRevision(set);
    expect(newRevision).not.toBe(oldRevision);
    const deleting = (): string[] => listKind<Pod>(c.state, "Pod").filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name);
    reconcileStatefulSets(c);
    expect(deleting()).toEqual(["web-2"]);
    for (let i = 0; i < 6; i++) {
      reap(c);
      reconcileStatefulSets(c);
      runAll(c);
    }
    const revisions = Object.fromEntries(listKind<Pod>(c.state, "Pod").map((p) => [p.metadata.name, p.metadata.labels?.[REVISION_LABEL]]));
    expect(revisions).toEqual({ "web-0": oldRevision, "web-1": newRevision, "web-2": newRevision });
    expect(set.status?.updatedReplicas).toBe(2);
  });

  it("reads ordinals only from names <set>-<digits>", () => {
    const set = sts();
    const pod = (name: string): Pod => ({ apiVersion: "v1", kind: "Pod", metadata: { name }, spec: { containers: [] } });
    fc.assert(fc.property(fc.nat({ max: 1_000_000 }), (n) => calculateOrdinal(set, pod(`web-${n}`)) === n));
    fc.assert(fc.property(fc.string(), (s) => {
      const n = calculateOrdinal(set, pod(s));
      return n === -1 || s === `web-${n}`;
    }));
  });
});
