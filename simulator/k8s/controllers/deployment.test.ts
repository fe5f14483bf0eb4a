import { describe, expect, it } from "vitest";
import { calculateFenceposts } from "./deployment-rollout";
import type { Deployment } from "../api/types";

const d = (replicas: number, maxSurge?: number | string, maxUnavailable?: number | string): Deployment => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web" },
  spec: { replicas, selector: {}, template: { spec: { containers: [] } }, strategy: { type: "RollingUpdate", rollingUpdate: { ...(maxSurge !== undefined ? { maxSurge } : {}), ...(maxUnavailable !== undefined ? { maxUnavailable } : {}) } } },
});

describe("deployment fenceposts (fidelity reference §5.7)", () => {
  it("rounds maxSurge up and maxUnavailable down", () => {
    expect([1, 3, 4, 10].map((n) => calculateFenceposts(d(n)))).toEqual([
      { surge: 1, unavailable: 0 },
      { surge: 1, unavailable: 0 },
      { surge: 1, unavailable: 1 },
      { surge: 3, unavailable: 2 },
    ]);
  });
  it("makes maxUnavailable 1 when both are 0", () => {
    expect(calculateFenceposts(d(3, 0, 0))).toEqual({ surge: 0, unavailable: 1 });
    expect(calculateFenceposts(d(5, "0%", 2))).toEqual({ surge: 0, unavailable: 2 });
  });
});
