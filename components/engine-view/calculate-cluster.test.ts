import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createMemoryFs, createWorld, type ClusterSnapshot, type World } from "@/simulator";
import { calculateCluster, calculatePodTone, EVENT_LIMIT, type PodTone } from "./calculate-cluster";

const GHOST = "apiVersion: v1\nkind: Service\nmetadata:\n  name: ghost\nspec:\n  selector:\n    app: ghost\n  ports:\n  - port: 80\n";

function world(): World {
  return createWorld({ workspace: createMemoryFs({ "/ghost.yaml": GHOST }), seed: 7 });
}

function cluster(w: World): ClusterSnapshot {
  const c = w.snapshot().cluster;
  if (!c) throw new Error("no cluster yet");
  return c;
}

function run(w: World, line: string): void {
  const r = w.run(line);
  if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
}

describe("calculateCluster", () => {
  it("has no cluster before kubectl is used", () => {
    expect(world().snapshot().cluster).toBeUndefined();
  });

  it("draws a Deployment's ReplicaSet and pods on the node, the Service's pods, and the learner's events newest first", () => {
    const w = world();
    run(w, "kubectl create deployment web --image=nginx --replicas=2");
    run(w, "kubectl expose deployment web --port=80");
    run(w, "sleep 20");
    run(w, "kubectl get pods");
    const view = calculateCluster(cluster(w));
    expect(view.nodes.map((n) => n.name)).toEqual(["docker-desktop"]);
    const node = view.nodes[0];
    expect(node?.ready).toBe(true);
    expect(node?.systemPods).toBeGreaterThan(0);
    expect(node?.pods.map((p) => p.tone)).toEqual(["running", "running"]);
    expect(node?.pods.every((p) => p.name.startsWith("web-") && p.ready === "1/1")).toBe(true);
    expect(view.unscheduled).toEqual([]);
    expect(view.barePods).toEqual([]);
    const [deployment] = view.deployments;
    expect(deployment?.name).toBe("web");
    expect(deployment?.ready).toBe("2/2");
    expect(deployment?.replicaSets.map((rs) => [rs.revision, rs.desired, rs.pods.length])).toEqual([["1", 2, 2]]);
    expect(view.services.map((s) => [s.name, s.selector, s.ports, s.pods.length])).toEqual([["web", "app=web", "80/TCP", 2]]);
    expect(view.events.length).toBeGreaterThan(0);
    expect(view.events.length).toBeLessThanOrEqual(EVENT_LIMIT);
    expect(view.events.some((e) => e.object.includes("coredns"))).toBe(false);
    expect(view.events[0]?.reason).not.toBe("ScalingReplicaSet");
  });

  it("shows a rollout to a missing image: two ReplicaSets, newest first, the new pod in image trouble", () => {
    const w = world();
    run(w, "kubectl create deployment web --image=nginx --replicas=2");
    run(w, "sleep 20");
    run(w, "kubectl set image deployment/web nginx=nginx:no-such-tag");
    run(w, "sleep 30");
    run(w, "kubectl get pods");
    const view = calculateCluster(cluster(w));
    const rs = view.deployments[0]?.replicaSets ?? [];
    expect(rs.map((r) => r.revision)).toEqual(["2", "1"]);
    expect(rs[0]?.pods.map((p) => p.tone)).toContain("pull");
    expect(rs[1]?.pods.every((p) => p.tone === "running")).toBe(true);
    expect(view.events.some((e) => e.type === "Warning")).toBe(true);
  });

  it("keeps a bare pod apart and a Service that selects nothing empty", () => {
    const w = world();
    run(w, "kubectl run solo --image=busybox -- sh -c 'exit 1'");
    run(w, "kubectl apply -f ghost.yaml");
    run(w, "sleep 60");
    run(w, "kubectl get pods");
    const view = calculateCluster(cluster(w));
    expect(view.barePods.map((p) => [p.name, p.tone])).toEqual([["solo", "crash"]]);
    expect(view.services.map((s) => [s.name, s.selector, s.pods.length])).toEqual([["ghost", "app=ghost", 0]]);
  });
});

describe("calculatePodTone", () => {
  it("colours kubectl's STATUS words", () => {
    const cases: [string, string | undefined, PodTone][] = [
      ["Running", "Running", "running"],
      ["Pending", "Pending", "pending"],
      ["ContainerCreating", "Pending", "creating"],
      ["Init:0/1", "Pending", "creating"],
      ["CrashLoopBackOff", "Running", "crash"],
      ["Error", "Running", "crash"],
      ["ImagePullBackOff", "Pending", "pull"],
      ["ErrImagePull", "Pending", "pull"],
      ["Terminating", "Running", "terminating"],
      ["Completed", "Succeeded", "done"],
      ["Evicted", "Failed", "failed"],
    ];
    for (const [status, phase, tone] of cases) expect([status, calculatePodTone(status, phase)]).toEqual([status, tone]);
  });

  it("gives every status some tone (property)", () => {
    const tones = new Set<PodTone>(["running", "pending", "creating", "crash", "pull", "terminating", "done", "failed"]);
    fc.assert(fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (status, phase) => tones.has(calculatePodTone(status, phase))));
  });
});

describe("calculateCluster invariants (property)", () => {
  const step = fc.oneof(
    fc.constantFrom("kubectl create deployment web --image=nginx", "kubectl create deployment api --image=nginx:no-such-tag", "kubectl run solo --image=nginx"),
    fc.constantFrom("kubectl scale deployment web --replicas=3", "kubectl scale deployment web --replicas=0", "kubectl set image deployment/web nginx=nginx:1.25"),
    fc.constantFrom("kubectl expose deployment web --port=80", "kubectl delete pod solo", "kubectl delete pods -l app=web", "kubectl rollout undo deployment/web"),
    fc.constantFrom("sleep 1", "sleep 15", "sleep 120"),
  );

  it("every learner pod is drawn once on a node or as unscheduled, once under its owner, and services only hold their namespace's pods", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (lines) => {
        const w = world();
        for (const line of lines) w.run(line);
        w.run("kubectl get pods");
        const c = cluster(w);
        const view = calculateCluster(JSON.parse(JSON.stringify(c)) as ClusterSnapshot);
        const placed = [...view.nodes.flatMap((n) => n.pods), ...view.unscheduled].map((p) => p.uid);
        expect(new Set(placed).size).toBe(placed.length);
        const owned = [...view.deployments.flatMap((d) => d.replicaSets.flatMap((rs) => rs.pods)), ...view.barePods].map((p) => p.uid);
        expect(owned.sort()).toEqual([...placed].sort());
        for (const s of view.services) expect(s.pods.every((p) => p.namespace === s.namespace)).toBe(true);
        expect(view.events.length).toBeLessThanOrEqual(EVENT_LIMIT);
        // The view reads the snapshot without changing it.
        expect(JSON.stringify(c)).toBe(JSON.stringify(cluster(w)));
      }),
      { numRuns: 25 },
    );
  });
});
