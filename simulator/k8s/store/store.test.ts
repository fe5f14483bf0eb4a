import { describe, expect, it } from "vitest";
import { SeededIds } from "../../core/ids";
import type { KubeObject } from "../api/types";
import { createClusterState, dispatchCreate, dispatchDelete, dispatchEvent, dispatchUpdate, listKind, type StoreContext } from "./store";

function ctx(): StoreContext {
  const c: StoreContext = { state: createClusterState(0), now: Date.UTC(2025, 2, 1, 9), ids: new SeededIds(7) };
  dispatchCreate(c, { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  return c;
}

describe("k8s store", () => {
  it("fills uid, resourceVersion, creationTimestamp and counts generation on spec changes only", () => {
    const c = ctx();
    const d: KubeObject = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { replicas: 1 } };
    expect(dispatchCreate(c, d).ok).toBe(true);
    expect(d.metadata).toMatchObject({ namespace: "default", generation: 1, creationTimestamp: "2025-03-01T09:00:00Z" });
    expect(d.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const rv = Number(d.metadata.resourceVersion);
    const same = structuredClone(d);
    dispatchUpdate(c, same);
    expect(same.metadata.generation).toBe(1);
    const scaled = structuredClone(same);
    (scaled.spec as { replicas: number }).replicas = 3;
    dispatchUpdate(c, scaled);
    expect(scaled.metadata.generation).toBe(2);
    expect(Number(scaled.metadata.resourceVersion)).toBeGreaterThan(rv);
  });

  it("refuses duplicates and missing namespaces with the API server's words", () => {
    const c = ctx();
    dispatchCreate(c, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a" } });
    const again = dispatchCreate(c, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a" } });
    expect(again).toEqual({ ok: false, error: { reason: "AlreadyExists", message: 'configmaps "a" already exists' } });
    const elsewhere = dispatchCreate(c, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a", namespace: "dev" } });
    expect(elsewhere.ok ? "" : elsewhere.error.message).toBe('namespaces "dev" not found');
  });

  it("deletes scheduled pods gracefully and unscheduled ones at once", () => {
    const c = ctx();
    const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { nodeName: "n", terminationGracePeriodSeconds: 30, containers: [] } };
    dispatchCreate(c, pod);
    dispatchDelete(c, pod);
    expect(pod.metadata.deletionTimestamp).toBe("2025-03-01T09:00:30Z");
    expect(listKind(c.state, "Pod")).toHaveLength(1);
    const pending: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "q" }, spec: { containers: [] } };
    dispatchCreate(c, pending);
    dispatchDelete(c, pending);
    expect(listKind(c.state, "Pod").map((p) => p.metadata.name)).toEqual(["p"]);
  });

  it("merges repeated events into a count", () => {
    const c = ctx();
    const cm: KubeObject = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a" } };
    dispatchCreate(c, cm);
    dispatchEvent(c, cm, "Warning", "BackOff", "x", "kubelet");
    c.now += 5000;
    dispatchEvent(c, cm, "Warning", "BackOff", "x", "kubelet");
    const events = listKind<KubeObject & { count: number; lastTimestamp: string }>(c.state, "Event");
    expect(events.map((e) => [e.count, e.lastTimestamp])).toEqual([[2, "2025-03-01T09:00:05Z"]]);
  });
});
