import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import type { ContainerRecord } from "../runtime/types";
import { calculateSwarmId, findService, type SwarmService, type SwarmServiceSpec, type SwarmState } from "./swarm-state";
import { dispatchTaskShutdown, findNextSwarmEvent, isLiveTask, TASK_START_MS } from "./swarm-tasks";
import { getManagedSwarm } from "./swarm";

/** Service names follow swarmkit's validation (manager/controlapi/common.go isValidDNSName: letters, digits, `-` and `_` inside, ≤ 63). */
const SERVICE_NAME = /^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$/;

/** ServiceCreate: validates the name and ports, records the service; the orchestrator creates its tasks. */
export function dispatchServiceCreate(engine: Engine, name: string, spec: SwarmServiceSpec): EngineResult<SwarmService> {
  const managed = getManagedSwarm(engine);
  if (!managed.ok) return managed;
  const swarm = managed.value;
  if (name.length > 63 || !SERVICE_NAME.test(name)) {
    return { ok: false, error: engineError("invalid", `rpc error: code = InvalidArgument desc = name must be valid as a DNS name component`, 1) };
  }
  if (Object.values(swarm.services).some((s) => s.name === name)) {
    return { ok: false, error: engineError("conflict", `rpc error: code = AlreadyExists desc = name conflicts with an existing object: service ${name} already exists`, 1) };
  }
  const clash = findPortClash(swarm, spec, undefined);
  if (clash) return { ok: false, error: clash };
  const now = engine.clock.now();
  const service: SwarmService = { id: calculateSwarmId(engine.ids), name, spec, version: 1, createdAt: now, updatedAt: now, meshNext: 0 };
  swarm.services[service.id] = service;
  engine.settle();
  return { ok: true, value: service };
}

/** The daemon's error when another service already publishes a port (swarmkit controlapi checkPortConflicts). */
function findPortClash(swarm: SwarmState, spec: SwarmServiceSpec, self: string | undefined): ReturnType<typeof engineError> | undefined {
  for (const port of spec.ports) {
    const other = Object.values(swarm.services).find((s) => s.id !== self && s.spec.ports.some((p) => p.published === port.published && p.protocol === port.protocol));
    if (other) {
      return engineError("invalid", `rpc error: code = InvalidArgument desc = port '${port.published}' is already in use by service '${other.name}' (${other.id}) as an ingress port`, 1);
    }
  }
  return undefined;
}

/** A service by ID, name or prefix, with the swarm brought up to now. */
export function getService(engine: Engine, ref: string): EngineResult<{ swarm: SwarmState; service: SwarmService }> {
  const managed = getManagedSwarm(engine);
  if (!managed.ok) return managed;
  const service = findService(managed.value, ref);
  return service.ok ? { ok: true, value: { swarm: managed.value, service: service.value } } : service;
}

/**
 * ServiceUpdate: a new spec version. A change to the task template (image,
 * env, args) starts a rolling update by UpdateConfig (parallelism slots at
 * a time, the delay after each batch runs); a change to the replica count
 * only adds or removes slots. `rollback` swaps back to the previous spec.
 */
export function dispatchServiceUpdate(engine: Engine, ref: string, change: (spec: SwarmServiceSpec) => SwarmServiceSpec, rollback = false): EngineResult<SwarmService> {
  const found = getService(engine, ref);
  if (!found.ok) return found;
  const { swarm, service } = found.value;
  let next: SwarmServiceSpec;
  if (rollback) {
    if (!service.previousSpec) return { ok: false, error: engineError("invalid", `rpc error: code = FailedPrecondition desc = service ${service.id} does not have a previous spec`, 1) };
    next = service.previousSpec;
  } else next = change(structuredClone(service.spec));
  const clash = findPortClash(swarm, next, service.id);
  if (clash) return { ok: false, error: clash };
  const templateChanged = next.image !== service.spec.image || JSON.stringify([next.env, next.args, next.labels]) !== JSON.stringify([service.spec.env, service.spec.args, service.spec.labels]);
  service.previousSpec = service.spec;
  service.spec = next;
  service.updatedAt = engine.clock.now();
  if (templateChanged) {
    service.version++;
    const keys = swarm.tasks.filter((t) => t.serviceId === service.id && isLiveTask(t)).map((t) => String(t.slot || t.nodeId));
    const order = [...new Set(keys)].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
    const parallelism = next.updateParallelism === 0 ? Math.max(1, order.length) : next.updateParallelism;
    service.update = { startedAt: engine.clock.now(), step: TASK_START_MS + next.updateDelay, order, parallelism, rollback };
    service.updateState = rollback ? "rollback_started" : "updating";
  }
  engine.settle();
  return { ok: true, value: service };
}

/** ServiceRemove: its tasks shut down and their containers go. */
export function dispatchServiceRemove(engine: Engine, ref: string): EngineResult<SwarmService> {
  const found = getService(engine, ref);
  if (!found.ok) return found;
  const { swarm, service } = found.value;
  for (const task of swarm.tasks.filter((t) => t.serviceId === service.id)) {
    dispatchTaskShutdown(engine, task, engine.clock.now());
    if (task.containerId) delete engine.state.runtime.containers[task.containerId];
  }
  swarm.tasks = swarm.tasks.filter((t) => t.serviceId !== service.id);
  delete swarm.services[service.id];
  engine.markScheduleChanged();
  return { ok: true, value: service };
}

/** Whether every slot of the service runs a task of its current spec (what the CLI's progress waits for). */
export function isServiceConverged(swarm: SwarmState, service: SwarmService): boolean {
  if (service.update) return false;
  const live = swarm.tasks.filter((t) => t.serviceId === service.id && isLiveTask(t));
  const wanted = service.spec.replicas ?? swarm.nodes.filter((n) => n.availability === "active").length;
  const running = live.filter((t) => t.state === "running" && t.specVersion === service.version).length;
  return running === wanted && live.length === wanted;
}

/**
 * Lets virtual time pass until the service converges (the CLI's progress
 * loop), at most `limitMs`; returns whether it converged.
 */
export function waitForService(engine: Engine, swarm: SwarmState, service: SwarmService, limitMs: number): boolean {
  const end = engine.clock.now() + limitMs;
  for (;;) {
    engine.settle();
    if (isServiceConverged(swarm, service)) return true;
    const next = findNextSwarmEvent(swarm, engine.clock.now());
    if (next === undefined || next > end) {
      engine.clock.advance(Math.max(0, end - engine.clock.now()));
      engine.settle();
      return isServiceConverged(swarm, service);
    }
    engine.clock.advance(next - engine.clock.now());
    engine.settle();
  }
}

/**
 * The routing mesh (moby/moby: libnetwork ingress, IPVS): a connection to a
 * published port on any node goes to one of the service's running tasks,
 * round robin. Simplification: only tasks on this node have a container to
 * answer, so the mesh picks among those.
 */
export function findIngressOwner(engine: Engine, port: number): { container: ContainerRecord; containerPort: number } | undefined {
  const swarm = engine.state.swarm;
  if (!swarm) return undefined;
  engine.settle();
  for (const service of Object.values(swarm.services)) {
    const published = service.spec.ports.find((p) => p.published === port && p.protocol === "tcp");
    if (!published) continue;
    const containers = swarm.tasks
      .filter((t) => t.serviceId === service.id && t.state === "running" && t.containerId)
      .map((t) => engine.state.runtime.containers[t.containerId as string])
      .filter((c): c is ContainerRecord => c?.state.Running === true);
    if (containers.length === 0) return undefined;
    const container = containers[service.meshNext % containers.length] as ContainerRecord;
    service.meshNext = (service.meshNext + 1) % containers.length;
    return { container, containerPort: published.target };
  }
  return undefined;
}
