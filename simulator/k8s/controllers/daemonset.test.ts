import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SeededIds } from "../../core/ids";
import { formatTimestamp } from "../api/duration";
import type { NodeObject, Pod } from "../api/types";
import { createClusterState, dispatchCreate, dispatchRemove, listKind, type StoreContext } from "../store/store";
import { calculateMaxUnavailable, calculateShouldRunOnNode, reconcileDaemonSets, type DaemonSet } from "./daemonset";

const T0 = Date.UTC(2025, 2, 1, 9);

function node(name: string, labels: Record<string, string> = {}, taints: NodeObject["spec"]["taints"] = [], unschedulable = false): NodeObject {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels: { "kubernetes.io/hostname": name, "kubernetes.io/os": "linux", ...labels } },
    spec: { taints, unschedulable },
    status: { capacity: {}, allocatable: {}, conditions: [], addresses: [], nodeInfo: { kubeletVersion: "", osImage: "", kernelVersion: "", containerRuntimeVersion: "", operatingSystem: "linux", architecture: "amd64" } },
  };
}

function ctx(nodes: NodeObject[]): StoreContext {
  const c: StoreContext = { state: createClusterState(0), now: T0, ids: new SeededIds(7) };
  dispatchCreate(c, { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  for (const n of nodes) dispatchCreate(c, n);
  return c;
}

function ds(spec: Partial<DaemonSet["spec"]> = {}): DaemonSet {
  return { apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "agent" }, spec: { selector: { matchLabels: { app: "agent" } }, template: { metadata: { labels: { app: "agent" } }, spec: { containers: [{ name: "agent", image: "busybox" }] } }, ...spec } };
}

function target(p: Pod): string {
  const terms = (p.spec.affinity as { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: { matchFields: { values: string[] }[] }[] } } }).nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms;
  return terms[0]?.matchFields[0]?.values[0] ?? "";
}

/** Binds and readies every pod, as the scheduler and kubelet would. */
function runAll(c: StoreContext): void {
  for (const p of listKind<Pod>(c.state, "Pod")) {
    if (p.metadata.deletionTimestamp) continue;
    p.spec.nodeName ??= target(p);
    p.status = { phase: "Running", conditions: [{ type: "Ready", status: "True", lastTransitionTime: formatTimestamp(c.now) }] };
  }
}

describe("daemonset controller", () => {
  it("creates one pod <ds>-<5 chars> per node, pinned to it, with the daemon tolerations", () => {
    const c = ctx([node("a"), node("b"), node("c", {}, [], true)]);
    dispatchCreate(c, ds());
    reconcileDaemonSets(c);
    reconcileDaemonSets(c);
    const pods = listKind<Pod>(c.state, "Pod");
    expect(pods).toHaveLength(3);
    expect(pods.map(target).sort()).toEqual(["a", "b", "c"]);
    for (const p of pods) expect(p.metadata.name).toMatch(/^agent-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const keys = (pods[0]?.spec.tolerations as { key: string }[]).map((t) => t.key);
    expect(keys).toContain("node.kubernetes.io/unschedulable");
    const events = listKind(c.state, "Event").map((e) => (e as unknown as { message: string }).message);
    expect(events).toContain(`Created pod: ${pods[0]?.metadata.name ?? ""}`);
    const set = listKind<DaemonSet>(c.state, "DaemonSet")[0] as DaemonSet;
    expect(set.status?.desiredNumberScheduled).toBe(3);
    expect(set.status?.currentNumberScheduled).toBe(3);
  });

  it("respects nodeSelector and untolerated NoSchedule taints, and tolerations that allow them", () => {
    const tainted = node("cp", { "node-role.kubernetes.io/control-plane": "" }, [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }]);
    const ssd = node("w1", { disk: "ssd" });
    const plain = node("w2");
    expect(calculateShouldRunOnNode(ds(), tainted)).toBe(false);
    expect(calculateShouldRunOnNode(ds(), plain)).toBe(true);
    const selective = ds();
    selective.spec.template.spec.nodeSelector = { disk: "ssd" };
    expect([tainted, ssd, plain].filter((n) => calculateShouldRunOnNode(selective, n)).map((n) => n.metadata.name)).toEqual(["w1"]);
    const tolerant = ds();
    tolerant.spec.template.spec.tolerations = [{ key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" }];
    expect(calculateShouldRunOnNode(tolerant, tainted)).toBe(true);
  });

  it("re-creates a deleted pod and rolls an update one node at a time", () => {
    const c = ctx([node("a"), node("b")]);
    dispatchCreate(c, ds());
    reconcileDaemonSets(c);
    runAll(c);
    const first = listKind<Pod>(c.state, "Pod")[0] as Pod;
    dispatchRemove(c, first);
    reconcileDaemonSets(c);
    expect(listKind<Pod>(c.state, "Pod")).toHaveLength(2);
    runAll(c);
    reconcileDaemonSets(c);
    const set = listKind<DaemonSet>(c.state, "DaemonSet")[0] as DaemonSet;
    expect(set.status?.numberReady).toBe(2);
    (set.spec.template.spec.containers[0] as { image: string }).image = "busybox:1.37";
    set.metadata.generation = 2;
    reconcileDaemonSets(c);
    expect(listKind<Pod>(c.state, "Pod").filter((p) => p.metadata.deletionTimestamp)).toHaveLength(1);
    for (let i = 0; i < 4; i++) {
      for (const p of listKind<Pod>(c.state, "Pod")) if (p.metadata.deletionTimestamp) dispatchRemove(c, p);
      reconcileDaemonSets(c);
      runAll(c);
    }
    reconcileDaemonSets(c);
    const images = listKind<Pod>(c.state, "Pod").map((p) => p.spec.containers[0]?.image);
    expect(images).toEqual(["busybox:1.37", "busybox:1.37"]);
    expect(set.status?.updatedNumberScheduled).toBe(2);
  });

  it("scales maxUnavailable percentages up, never below 1", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.nat({ max: 500 }), (pct, desired) => {
      const n = calculateMaxUnavailable(ds({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: `${pct}%` } } }), desired);
      return n === Math.max(1, Math.ceil((pct * desired) / 100));
    }));
  });
});
