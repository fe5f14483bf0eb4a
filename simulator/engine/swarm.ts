import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { HOST_NAME } from "./system-info";
import { ENGINE_VERSION } from "./version";
import { calculateSwarmId, findNode, requireSwarm, type SwarmNode, type SwarmState } from "./swarm-state";
import { dispatchTaskShutdown } from "./swarm-tasks";

/** The host's address the swarm advertises when `--advertise-addr` is not given (the sandbox's one interface). */
export const DEFAULT_ADVERTISE_ADDR = "192.168.65.3";

/** The swarm's state slot in the engine, present once `swarm init` ran. */
export function getSwarm(engine: Engine): SwarmState | undefined {
  return engine.state.swarm;
}

/** The swarm, brought up to the clock (tasks advanced by Engine.settle), or the daemon's "not a swarm manager" error. */
export function getManagedSwarm(engine: Engine): EngineResult<SwarmState> {
  // Engine.settle runs the orchestrator (reconcileSwarm) once, guarded against its own nested engine calls.
  engine.settle();
  return requireSwarm(engine.state);
}

/** A join token: `SWMTKN-1-<50 base36 chars of the CA digest>-<25 chars of secret>` (swarmkit ca.GenerateJoinToken). */
function calculateJoinToken(engine: Engine, digest: string): string {
  return `SWMTKN-1-${digest}-${calculateSwarmId(engine.ids)}`;
}

/**
 * SwarmInit (moby/moby daemon/cluster/swarm.go Init): this node becomes the
 * leader manager. Already in a swarm: the daemon's error.
 */
export function dispatchSwarmInit(engine: Engine, advertiseAddr: string | undefined): EngineResult<SwarmState> {
  engine.settle();
  if (engine.state.swarm) {
    return { ok: false, error: engineError("invalid", 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.', 1) };
  }
  const now = engine.clock.now();
  const digest = calculateSwarmId(engine.ids) + calculateSwarmId(engine.ids);
  const addr = (advertiseAddr ?? DEFAULT_ADVERTISE_ADDR).replace(/:\d+$/, "");
  const self: SwarmNode = {
    id: calculateSwarmId(engine.ids),
    hostname: HOST_NAME,
    role: "manager",
    availability: "active",
    self: true,
    addr,
    engineVersion: ENGINE_VERSION.version,
    createdAt: now,
    updatedAt: now,
  };
  const swarm: SwarmState = {
    id: calculateSwarmId(engine.ids),
    createdAt: now,
    advertiseAddr: addr,
    tokens: { worker: calculateJoinToken(engine, digest), manager: calculateJoinToken(engine, digest) },
    nodes: [self],
    services: {},
    tasks: [],
  };
  engine.state.swarm = swarm;
  return { ok: true, value: swarm };
}

/**
 * SwarmLeave: a manager needs `force` (the last manager's leave erases the
 * swarm); leaving removes the node's task containers.
 */
export function dispatchSwarmLeave(engine: Engine, force: boolean): EngineResult<void> {
  engine.settle();
  const swarm = engine.state.swarm;
  if (!swarm) return { ok: false, error: engineError("invalid", "This node is not part of a swarm", 1) };
  const self = swarm.nodes.find((n) => n.self);
  if (self?.role === "manager" && !force) {
    return {
      ok: false,
      error: engineError(
        "invalid",
        "You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message. ",
        1,
      ),
    };
  }
  for (const task of swarm.tasks) {
    dispatchTaskShutdown(engine, task, engine.clock.now());
    if (task.containerId) delete engine.state.runtime.containers[task.containerId];
  }
  delete engine.state.swarm;
  engine.markScheduleChanged();
  return { ok: true, value: undefined };
}

/**
 * Dockyard-only, for lesson setup (there is no second host to run `docker
 * swarm join` on): adds a node that joined with a token, Ready and Active.
 * Its tasks are scheduled and move through their states like local ones,
 * but run no container on this engine (they would on the other host).
 */
export function dispatchSimulatedNode(engine: Engine, hostname: string, role: "manager" | "worker" = "worker"): EngineResult<SwarmNode> {
  const swarm = requireSwarm(engine.state);
  if (!swarm.ok) return swarm;
  const now = engine.clock.now();
  // The next addresses after the manager's on its subnet.
  const octets = swarm.value.advertiseAddr.split(".").map(Number);
  const last = ((octets[3] ?? 0) + swarm.value.nodes.length) % 255;
  const node: SwarmNode = {
    id: calculateSwarmId(engine.ids),
    hostname,
    role,
    availability: "active",
    self: false,
    addr: [...octets.slice(0, 3), last].join("."),
    engineVersion: ENGINE_VERSION.version,
    createdAt: now,
    updatedAt: now,
  };
  swarm.value.nodes.push(node);
  return { ok: true, value: node };
}

/** NodeUpdate's availability (`docker node update --availability`): draining shuts its tasks down and the orchestrator places them elsewhere. */
export function dispatchNodeAvailability(engine: Engine, ref: string, availability: SwarmNode["availability"]): EngineResult<SwarmNode> {
  const swarm = getManagedSwarm(engine);
  if (!swarm.ok) return swarm;
  const node = findNode(swarm.value, ref);
  if (!node.ok) return node;
  node.value.availability = availability;
  node.value.updatedAt = engine.clock.now();
  engine.settle();
  return node;
}
