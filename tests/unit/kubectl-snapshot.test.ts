import { describe, expect, it } from "vitest";
import { createWorld } from "@/simulator";

describe("cluster in the world snapshot", () => {
  it("survives a JSON round trip and carries on identically", () => {
    const a = createWorld();
    a.run("kubectl create deployment web --image=nginx --replicas=2");
    a.run("sleep 5");
    const snap = JSON.parse(JSON.stringify(a.snapshot())) as ReturnType<typeof a.snapshot>;
    expect(snap.cluster?.store.objects.deployments).toBeDefined();
    const b = createWorld();
    b.restore(snap);
    for (const w of [a, b]) w.run("kubectl scale deployment web --replicas=3");
    for (const w of [a, b]) w.run("sleep 10");
    const outA = a.run("kubectl get pods -o wide").stdout;
    expect(b.run("kubectl get pods -o wide").stdout).toBe(outA);
    expect(outA.split("\n").filter((l) => l.includes("Running"))).toHaveLength(3);
  });

  it("a world that never ran kubectl has no cluster in its snapshot", () => {
    expect(createWorld().snapshot().cluster).toBeUndefined();
  });
});
