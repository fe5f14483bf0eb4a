import { describe, expect, it } from "vitest";
import { SeededIds } from "../../core/ids";
import type { Deployment, KubeObject } from "../api/types";
import { createClusterState, dispatchCreate, listKind, type StoreContext } from "../store/store";
import { calculateCpuTarget, reconcileHorizontalPodAutoscalers, type HorizontalPodAutoscaler } from "./hpa";

function setup(): StoreContext {
  const ctx: StoreContext = { state: createClusterState(0), now: 0, ids: new SeededIds(7) };
  dispatchCreate(ctx, { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  const deploy = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "default" }, spec: { replicas: 0, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx" }] } } } };
  dispatchCreate(ctx, deploy as unknown as KubeObject);
  return ctx;
}

const hpa = (min?: number): HorizontalPodAutoscaler => ({ apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "web", namespace: "default" }, spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, ...(min ? { minReplicas: min } : {}), maxReplicas: 5 } });

describe("HPA controller", () => {
  it("defaults the cpu target to 80%", () => {
    expect(calculateCpuTarget(hpa())).toBe(80);
  });

  it("syncs every 15 s and leaves a scaled-to-zero target alone", () => {
    const ctx = setup();
    dispatchCreate(ctx, hpa(2) as unknown as KubeObject);
    expect(reconcileHorizontalPodAutoscalers(ctx)).toBe(15_000);
    expect(listKind<Deployment>(ctx.state, "Deployment")[0]?.spec.replicas).toBe(0);
    expect(reconcileHorizontalPodAutoscalers({ ...ctx, now: 5_000 })).toBe(15_000);
  });

  it("without the metrics API reports FailedGetResourceMetric and keeps the replicas", () => {
    const ctx = setup();
    const d = listKind<Deployment>(ctx.state, "Deployment")[0];
    if (d) d.spec.replicas = 3;
    dispatchCreate(ctx, hpa() as unknown as KubeObject);
    reconcileHorizontalPodAutoscalers(ctx);
    expect(d?.spec.replicas).toBe(3);
    const reasons = listKind<KubeObject & { reason?: string }>(ctx.state, "Event").map((e) => e.reason);
    expect(reasons).toContain("FailedGetResourceMetric");
    expect(listKind<HorizontalPodAutoscaler>(ctx.state, "HorizontalPodAutoscaler")[0]?.status?.currentReplicas).toBe(3);
  });
});
