import { getOwn } from "../core/own";
import type { ContainerRecord } from "../runtime/types";
import type { Layer, LayerEntry } from "../vfs/layer";
import { HostPosixFs, PosixMountFs, type PosixMount } from "../vfs/posix-mount-fs";
import type { PosixFileSystem } from "../vfs/posix-types";
import { UnionFs } from "../vfs/union-fs";
import { deserializeWritableLayer, serializeWritableLayer, WritableLayer } from "../vfs/writable-layer";
import { resolveEngineLayer } from "./build";
import type { Engine } from "./engine";
import { BIND_SOURCE_LABEL, createVolumeStore } from "./volumes";

/** A container's file system opened for one operation; `commit` stores what was written back into the engine's state. */
export interface OpenedContainerFs {
  fs: PosixFileSystem;
  /** The root file system alone (image layers and the container's layer), without mounts: what `docker diff` compares. */
  rootfs: UnionFs;
  upper: WritableLayer;
  layers: Layer[];
  commit(): void;
}

/** The image layers of a container, or undefined when the engine no longer has their content. */
export function resolveContainerLayers(engine: Engine, container: ContainerRecord): Layer[] | undefined {
  const image = engine.state.images.images[container.imageId];
  if (!image) return undefined;
  try {
    return image.layers.map((l) => resolveEngineLayer(engine, l.digest));
  } catch {
    return undefined;
  }
}

/**
 * The file system a container's processes see: its image layers under its
 * read-write layer (overlay2), with its mounts on top, as runc's
 * mountToRootfs lays them out (moby/moby: daemon/oci_linux.go
 * withMounts; opencontainers/runc: libcontainer/rootfs_linux.go). A named
 * or anonymous volume keeps its files in the engine's volume store, so a
 * second container mounting it sees them; a bind mount shows the host's
 * (the learner's workspace) files live. `:ro` mounts refuse writes.
 * A volume mounted for the first time is seeded with what the image holds
 * at the mount point, owners and modes included (moby/moby:
 * daemon/volumes_unix.go copyExistingContents via
 * container.CopyImagePathContent; `nocopy` turns it off), so
 * `-v data:/usr/share/nginx/html` serves nginx's page and a postgres data
 * volume starts owned by postgres.
 * Simplification: symlinks on the way to the mount point are not followed.
 */
export function openContainerFs(engine: Engine, container: ContainerRecord, layers: Layer[]): OpenedContainerFs {
  const clock = engine.clock;
  const now = (): number => clock.now();
  const upper = container.upper ? deserializeWritableLayer(container.upper) : new WritableLayer();
  const rootfs = new UnionFs(layers, { upper, now });
  const volumes = (engine.state.volumes ??= createVolumeStore());
  const commits: (() => void)[] = [];
  const mounts: PosixMount[] = [];
  for (const m of container.mounts ?? []) {
    if (m.Type === "bind") {
      if (!engine.hostFs) continue;
      mounts.push({ at: m.Destination, fs: new HostPosixFs(engine.hostFs, m.Source), readOnly: !m.RW });
      continue;
    }
    const record = m.Name ? getOwn(volumes, m.Name) : undefined;
    if (!record) continue;
    // A volume no container has used yet starts with the image's files at the mount point, unless `nocopy` was asked.
    const seed = !record.files && !record.registry && !m.Mode.split(",").includes("nocopy") && !(BIND_SOURCE_LABEL in record.Labels);
    const layer = record.files ? deserializeWritableLayer(record.files) : seed ? calculateVolumeSeed(layers, m.Destination) : new WritableLayer();
    mounts.push({ at: m.Destination, fs: new UnionFs([], { upper: layer, now }), readOnly: !m.RW });
    commits.push(() => {
      const current = getOwn(volumes, record.Name);
      if (current) current.files = serializeWritableLayer(layer);
    });
  }
  const fs = mounts.length > 0 ? new PosixMountFs(rootfs, mounts) : rootfs;
  return {
    fs,
    rootfs,
    upper,
    layers,
    commit() {
      container.upper = serializeWritableLayer(upper);
      for (const c of commits) c();
    },
  };
}

/**
 * The image's merged tree under `destination`, as a volume's first content:
 * layers bottom to top, whiteouts and opaque directories hiding what is
 * below, paths rebased so the mount point is the volume's root.
 */
function calculateVolumeSeed(layers: readonly Layer[], destination: string): WritableLayer {
  const root = destination.replace(/\/+$/, "") || "/";
  const prefix = root === "/" ? "/" : `${root}/`;
  const merged = new Map<string, LayerEntry>();
  const dropSubtree = (path: string): void => {
    for (const key of [...merged.keys()]) if (key.startsWith(`${path}/`)) merged.delete(key);
  };
  for (const layer of layers) {
    for (const [path, entry] of layer.entries) {
      if (path !== root && !path.startsWith(prefix)) continue;
      if (entry.type === "whiteout") {
        merged.delete(path);
        dropSubtree(path);
        continue;
      }
      if (entry.type === "dir" && entry.opaque) dropSubtree(path);
      merged.set(path, entry);
    }
  }
  const seeded = new WritableLayer();
  const top = merged.get(root);
  // The mount point may exist only implicitly (as the parent of the image's files); a file there seeds nothing.
  if (top && top.type !== "dir") return seeded;
  for (const path of [...merged.keys()].sort()) {
    const entry = merged.get(path) as LayerEntry;
    const rebased = path === root ? "/" : path.slice(root === "/" ? 0 : root.length);
    seeded.set(rebased, entry.type === "dir" && entry.opaque ? { ...entry, opaque: false } : entry);
  }
  return seeded;
}
