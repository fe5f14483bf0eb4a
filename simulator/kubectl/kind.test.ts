import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createMemoryFs, createWorld } from "@/simulator";
import { calculateKindNodeNames } from "./bootstrap-kind";
import { parseKindConfig } from "./kind";

describe("kind clusters", () => {
  it("names nodes as kind does", () => {
    expect(calculateKindNodeNames("kind", 3)).toEqual(["kind-control-plane", "kind-worker", "kind-worker2", "kind-worker3"]);
  });

  it("counts workers in a kind config and rejects configs without a control plane", () => {
    expect(parseKindConfig("kind: Cluster\nnodes:\n- role: control-plane\n- role: worker\n- role: worker\n")).toEqual({ workers: 2 });
    expect(parseKindConfig("kind: Cluster\n")).toEqual({ workers: 0 });
    expect(parseKindConfig("nodes:\n- role: worker\n")).toEqual({ error: "invalid configuration: must have at least one control-plane node" });
    expect("error" in parseKindConfig("nodes:\n- role: boss\n")).toBe(true);
  });

  it("never throws on arbitrary config text", () => {
    fc.assert(fc.property(fc.string(), (text) => void parseKindConfig(text)));
  });

  it("kind create cluster gives kubectl a tainted control plane and workers", () => {
    const world = createWorld({ workspace: createMemoryFs({ "kind.yaml": "kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n- role: worker\n- role: worker\n" }) });
    expect(world.run("kind create cluster --config kind.yaml").exitCode).toBe(0);
    expect(world.run("kubectl config current-context").stdout).toBe("kind-kind\n");
    const nodes = world.run("kubectl get nodes").stdout;
    expect(nodes).toMatch(/kind-control-plane +Ready +control-plane/);
    expect(nodes).toMatch(/kind-worker2 +Ready +<none>/);
    world.run("kubectl create deployment web --image=nginx --replicas=4");
    world.run("sleep 5");
    const pods = world.run("kubectl get pods -o wide").stdout;
    expect(pods).not.toContain("kind-control-plane");
    expect(world.run("kind create cluster").stderr).toContain('node(s) already exist for a cluster with the name "kind"');
  });

  it("kind's command front never crashes, and delete brings Docker Desktop's cluster back", () => {
    const world = createWorld({ workspace: createMemoryFs({ "bad.yaml": "nodes: [", "k.yaml": "nodes:\n- role: control-plane\n" }) });
    fc.assert(
      fc.property(fc.array(fc.constantFrom("create", "get", "delete", "cluster", "clusters", "--name", "x", "--config", "bad.yaml", "k.yaml", "missing.yaml", "toString", "--config="), { maxLength: 5 }), (args) => {
        const r = world.run(`kind ${args.join(" ")}`);
        expect(r.stderr).not.toMatch(/TypeError|at \w+ \(/);
      }),
      { numRuns: 60 },
    );
    const name = world.run("kind get clusters").stdout.trim();
    if (name !== "") world.run(`kind delete cluster --name ${name}`);
    expect(world.run("kind get clusters").stderr).toBe("No kind clusters found.\n");
    expect(world.run("kubectl config current-context").stdout).toBe("docker-desktop\n");
  });

  it("a single-node kind cluster keeps its control plane schedulable", () => {
    const world = createWorld();
    world.run("kind create cluster");
    world.run("kubectl run web --image=nginx");
    world.run("sleep 5");
    expect(world.run("kubectl get pod web -o wide").stdout).toContain("kind-control-plane");
  });
});
