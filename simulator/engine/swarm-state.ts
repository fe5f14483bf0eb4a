import type { IdSource } from "../core/ids";
import { engineError, type EngineResult } from "./errors";

/** A node of the swarm (moby/moby api/types/swarm Node, the parts shown). */
export interface SwarmNode {
  id: string;
  hostname: string;
  role: "manager" | "worker";
  availability: "active" | "pause" | "drain";
  /** The daemon this engine is: only its tasks run as local containers. */
  self: boolean;
  addr: string;
  engineVersion: string;
  createdAt: number;
  updatedAt: number;
}

/** One published port of a service (api/types/swarm PortConfig; ingress mode only). */
export interface SwarmPort {
  published: number;
  target: number;
  protocol: "tcp" | "udp";
}

/** What `service create`/`update` set: a service's spec (api/types/swarm ServiceSpec, the parts used). */
export interface SwarmServiceSpec {
  image: string;
  /** null: `--mode global`. */
  replicas: number | null;
  ports: SwarmPort[];
  env: string[];
  args: string[];
  labels: Record<string, string>;
  updateParallelism: number;
  /** ms. */
  updateDelay: number;
}

/** A rolling update in progress: batch i starts at `startedAt + i * step`. */
export interface SwarmUpdate {
  startedAt: number;
  /** ms between batch starts: task start time plus the update delay. */
  step: number;
  /** Slots (or node IDs for global services) in the order they are replaced. */
  order: string[];
  parallelism: number;
  rollback: boolean;
}

/** A service (api/types/swarm Service). */
export interface SwarmService {
  id: string;
  name: string;
  spec: SwarmServiceSpec;
  previousSpec?: SwarmServiceSpec;
  version: number;
  createdAt: number;
  updatedAt: number;
  update?: SwarmUpdate;
  updateState?: "updating" | "completed" | "rollback_started" | "rollback_completed";
  /** The routing mesh's round-robin position. */
  meshNext: number;
}

/** Task states in swarmkit's order (api/types/swarm/task.go). */
export const TASK_STATES = ["new", "pending", "assigned", "preparing", "starting", "running", "shutdown", "failed", "complete", "rejected"] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** A task: one slot's container of a service (api/types/swarm Task). */
export interface SwarmTask {
  id: string;
  serviceId: string;
  /** Replicated: 1..n; global: 0. */
  slot: number;
  nodeId: string;
  image: string;
  specVersion: number;
  desired: "running" | "shutdown";
  state: TaskState;
  /** When the task reached `state`. */
  stateAt: number;
  createdAt: number;
  /** The local container, once started on this node. */
  containerId?: string;
  error?: string;
}

/** The swarm this node belongs to, as plain data (swarmkit's raft store, reduced). */
export interface SwarmState {
  id: string;
  createdAt: number;
  advertiseAddr: string;
  /** `SWMTKN-1-<secret>-<worker|manager part>`. */
  tokens: { worker: string; manager: string };
  nodes: SwarmNode[];
  services: Record<string, SwarmService>;
  /** Oldest first. */
  tasks: SwarmTask[];
  /** The overlay networks `stack deploy` named, by stack (so `stack rm` removes them). */
  stackNetworks?: Record<string, string[]>;
}

/** swarmkit's identity.NewID: 25 characters of base 36 (lowercase). */
export function calculateSwarmId(ids: IdSource): string {
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  let id = "";
  for (let i = 0; i < 25; i++) id += alphabet[ids.int(36)];
  return id;
}

/** The daemon's error for any cluster call when the node is not in a swarm (moby/moby: daemon/cluster/errors.go errNoSwarm/errNoManager). */
export const NOT_MANAGER =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

/** The swarm, or the daemon's "not a swarm manager" error. */
export function requireSwarm(state: { swarm?: SwarmState }): EngineResult<SwarmState> {
  return state.swarm ? { ok: true, value: state.swarm } : { ok: false, error: engineError("invalid", NOT_MANAGER, 1) };
}

/** The node this engine is. */
export function findSelfNode(swarm: SwarmState): SwarmNode {
  return swarm.nodes.find((n) => n.self) as SwarmNode;
}

/**
 * A node by ID, ID prefix or hostname (moby/moby daemon/cluster/helpers.go
 * getNode: full ID, then name, then unique prefix).
 */
export function findNode(swarm: SwarmState, ref: string): EngineResult<SwarmNode> {
  const exact = swarm.nodes.find((n) => n.id === ref) ?? swarm.nodes.find((n) => n.hostname === ref);
  if (exact) return { ok: true, value: exact };
  const prefixed = ref === "" ? [] : swarm.nodes.filter((n) => n.id.startsWith(ref));
  if (prefixed.length === 1) return { ok: true, value: prefixed[0] as SwarmNode };
  if (prefixed.length > 1) return { ok: false, error: engineError("invalid", `node ${ref} is ambiguous (${prefixed.length} matches found)`, 1) };
  return { ok: false, error: engineError("not-found", `node ${ref} not found`, 1) };
}

/** A service by ID, name or unique ID prefix (daemon/cluster/helpers.go getService). */
export function findService(swarm: SwarmState, ref: string): EngineResult<SwarmService> {
  const all = Object.values(swarm.services);
  const exact = all.find((s) => s.id === ref) ?? all.find((s) => s.name === ref);
  if (exact) return { ok: true, value: exact };
  const prefixed = ref === "" ? [] : all.filter((s) => s.id.startsWith(ref));
  if (prefixed.length === 1) return { ok: true, value: prefixed[0] as SwarmService };
  if (prefixed.length > 1) return { ok: false, error: engineError("invalid", `service ${ref} is ambiguous (${prefixed.length} matches found)`, 1) };
  return { ok: false, error: engineError("not-found", `service ${ref} not found`, 1) };
}
