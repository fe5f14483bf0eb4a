import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createMemoryFs, createWorld } from "@/simulator";

const KIND = "kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n- role: worker\n- role: worker\n";

function kindWorld() {
  const world = createWorld({ workspace: createMemoryFs({ "kind.yaml": KIND }) });
  world.run("kind create cluster --config kind.yaml");
  return world;
}

describe("kubectl cordon / uncordon / drain", () => {
  it("cordon marks the node SchedulingDisabled and new pods avoid it", () => {
    const world = kindWorld();
    expect(world.run("kubectl cordon kind-worker").stdout).toBe("node/kind-worker cordoned\n");
    expect(world.run("kubectl get nodes").stdout).toMatch(/kind-worker +Ready,SchedulingDisabled/);
    world.run("kubectl create deployment web --image=nginx --replicas=3");
    world.run("sleep 10");
    const pods = world.run("kubectl get pods -o wide").stdout;
    expect(pods).not.toMatch(/kind-worker\s/);
    expect(world.run("kubectl uncordon kind-worker").stdout).toBe("node/kind-worker uncordoned\n");
  });

  it("drain refuses DaemonSet pods and bare pods with kubectl's errors, exit 1", () => {
    const world = kindWorld();
    world.run("kubectl run solo2 --image=nginx");
    world.run("sleep 5");
    const node = /kind-worker2?/.exec(world.run("kubectl get pod solo2 -o wide").stdout)?.[0] ?? "";
    const r = world.run(`kubectl drain ${node}`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`error: unable to drain node "${node}" due to error:[`);
    expect(r.stderr).toContain("cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kindnet-");
    expect(r.stderr).toContain("cannot delete Pods declare no controller (use --force to override): default/solo2");
    expect(r.stderr).toContain(`There are pending nodes to be drained:\n ${node}\n`);
  });

  it("drain evicts managed pods, waits for them on the virtual clock, and they come back elsewhere", () => {
    const world = kindWorld();
    world.run("kubectl create deployment web --image=nginx --replicas=4");
    world.run("sleep 10");
    const r = world.run("kubectl drain kind-worker --ignore-daemonsets");
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^Warning: ignoring DaemonSet-managed Pods: kube-system\/kindnet-\w+, kube-system\/kube-proxy-\w+\n$/);
    expect(r.stdout).toMatch(/^node\/kind-worker cordoned\n(evicting pod default\/web-\S+\n)+(pod\/web-\S+ evicted\n)+node\/kind-worker drained\n$/);
    world.run("sleep 10");
    const pods = world.run("kubectl get pods -o wide").stdout.trim().split("\n").slice(1);
    expect(pods).toHaveLength(4);
    for (const line of pods) expect(line).toMatch(/Running .* kind-worker2 /);
  });

  it("never crashes on arbitrary arguments", () => {
    const world = kindWorld();
    fc.assert(
      fc.property(fc.constantFrom("cordon", "uncordon", "drain"), fc.array(fc.constantFrom("kind-worker", "nope", "toString", "-l", "app=x", "--force", "--timeout", "5s", "bogus", "--grace-period=0", "--dry-run=client", "=="), { maxLength: 4 }), (verb, args) => {
        const r = world.run(`kubectl ${verb} ${args.join(" ")}`);
        expect(r.stderr).not.toMatch(/TypeError|at \w+ \(/);
      }),
      { numRuns: 60 },
    );
  });
});
