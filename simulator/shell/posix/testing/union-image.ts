import { createLayer, type LayerEntry } from "../../../vfs/layer";
import type { PosixFileSystem } from "../../../vfs/posix-types";
import { UnionFs } from "../../../vfs/union-fs";
import { WritableLayer } from "../../../vfs/writable-layer";

/**
 * The engine's overlay file system (UnionFs) over one image layer holding
 * everything in `source` (owners, modes, times, symlinks), with an empty
 * writable layer on top: the file tree a container actually gets, so the
 * shell's tests can run on it as well as on MemoryPosixFs.
 */
export function createUnionImage(source: PosixFileSystem, now: () => number): UnionFs {
  const entries: [string, LayerEntry][] = [];
  const walk = (dir: string): void => {
    for (const name of source.readdir(dir)) {
      const path = dir === "/" ? `/${name}` : `${dir}/${name}`;
      const st = source.lstat(path);
      if (!st) continue;
      if (st.type === "symlink") entries.push([path, { type: "symlink", target: st.target ?? source.readlink(path), uid: st.uid, gid: st.gid, mtimeMs: st.mtimeMs }]);
      else if (st.type === "dir") {
        entries.push([path, { type: "dir", mode: st.mode, uid: st.uid, gid: st.gid, mtimeMs: st.mtimeMs }]);
        walk(path);
      } else entries.push([path, { type: "file", content: source.readFile(path), mode: st.mode, uid: st.uid, gid: st.gid, mtimeMs: st.mtimeMs }]);
    }
  };
  walk("/");
  return new UnionFs([createLayer(entries)], { upper: new WritableLayer(), now });
}
