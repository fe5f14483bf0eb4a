import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { NodeObject, Pod } from "../api/types";
import { calculateInterPodAffinityFailure, calculateMatchesNodeAffinity, calculateToleratesTaint, calculateUntoleratedTaint } from "./scheduler-filters";

const node = (name: string, labels: Record<string, string>): NodeObject =>
  ({ apiVersion: "v1", kind: "Node", metadata: { name, labels: { "kubernetes.io/hostname": name, ...labels } }, spec: {}, status: { capacity: {}, allocatable: {}, conditions: [], addresses: [], nodeInfo: { kubeletVersion: "", osImage: "", kernelVersion: "", containerRuntimeVersion: "", operatingSystem: "", architecture: "" } } }) as NodeObject;
const pod = (spec: Record<string, unknown>, labels: Record<string, string> = {}): Pod => ({ apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default", labels }, spec: { containers: [], ...spec } });

describe("scheduler filters", () => {
  const cp = { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" };
  it("matches tolerations by key, operator, value and effect (ToleratesTaint)", () => {
    expect(calculateToleratesTaint({ key: cp.key, operator: "Exists" }, cp)).toBe(true);
    expect(calculateToleratesTaint({ key: cp.key, effect: "NoSchedule" }, cp)).toBe(true);
    expect(calculateToleratesTaint({ key: cp.key, operator: "Equal", value: "true" }, cp)).toBe(false);
    expect(calculateToleratesTaint({ key: cp.key, operator: "Exists", effect: "NoExecute" }, cp)).toBe(false);
    expect(calculateToleratesTaint({ operator: "Exists" }, cp)).toBe(true);
    expect(calculateToleratesTaint({ key: "other", operator: "Exists" }, cp)).toBe(false);
    expect(calculateUntoleratedTaint([{ key: "a", effect: "PreferNoSchedule" }], [])).toBeUndefined();
    expect(calculateUntoleratedTaint([cp], [])).toEqual(cp);
  });

  it("an empty-key Exists toleration tolerates every taint", () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.constantFrom("NoSchedule", "NoExecute", "PreferNoSchedule"), (key, value, effect) => calculateToleratesTaint({ operator: "Exists" }, { key, value, effect })));
  });

  it("reads required nodeAffinity terms: ORed terms, ANDed expressions, In/NotIn/Exists/DoesNotExist/Gt", () => {
    const ssd = node("a", { disk: "ssd", cores: "8" });
    const hdd = node("b", { disk: "hdd" });
    const terms = (...t: unknown[]) => pod({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: t } } } });
    expect(calculateMatchesNodeAffinity(terms({ matchExpressions: [{ key: "disk", operator: "In", values: ["ssd"] }] }), ssd)).toBe(true);
    expect(calculateMatchesNodeAffinity(terms({ matchExpressions: [{ key: "disk", operator: "In", values: ["ssd"] }] }), hdd)).toBe(false);
    expect(calculateMatchesNodeAffinity(terms({ matchExpressions: [{ key: "disk", operator: "NotIn", values: ["ssd"] }] }), hdd)).toBe(true);
    expect(calculateMatchesNodeAffinity(terms({ matchExpressions: [{ key: "cores", operator: "Exists" }, { key: "cores", operator: "Gt", values: ["4"] }] }), ssd)).toBe(true);
    expect(calculateMatchesNodeAffinity(terms({ matchExpressions: [{ key: "cores", operator: "DoesNotExist" }] }), hdd)).toBe(true);
    expect(calculateMatchesNodeAffinity(terms({ matchExpressions: [{ key: "x", operator: "Exists" }] }, { matchFields: [{ key: "metadata.name", operator: "In", values: ["b"] }] }), hdd)).toBe(true);
    expect(calculateMatchesNodeAffinity(terms({}), ssd)).toBe(false);
    expect(calculateMatchesNodeAffinity(pod({ nodeSelector: { disk: "ssd" } }), hdd)).toBe(false);
  });

  it("pod anti-affinity by hostname keeps replicas apart, and affinity lets the first of a group in", () => {
    const anti = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: "web" } }, topologyKey: "kubernetes.io/hostname" }] } };
    const incoming = pod({ affinity: anti }, { app: "web" });
    const there = { pod: pod({}, { app: "web" }), nodeLabels: { "kubernetes.io/hostname": "a" } };
    expect(calculateInterPodAffinityFailure(incoming, { "kubernetes.io/hostname": "a" }, [there], false)).toBe("node(s) didn't match pod anti-affinity rules");
    expect(calculateInterPodAffinityFailure(incoming, { "kubernetes.io/hostname": "b" }, [there], false)).toBeUndefined();
    const existing = { pod: pod({ affinity: anti }, { app: "db" }), nodeLabels: { "kubernetes.io/hostname": "a" } };
    expect(calculateInterPodAffinityFailure(pod({}, { app: "web" }), { "kubernetes.io/hostname": "a" }, [existing], true)).toBe("node(s) didn't satisfy existing pods anti-affinity rules");
    const cache = pod({ affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: "cache" } }, topologyKey: "kubernetes.io/hostname" }] } } }, { app: "cache" });
    expect(calculateInterPodAffinityFailure(cache, { "kubernetes.io/hostname": "a" }, [], false)).toBeUndefined();
    expect(calculateInterPodAffinityFailure(cache, { "kubernetes.io/hostname": "b" }, [{ pod: pod({}, { app: "cache" }), nodeLabels: { "kubernetes.io/hostname": "a" } }], false)).toBe("node(s) didn't match pod affinity rules");
  });
});
