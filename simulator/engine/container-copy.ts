import type { ContainerRecord } from "../runtime/types";
import { calculateBasename, calculateCleanPath } from "../vfs/path";
import type { PosixFileSystem } from "../vfs/posix-types";
import { FsError } from "../vfs/types";
import { resolveContainerLayers, openContainerFs } from "./container-fs";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";

/**
 * One entry of the tar stream `docker cp` moves: a path relative to the
 * archive's root (the copied item's own name first), its type, content and
 * mode (moby/go-archive: TarResourceRebase; moby/moby daemon/archive.go).
 */
export interface CopyEntry {
  path: string;
  type: "file" | "dir" | "symlink";
  data: string;
  /** st_size (a synthetic file may declare more bytes than its text). */
  size: number;
  mode: number;
  /** A symlink's target. */
  target?: string;
}

/**
 * The byte count of the tar stream holding the entries, as Go's archive/tar
 * writes it: a 512-byte header per entry, content padded to 512-byte blocks,
 * and two zero blocks at the end, so a 5-byte file travels as 2048 bytes
 * (`Successfully copied 2.05kB`). Simplification: names over 100 bytes
 * need no PAX header here.
 */
export function calculateTarSize(entries: readonly CopyEntry[]): number {
  let total = 1024;
  for (const e of entries) total += 512 + (e.type === "file" ? Math.ceil(e.size / 512) * 512 : 0);
  return total;
}

/** The daemon's error for a path missing in the container (moby/moby: daemon/errors.go containerFileNotFound). */
function fileNotFound(path: string, ref: string): EngineResult<never> {
  return { ok: false, error: engineError("not-found", `Could not find the file ${path} in container ${ref}`, 1) };
}

/** Walks a tree of the container's file system into archive entries named under `name`. */
function collectEntries(fs: PosixFileSystem, path: string, name: string, out: CopyEntry[]): void {
  const st = fs.lstat(path);
  if (!st) return;
  if (st.type === "symlink") {
    out.push({ path: name, type: "symlink", data: "", size: 0, mode: st.mode, target: st.target ?? fs.readlink(path) });
    return;
  }
  if (st.type === "file") {
    out.push({ path: name, type: "file", data: fs.readFile(path), size: st.size, mode: st.mode });
    return;
  }
  out.push({ path: name, type: "dir", data: "", size: 0, mode: st.mode });
  for (const child of [...fs.readdir(path)].sort()) collectEntries(fs, `${path === "/" ? "" : path}/${child}`, `${name}/${child}`, out);
}

/** What ContainerStatPath reports about a path inside a container, or undefined when it is missing. */
export function calculateContainerPathType(engine: Engine, container: ContainerRecord, path: string): "file" | "dir" | undefined {
  const layers = resolveContainerLayers(engine, container) ?? [];
  const fs = openContainerFs(engine, container, layers).fs;
  return fs.stat(calculateCleanPath(`/${path}`))?.type;
}

/**
 * CopyFromContainer (moby/moby: daemon/archive.go containerArchivePath):
 * the tar of the path in the container's file system, mounts included, the
 * item under its own base name (`/.` suffix: its contents only, as
 * go-archive's rebase does). Works on running and stopped containers; a
 * missing path is `Could not find the file … in container …`.
 */
export function dispatchCopyFromContainer(engine: Engine, container: ContainerRecord, ref: string, path: string): EngineResult<{ entries: CopyEntry[]; isDir: boolean }> {
  const layers = resolveContainerLayers(engine, container) ?? [];
  const fs = openContainerFs(engine, container, layers).fs;
  const clean = calculateCleanPath(`/${path}`);
  const st = fs.stat(clean);
  if (!st) return fileNotFound(clean, ref);
  if (path.endsWith("/") && st.type !== "dir") return { ok: false, error: engineError("invalid", `not a directory`, 1) };
  const entries: CopyEntry[] = [];
  const contentsOnly = /(^|\/)\.$/.test(path) && st.type === "dir";
  const name = contentsOnly ? "." : calculateBasename(clean);
  collectEntries(fs, clean, clean === "/" ? "." : name, entries);
  return { ok: true, value: { entries, isDir: st.type === "dir" } };
}

/**
 * CopyToContainer (moby/moby: daemon/archive.go containerExtractToDir):
 * extracts the entries into the directory `dir` of the container, owned by
 * root (the CLI's default without `-a`), into its read-write layer or the
 * volume mounted there (go-archive Untar with NoOverwriteDirNonDir). A
 * missing directory is `Could not find the file`; a read-only mount refuses.
 */
export function dispatchCopyToContainer(engine: Engine, container: ContainerRecord, ref: string, dir: string, entries: readonly CopyEntry[]): EngineResult<null> {
  const layers = resolveContainerLayers(engine, container) ?? [];
  const opened = openContainerFs(engine, container, layers);
  const fs = opened.fs;
  const base = calculateCleanPath(`/${dir}`);
  if (fs.stat(base)?.type !== "dir") return fileNotFound(base, ref);
  try {
    for (const e of entries) {
      const target = calculateCleanPath(`${base}/${e.path}`);
      const existing = fs.lstat(target);
      if (e.type === "dir") {
        if (existing && existing.type !== "dir") fs.remove(target);
        if (!fs.stat(target)) fs.mkdir(target, { recursive: true });
        fs.chmod(target, e.mode & 0o7777);
        continue;
      }
      if (existing?.type === "dir") {
        return { ok: false, error: engineError("invalid", `cannot overwrite directory ${JSON.stringify(target)} with non-directory ${JSON.stringify(base)}`, 1) };
      }
      if (existing) fs.remove(target);
      if (e.type === "symlink") fs.symlink(e.target ?? "", target);
      else fs.writeFileWith(target, e.data, { mode: e.mode & 0o7777, uid: 0, gid: 0, size: e.size });
    }
  } catch (error) {
    if (error instanceof FsError && error.code === "EROFS") {
      // moby/moby: daemon/archive.go ErrVolumeReadonly (a `:ro` volume or bind mount under the destination).
      return { ok: false, error: engineError("invalid", "mounted volume is marked read-only", 1) };
    }
    throw error;
  }
  opened.commit();
  return { ok: true, value: null };
}
