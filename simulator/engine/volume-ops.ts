import { getOwn } from "../core/own";
import type { ContainerRecord } from "../runtime/types";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { BIND_SOURCE_LABEL, createVolumeStore, type VolumeRecord, type VolumeStoreState } from "./volumes";
import { recordEvent } from "./events";

/** The local driver's name rule (moby/moby: volume/local/local.go validateName). */
const VOLUME_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** The engine's volume store. */
function ensureVolumes(engine: Engine): VolumeStoreState {
  return (engine.state.volumes ??= createVolumeStore());
}

/** Docker volumes, without the records standing in for bind-mounted host directories. */
export function listVolumes(engine: Engine): VolumeRecord[] {
  engine.settle();
  return Object.values(ensureVolumes(engine)).filter((v) => v.Labels[BIND_SOURCE_LABEL] === undefined);
}

/** VolumeInspect's lookup: `get <name>: no such volume` (moby/moby: volume/service/errors.go). */
export function getVolume(engine: Engine, name: string): EngineResult<VolumeRecord> {
  const found = listVolumes(engine).find((v) => v.Name === name);
  return found ? { ok: true, value: found } : { ok: false, error: engineError("not-found", `get ${name}: no such volume`, 1) };
}

/** The containers (running or not) that mount the volume. */
export function listVolumeUsers(engine: Engine, volume: VolumeRecord): ContainerRecord[] {
  return Object.values(engine.state.runtime.containers).filter((c) => c.mounts?.some((m) => m.Type === "volume" && m.Name === volume.Name));
}

/**
 * VolumeCreate (moby/moby: volume/service/service.go Create): a new
 * name with the local driver; an existing volume of that name is returned
 * as is; no name gives a random 64-hex one; a bad name is the local
 * driver's error.
 */
export function createVolume(engine: Engine, name: string | undefined, driver: string, labels: Record<string, string>): EngineResult<VolumeRecord> {
  engine.settle();
  if (driver !== "local") return { ok: false, error: engineError("not-found", `create ${name ?? ""}: error looking up volume plugin ${driver}: plugin "${driver}" not found`, 1) };
  const volumes = ensureVolumes(engine);
  const volumeName = name ?? engine.ids.hex(64);
  if (!VOLUME_NAME_RE.test(volumeName)) {
    return {
      ok: false,
      error: engineError("invalid", `create ${volumeName}: "${volumeName}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`, 1),
    };
  }
  const existing = getOwn(volumes, volumeName);
  if (existing) return { ok: true, value: existing };
  const record: VolumeRecord = {
    Name: volumeName,
    Driver: "local",
    Mountpoint: `/var/lib/docker/volumes/${volumeName}/_data`,
    CreatedAt: engine.clock.now(),
    Labels: labels,
    Scope: "local",
    Options: {},
  };
  volumes[volumeName] = record;
  recordEvent(engine, "volume", "create", volumeName, { driver: "local" });
  return { ok: true, value: record };
}

/**
 * VolumeRemove (moby/moby: volume/service/service.go Remove): a volume
 * some container (even a stopped one) mounts is in use,
 * `remove v: volume is in use - [<id>, …]` (fidelity-reference §1.10);
 * `force` only ignores a missing volume.
 */
export function removeVolume(engine: Engine, name: string, force: boolean): EngineResult<void> {
  const found = getVolume(engine, name);
  if (!found.ok) return force ? { ok: true, value: undefined } : found;
  const users = listVolumeUsers(engine, found.value);
  if (users.length > 0) return { ok: false, error: engineError("conflict", `remove ${name}: volume is in use - [${users.map((c) => c.id).join(", ")}]`, 1) };
  delete ensureVolumes(engine)[name];
  recordEvent(engine, "volume", "destroy", name, { driver: "local" });
  return { ok: true, value: undefined };
}

/**
 * VolumesPrune (moby/moby: volume/service/service.go Prune): removes the
 * unused anonymous volumes, or with `all` every unused volume (API 1.42+,
 * the CLI's `-a`). Returns their names.
 */
export function pruneVolumes(engine: Engine, all: boolean): string[] {
  const removed: string[] = [];
  for (const volume of listVolumes(engine)) {
    if (!all && volume.Labels["com.docker.volume.anonymous"] === undefined) continue;
    if (listVolumeUsers(engine, volume).length > 0) continue;
    delete ensureVolumes(engine)[volume.Name];
    recordEvent(engine, "volume", "destroy", volume.Name, { driver: "local" });
    removed.push(volume.Name);
  }
  return removed;
}
