import { describe, expect, it } from "vitest";
import { createMemoryFs, createWorld } from "@/simulator";

const KIND = "kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n- role: worker\n- role: worker\n";

describe("node lifecycle (docker stop on a kind node)", () => {
  it("NotReady after the 40 s grace, pods evicted after 300 s and replaced on the other worker, Ready again after docker start", () => {
    const world = createWorld({ workspace: createMemoryFs({ "kind.yaml": KIND }) });
    world.run("kind create cluster --config kind.yaml");
    world.run("kubectl create deployment web --image=nginx --replicas=4");
    world.run("sleep 10");
    expect(world.run("docker stop kind-worker").stdout).toBe("kind-worker\n");
    world.run("sleep 39");
    expect(world.run("kubectl get nodes").stdout).toMatch(/kind-worker +Ready /);
    world.run("sleep 1");
    expect(world.run("kubectl get nodes").stdout).toMatch(/kind-worker +NotReady /);
    const yaml = world.run("kubectl get node kind-worker -o yaml").stdout;
    expect(yaml).toContain("key: node.kubernetes.io/unreachable");
    expect(yaml).toContain("Kubelet stopped posting node status.");
    world.run("sleep 299");
    expect(world.run("kubectl get pods").stdout).not.toContain("Terminating");
    world.run("sleep 1");
    world.run("sleep 10");
    const pods = world.run("kubectl get pods -o wide").stdout;
    expect(pods.match(/Terminating .* kind-worker /g)).toHaveLength(2);
    expect(pods.match(/Running .* kind-worker2 /g)).toHaveLength(4);
    expect(world.run("kubectl get events").stdout).toContain("Marking for deletion Pod default/web-");
    world.run("docker start kind-worker");
    world.run("sleep 30");
    expect(world.run("kubectl get nodes").stdout).toMatch(/kind-worker +Ready /);
    expect(world.run("kubectl get pods").stdout).not.toContain("Terminating");
  });

  it("docker stop of an unknown name still goes to the engine", () => {
    const world = createWorld();
    world.run("kind create cluster");
    const r = world.run("docker stop kind-worker");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("No such container: kind-worker");
  });
});
