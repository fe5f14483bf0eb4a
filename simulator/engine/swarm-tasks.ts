import type { Engine } from "./engine";
import { killContainer } from "./container-signals";
import { parseSignal } from "../runtime/programs/signals";
import type { ImageRecord } from "../image/types";
import { calculateSwarmId, type SwarmService, type SwarmState, type SwarmTask, type TaskState } from "./swarm-state";

/**
 * When a new task reaches each state, in ms after it was created: the
 * scheduler assigns it at once, the node prepares it (pulls the image) and
 * starts the container (swarmkit: manager/orchestrator, agent/exec).
 * Simplification: fixed durations on the virtual clock.
 */
export const TASK_TIMELINE: ReadonlyArray<readonly [TaskState, number]> = [
  ["new", 0],
  ["pending", 5],
  ["assigned", 10],
  ["preparing", 40],
  ["starting", 1500],
  ["running", 2000],
];

/** How long a new task takes to run. */
export const TASK_START_MS = 2000;

/** swarmkit's default restart delay before a failed task is replaced (api/types/swarm RestartPolicy, 5s). */
export const RESTART_DELAY_MS = 5000;

/** swarmkit's default TaskHistoryRetentionLimit: tasks kept per slot. */
const TASK_HISTORY_LIMIT = 5;

/** A task whose desired and observed states say it is live (counts against its slot). */
export function isLiveTask(task: SwarmTask): boolean {
  return task.desired === "running" && !["shutdown", "failed", "complete", "rejected"].includes(task.state);
}

/** The node for a new task: the active node with the fewest live tasks, first in node order on a tie (swarmkit's spread strategy, reduced). */
function calculatePlacement(swarm: SwarmState): string | undefined {
  let best: { id: string; load: number } | undefined;
  for (const node of swarm.nodes) {
    if (node.availability !== "active") continue;
    const load = swarm.tasks.filter((t) => t.nodeId === node.id && isLiveTask(t)).length;
    if (!best || load < best.load) best = { id: node.id, load };
  }
  return best?.id;
}

/** Records a new task of `service` in `slot` (or on `nodeId` for a global service), created at `at`. */
export function dispatchNewTask(engine: Engine, swarm: SwarmState, service: SwarmService, slot: number, at: number, nodeId?: string): SwarmTask {
  // No active node: the task waits in Pending until the scheduler finds one (advanceTask).
  const node = nodeId ?? calculatePlacement(swarm) ?? "";
  const task: SwarmTask = {
    id: calculateSwarmId(engine.ids),
    serviceId: service.id,
    slot,
    nodeId: node,
    image: service.spec.image,
    specVersion: service.version,
    desired: "running",
    state: "new",
    stateAt: at,
    createdAt: at,
  };
  swarm.tasks.push(task);
  return task;
}

/** Shuts a task down at `at`: desired and observed state Shutdown, its container stopped without waiting (kept, as swarm keeps it until the history limit). */
export function dispatchTaskShutdown(engine: Engine, task: SwarmTask, at: number): void {
  task.desired = "shutdown";
  if (isLiveTask({ ...task, desired: "running" })) {
    task.state = "shutdown";
    task.stateAt = Math.max(at, task.stateAt);
  }
  const container = task.containerId ? engine.state.runtime.containers[task.containerId] : undefined;
  if (!container?.state.Running) return;
  // The image's STOPSIGNAL (nginx: SIGQUIT) or SIGTERM, then SIGKILL (daemon/cluster/executor/container/controller.go Shutdown).
  // Simplification: SIGKILL follows at once instead of after the 10 s grace period.
  const stopSignal = engine.state.images.images[container.imageId]?.config.StopSignal;
  const parsed = stopSignal ? parseSignal(stopSignal) : undefined;
  killContainer(engine, container, container.id, parsed?.ok ? parsed.number : 15);
  if (container.state.Running) killContainer(engine, container, container.id, 9);
  // The reconcile runs lazily: the container stopped when the task did.
  if (at < container.state.FinishedAt) container.state.FinishedAt = Math.max(at, container.state.StartedAt);
}

/** The image of a task, pulled as the node's Preparing step does; undefined when no registry has it. */
function findTaskImage(engine: Engine, text: string): ImageRecord | undefined {
  const ref = engine.parseReference(text);
  if (!ref.ok) return undefined;
  const local = engine.findImage(text, ref.value);
  if (local) return local;
  const pulled = engine.pull(ref.value);
  return pulled.ok ? engine.findImage(text, ref.value) : undefined;
}

/** Starts the task's container on this node, named `<service>.<slot>.<task id>` (daemon/cluster/executor/container: the container name). */
function dispatchTaskContainer(engine: Engine, service: SwarmService, task: SwarmTask, image: ImageRecord): string | undefined {
  const taskName = `${service.name}.${task.slot === 0 ? task.nodeId : task.slot}`;
  const created = engine.createContainer({
    imageText: task.image,
    image,
    name: `${taskName}.${task.id}`,
    cmd: service.spec.args,
    env: service.spec.env,
    tty: false,
    interactive: false,
    autoRemove: false,
    labels: {
      ...service.spec.labels,
      "com.docker.swarm.node.id": task.nodeId,
      "com.docker.swarm.service.id": service.id,
      "com.docker.swarm.service.name": service.name,
      "com.docker.swarm.task": "",
      "com.docker.swarm.task.id": task.id,
      "com.docker.swarm.task.name": taskName,
    },
  });
  if (!created.ok) return created.error.message;
  task.containerId = created.value.id;
  const started = engine.start(created.value);
  return started.ok ? undefined : started.error.message;
}

/** Moves one task along its timeline up to `now`, starting its container when it reaches Starting on this node. */
function advanceTask(engine: Engine, swarm: SwarmState, service: SwarmService, task: SwarmTask, now: number): void {
  if (task.desired !== "running") return;
  if (task.nodeId === "" && task.createdAt + 5 <= now) {
    const node = calculatePlacement(swarm);
    if (!node) {
      // swarmkit scheduler: the task stays Pending with why no node fits.
      const count = swarm.nodes.length;
      if (task.state !== "pending") Object.assign(task, { state: "pending", stateAt: task.createdAt + 5 });
      task.error = `no suitable node (${count} node${count === 1 ? "" : "s"} not available for new tasks)`;
      return;
    }
    // Assigned now: the rest of the timeline runs from here.
    task.nodeId = node;
    delete task.error;
    task.createdAt = now - 5;
  }
  const order = TASK_TIMELINE.map(([s]) => s as TaskState);
  for (const [state, offset] of TASK_TIMELINE) {
    const at = task.createdAt + offset;
    if (at > now || order.indexOf(state) <= order.indexOf(task.state)) continue;
    if (!order.includes(task.state)) return;
    const local = swarm.nodes.find((n) => n.id === task.nodeId)?.self === true;
    if (state === "starting" && local) {
      const image = findTaskImage(engine, task.image);
      if (!image) {
        Object.assign(task, { state: "rejected", stateAt: at, error: `No such image: ${task.image}` });
        return;
      }
      const error = dispatchTaskContainer(engine, service, task, image);
      const container = task.containerId ? engine.state.runtime.containers[task.containerId] : undefined;
      // The reconcile runs lazily: the container was created and started when the task was.
      if (container) {
        container.created = Math.min(container.created, at);
        if (container.state.Running) container.state.StartedAt = Math.min(now, task.createdAt + TASK_START_MS);
      }
      if (error) {
        Object.assign(task, { state: "failed", stateAt: at, error: `starting container failed: ${error}` });
        return;
      }
    }
    task.state = state;
    task.stateAt = at;
  }
  const container = task.containerId ? engine.state.runtime.containers[task.containerId] : undefined;
  if (task.state === "running" && task.containerId && !container) {
    // `docker rm -f` of a task's container: the agent sees it die as SIGKILL would.
    Object.assign(task, { state: "failed", stateAt: now, error: "task: non-zero exit (137)" });
    return;
  }
  if (task.state === "running" && container && !container.state.Running) {
    const code = container.state.ExitCode;
    Object.assign(task, { state: code === 0 ? "complete" : "failed", stateAt: container.state.FinishedAt || now });
    if (code !== 0) task.error = `task: non-zero exit (${code})`;
  }
}

/** Keeps at most TASK_HISTORY_LIMIT tasks per slot, removing the oldest dead ones and their containers. */
function pruneTaskHistory(engine: Engine, swarm: SwarmState): void {
  const bySlot = new Map<string, SwarmTask[]>();
  for (const task of swarm.tasks) {
    const key = `${task.serviceId}/${task.slot || task.nodeId}`;
    const list = bySlot.get(key);
    if (list) list.push(task);
    else bySlot.set(key, [task]);
  }
  const drop = new Set<SwarmTask>();
  for (const tasks of bySlot.values()) {
    const dead = tasks.filter((t) => !isLiveTask(t));
    const extra = tasks.length - TASK_HISTORY_LIMIT;
    for (const t of dead.slice(0, Math.max(0, extra))) drop.add(t);
  }
  if (drop.size === 0) return;
  for (const t of drop) if (t.containerId) delete engine.state.runtime.containers[t.containerId];
  swarm.tasks = swarm.tasks.filter((t) => !drop.has(t));
}

/** The service's desired slots: 1..replicas, or one per active node for a global service (key: node ID). */
function listDesiredSlots(swarm: SwarmState, service: SwarmService): Array<{ slot: number; nodeId?: string }> {
  if (service.spec.replicas === null) return swarm.nodes.filter((n) => n.availability === "active").map((n) => ({ slot: 0, nodeId: n.id }));
  return Array.from({ length: service.spec.replicas }, (_, i) => ({ slot: i + 1 }));
}

/**
 * The orchestrator and the agents up to now (swarmkit: manager/orchestrator
 * replicated and global, the updater, the scheduler and each node's
 * agent): rolling-update batches that are due replace their slots' tasks,
 * missing slots get tasks (a failed one after the restart delay), slots
 * beyond the replica count and tasks on drained nodes shut down, and every
 * task moves along its timeline.
 */
export function reconcileSwarm(engine: Engine, swarm: SwarmState): void {
  const now = engine.clock.now();
  for (const service of Object.values(swarm.services)) {
    const update = service.update;
    if (update) {
      let done = true;
      update.order.forEach((key, index) => {
        const at = update.startedAt + Math.floor(index / update.parallelism) * update.step;
        if (at > now) {
          done = false;
          return;
        }
        const live = swarm.tasks.filter((t) => t.serviceId === service.id && isLiveTask(t) && String(t.slot || t.nodeId) === key);
        const stale = live.filter((t) => t.specVersion !== service.version);
        if (stale.length === 0) return;
        for (const t of stale) dispatchTaskShutdown(engine, t, at);
        const first = stale[0] as SwarmTask;
        dispatchNewTask(engine, swarm, service, first.slot, at, first.slot === 0 ? first.nodeId : undefined);
      });
      if (done) {
        delete service.update;
        service.updateState = update.rollback ? "rollback_completed" : "completed";
      }
    }
    const slots = listDesiredSlots(swarm, service);
    const wanted = new Set(slots.map((s) => String(s.nodeId ?? s.slot)));
    for (const task of swarm.tasks) {
      if (task.serviceId !== service.id || task.desired !== "running") continue;
      const node = swarm.nodes.find((n) => n.id === task.nodeId);
      if (!wanted.has(String(task.slot || task.nodeId)) || node?.availability === "drain") dispatchTaskShutdown(engine, task, now);
    }
    const bySlot = new Map<string, SwarmTask[]>();
    for (const t of swarm.tasks) {
      if (t.serviceId !== service.id) continue;
      const key = String(t.slot || t.nodeId);
      const list = bySlot.get(key);
      if (list) list.push(t);
      else bySlot.set(key, [t]);
    }
    for (const { slot, nodeId } of slots) {
      const mine = bySlot.get(String(nodeId ?? slot)) ?? [];
      if (mine.some(isLiveTask)) continue;
      const last = mine[mine.length - 1];
      const failedAt = last && ["failed", "rejected", "complete"].includes(last.state) ? last.stateAt + RESTART_DELAY_MS : now;
      if (failedAt > now) continue;
      if (last && last.desired === "running") last.desired = "shutdown";
      dispatchNewTask(engine, swarm, service, slot, failedAt === now ? now : failedAt, nodeId);
    }
  }
  for (const task of swarm.tasks) {
    const service = swarm.services[task.serviceId];
    if (service) advanceTask(engine, swarm, service, task, now);
  }
  pruneTaskHistory(engine, swarm);
}

/** The time of the next task transition or update batch after `now`, for waiting loops; undefined when nothing is scheduled. */
export function findNextSwarmEvent(swarm: SwarmState, now: number): number | undefined {
  let next: number | undefined;
  const consider = (at: number): void => {
    if (at > now && (next === undefined || at < next)) next = at;
  };
  for (const task of swarm.tasks) {
    if (!isLiveTask(task)) {
      if (["failed", "rejected"].includes(task.state) && task.desired === "running") consider(task.stateAt + RESTART_DELAY_MS);
      continue;
    }
    for (const [, offset] of TASK_TIMELINE) consider(task.createdAt + offset);
  }
  for (const service of Object.values(swarm.services)) {
    const u = service.update;
    if (u) u.order.forEach((_, i) => consider(u.startedAt + Math.floor(i / u.parallelism) * u.step));
  }
  return next;
}
