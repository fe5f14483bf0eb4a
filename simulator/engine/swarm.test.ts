import { describe, expect, it } from "vitest";
import { VirtualClock } from "../core/clock";
import { SeededIds } from "../core/ids";
import { createEngineState, Engine } from "./engine";
import { dispatchNodeAvailability, dispatchSimulatedNode, dispatchSwarmInit, dispatchSwarmLeave, getManagedSwarm } from "./swarm";
import { dispatchServiceCreate, dispatchServiceUpdate, findIngressOwner, waitForService } from "./swarm-services";
import type { SwarmServiceSpec } from "./swarm-state";
import { isLiveTask } from "./swarm-tasks";

function createSwarmEngine(): { engine: Engine; clock: VirtualClock } {
  const clock = new VirtualClock();
  const engine = new Engine(createEngineState(), clock, new SeededIds(11));
  const init = dispatchSwarmInit(engine, undefined);
  if (!init.ok) throw new Error(init.error.message);
  return { engine, clock };
}

const SPEC: SwarmServiceSpec = { image: "nginx:latest", replicas: 3, ports: [{ published: 80, target: 80, protocol: "tcp" }], env: [], args: [], labels: {}, updateParallelism: 1, updateDelay: 0 };

describe("swarm orchestration on the virtual clock", () => {
  it("moves a task through New, Pending, Assigned, Preparing, Starting to Running and starts a container named service.slot.task", () => {
    const { engine, clock } = createSwarmEngine();
    const created = dispatchServiceCreate(engine, "web", { ...SPEC, replicas: 1 });
    if (!created.ok) throw new Error(created.error.message);
    const swarm = engine.state.swarm;
    if (!swarm) throw new Error("no swarm");
    const seen: string[] = [];
    for (let t = 0; t <= 2500; t += 5) {
      getManagedSwarm(engine);
      const state = swarm.tasks[0]?.state ?? "";
      if (seen[seen.length - 1] !== state) seen.push(state);
      clock.advance(5);
    }
    expect(seen).toEqual(["new", "pending", "assigned", "preparing", "starting", "running"]);
    const task = swarm.tasks[0];
    const container = task?.containerId ? engine.state.runtime.containers[task.containerId] : undefined;
    expect(container?.name).toBe(`web.1.${task?.id}`);
    expect(container?.state.Running).toBe(true);
  });

  it("spreads replicas over nodes, runs containers only for this node's tasks, and reschedules a drained node's tasks", () => {
    const { engine } = createSwarmEngine();
    const worker = dispatchSimulatedNode(engine, "worker1");
    if (!worker.ok) throw new Error(worker.error.message);
    const created = dispatchServiceCreate(engine, "web", { ...SPEC, replicas: 4 });
    if (!created.ok) throw new Error(created.error.message);
    const swarm = engine.state.swarm;
    if (!swarm) throw new Error("no swarm");
    expect(waitForService(engine, swarm, created.value, 60_000)).toBe(true);
    const onWorker = () => swarm.tasks.filter((t) => isLiveTask(t) && t.nodeId === worker.value.id);
    expect(onWorker()).toHaveLength(2);
    expect(Object.values(engine.state.runtime.containers).filter((c) => c.state.Running)).toHaveLength(2);
    expect(onWorker().every((t) => t.containerId === undefined)).toBe(true);
    dispatchNodeAvailability(engine, "worker1", "drain");
    expect(waitForService(engine, swarm, created.value, 60_000)).toBe(true);
    expect(onWorker()).toHaveLength(0);
    expect(Object.values(engine.state.runtime.containers).filter((c) => c.state.Running)).toHaveLength(4);
  });

  it("replaces tasks batch by batch in a rolling update and keeps the old ones as Shutdown history", () => {
    const { engine, clock } = createSwarmEngine();
    const created = dispatchServiceCreate(engine, "web", { ...SPEC, replicas: 4, updateParallelism: 2, updateDelay: 10_000 });
    if (!created.ok) throw new Error(created.error.message);
    const swarm = engine.state.swarm;
    if (!swarm) throw new Error("no swarm");
    waitForService(engine, swarm, created.value, 60_000);
    const start = clock.now();
    dispatchServiceUpdate(engine, "web", (spec) => ({ ...spec, image: "nginx:1.27" }));
    clock.advance(3000);
    getManagedSwarm(engine);
    const current = () => swarm.tasks.filter((t) => isLiveTask(t) && t.image === "nginx:1.27").length;
    expect(current()).toBe(2);
    expect(waitForService(engine, swarm, created.value, 60_000)).toBe(true);
    expect(current()).toBe(4);
    expect(clock.now() - start).toBe(3000 + 11_000);
    expect(swarm.tasks.filter((t) => t.state === "shutdown" && t.image === "nginx:latest")).toHaveLength(4);
  });

  it("answers a published port through the mesh round robin, and the state survives a JSON round trip", () => {
    const { engine } = createSwarmEngine();
    const created = dispatchServiceCreate(engine, "web", SPEC);
    if (!created.ok) throw new Error(created.error.message);
    const swarm = engine.state.swarm;
    if (!swarm) throw new Error("no swarm");
    waitForService(engine, swarm, created.value, 60_000);
    const owners = [1, 2, 3].map(() => findIngressOwner(engine, 80)?.container.id);
    expect(new Set(owners).size).toBe(3);
    expect(findIngressOwner(engine, 81)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(engine.state.swarm))).toEqual(structuredClone(engine.state.swarm));
  });

  it("refuses a second init, and leave without --force on a manager", () => {
    const { engine } = createSwarmEngine();
    expect(dispatchSwarmInit(engine, undefined).ok).toBe(false);
    const leave = dispatchSwarmLeave(engine, false);
    expect(leave.ok ? "" : leave.error.message).toMatch(/^You are attempting to leave the swarm on a node that is participating as a manager/);
    expect(dispatchSwarmLeave(engine, true).ok).toBe(true);
    const after = getManagedSwarm(engine);
    expect(after.ok ? "" : after.error.message).toMatch(/^This node is not a swarm manager/);
  });
});
