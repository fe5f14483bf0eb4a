import { formatArchive } from "../shell/posix/index";
import type { ContainerRecord } from "../runtime/types";
import type { PosixFileSystem } from "../vfs/posix-types";
import type { ArchiveMember } from "./image-save";
import { openContainerFs, resolveContainerLayers } from "./container-fs";
import type { Engine } from "./engine";

function collect(fs: PosixFileSystem, dir: string, out: ArchiveMember[]): void {
  for (const name of [...fs.readdir(dir)].sort()) {
    const path = dir === "/" ? `/${name}` : `${dir}/${name}`;
    const st = fs.lstat(path);
    if (!st) continue;
    const rel = path.slice(1);
    if (st.type === "dir") {
      out.push({ p: `${rel}/`, t: "d", m: st.mode, u: st.uid, g: st.gid, time: st.mtimeMs });
      collect(fs, path, out);
    } else if (st.type === "symlink") {
      out.push({ p: rel, t: "l", m: st.mode, u: st.uid, g: st.gid, time: st.mtimeMs, l: st.target ?? fs.readlink(path) });
    } else {
      const data = fs.readFile(path);
      out.push({ p: rel, t: "f", m: st.mode, u: st.uid, g: st.gid, time: st.mtimeMs, d: data, ...(st.size !== data.length ? { s: st.size } : {}) });
    }
  }
}

/**
 * ContainerExport (moby/moby: daemon/export.go): a tar of the container's
 * root file system flattened (image layers under its read-write layer),
 * volumes and bind mounts left out, paths relative to `/`, in the
 * simulator's tar format (shell/commands/tar.ts), so `tar -tf` reads it.
 */
export function calculateContainerExport(engine: Engine, container: ContainerRecord): string {
  engine.settle();
  const layers = resolveContainerLayers(engine, container) ?? [];
  const rootfs = openContainerFs(engine, container, layers).rootfs;
  const members: ArchiveMember[] = [];
  collect(rootfs, "/", members);
  return formatArchive(members, false);
}
