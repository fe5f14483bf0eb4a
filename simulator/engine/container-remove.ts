import { getOwn } from "../core/own";
import type { ContainerRecord } from "../runtime/types";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { recordContainerEvent } from "./events";

/** The label Docker 24+ puts on anonymous volumes (moby/moby: volume/service/opts AnonymousLabel). */
const ANONYMOUS_LABEL = "com.docker.volume.anonymous";

/**
 * Deletes a container record; with `removeVolumes`, also its anonymous
 * volumes that no other container mounts. Named volumes are kept: they are
 * mounts the user named (moby/moby: daemon/mounts.go removeMountPoints,
 * "Do not remove named mountpoints"). A registry:2 container's pushed images
 * live on the volume at /var/lib/registry, so they go with it.
 */
export function dispatchContainerRemoval(engine: Engine, container: ContainerRecord, removeVolumes: boolean): void {
  const containers = engine.state.runtime.containers;
  delete containers[container.id];
  engine.markScheduleChanged();
  recordContainerEvent(engine, container, "destroy");
  if (!removeVolumes) return;
  const volumes = engine.state.volumes ?? {};
  for (const mount of container.mounts ?? []) {
    if (mount.Type !== "volume" || !mount.Name) continue;
    const volume = getOwn(volumes, mount.Name);
    if (!volume || !(ANONYMOUS_LABEL in volume.Labels)) continue;
    const inUse = Object.values(containers).some((c) => c.mounts?.some((m) => m.Name === mount.Name));
    if (!inUse) delete volumes[mount.Name];
  }
}

/**
 * ContainerRm (moby/moby: daemon/delete.go cleanupContainer): a running,
 * restarting or paused container is refused unless forced, in 27.x's words
 * with the stored name (`"/web"`); forced, it is killed first (SIGKILL).
 * `-v` removes its anonymous volumes.
 */
export function removeContainer(engine: Engine, container: ContainerRecord, options: { force: boolean; volumes: boolean }): EngineResult<void> {
  engine.settle();
  const s = container.state;
  if (s.Running && !options.force) {
    const name = JSON.stringify(`/${container.name}`);
    if (s.Paused) return { ok: false, error: engineError("conflict", `cannot remove container ${name}: container is paused and must be unpaused first`, 1) };
    const state = s.Restarting ? "restarting" : "running";
    return { ok: false, error: engineError("conflict", `cannot remove container ${name}: container is ${state}: stop the container before removing or force remove`, 1) };
  }
  if (s.Running && !s.Restarting) {
    // Forced: the daemon kills it first (SIGKILL), and it dies before it is destroyed.
    recordContainerEvent(engine, container, "kill", { signal: "9" });
    const ran = Math.max(0, engine.clock.now() - s.StartedAt);
    recordContainerEvent(engine, container, "die", { execDuration: String(Math.floor(ran / 1000)), exitCode: "137" });
  }
  dispatchContainerRemoval(engine, container, options.volumes);
  return { ok: true, value: undefined };
}

/**
 * ContainerRename (moby/moby: daemon/rename.go): the old name as typed may
 * not equal the new one; reserveName then checks the new name's pattern
 * (shown with its `/`) and that it is free, both errors wrapped in
 * `Error when allocating new name: `.
 */
export function renameContainer(engine: Engine, container: ContainerRecord, typedOld: string, newName: string, pattern: RegExp): EngineResult<void> {
  engine.settle();
  const canonical = newName.startsWith("/") ? newName : `/${newName}`;
  if ((typedOld.startsWith("/") ? typedOld : `/${typedOld}`) === canonical) {
    return { ok: false, error: engineError("invalid", "Renaming a container with the same name as its current name", 1) };
  }
  if (!pattern.test(canonical.slice(1))) {
    return { ok: false, error: engineError("invalid", `Error when allocating new name: Invalid container name (${canonical}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, 1) };
  }
  const name = canonical.slice(1);
  const holder = Object.values(engine.state.runtime.containers).find((c) => c.name === name);
  if (holder) {
    return {
      ok: false,
      error: engineError(
        "conflict",
        `Error when allocating new name: Conflict. The container name "/${name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
        1,
      ),
    };
  }
  container.name = name;
  return { ok: true, value: undefined };
}

/**
 * ContainersPrune (moby/moby: daemon/prune.go): removes every container
 * that is not running (created, exited, dead) and matches the filters;
 * returns the full IDs removed, oldest last as the daemon lists them.
 * Simplification: the space reclaimed is 0 (container layers are not sized).
 */
export function pruneContainers(engine: Engine, keep: (c: ContainerRecord) => boolean): { deleted: string[]; spaceReclaimed: number } {
  engine.settle();
  const deleted: string[] = [];
  for (const c of Object.values(engine.state.runtime.containers)) {
    if (c.state.Running || keep(c)) continue;
    dispatchContainerRemoval(engine, c, false);
    deleted.push(c.id);
  }
  return { deleted, spaceReclaimed: 0 };
}
