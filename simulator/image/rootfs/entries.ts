/**
 * Building blocks for image root filesystems: layer entries with the modes
 * and owners the real images ship (0755 executables, 0700 /root, 1777 /tmp),
 * and "ballast" files whose declared size makes a layer as big as the real
 * one (image-spec layer.md: file size is the tar header's size field).
 */
import type { DirEntry, FileEntry, LayerEntry, SymlinkEntry } from "../../vfs/layer";
import { calculateEntrySize } from "../../vfs/layer";

/** The content of a simulated binary: an ELF magic, as in the shell test harness; the container shell runs programs by basename. */
export const ELF = "\x7fELF";

/** A mutable path → entry map for one layer, with the layer's mtime. */
export class EntryMap {
  readonly entries = new Map<string, LayerEntry>();
  constructor(readonly mtimeMs: number) {}

  dir(path: string, mode = 0o755, uid = 0, gid = 0): this {
    this.entries.set(path, { type: "dir", mode, uid, gid, mtimeMs: this.mtimeMs } satisfies DirEntry);
    return this;
  }

  dirs(paths: readonly string[]): this {
    for (const p of paths) this.dir(p);
    return this;
  }

  file(path: string, content: string, mode = 0o644, uid = 0, gid = 0, size?: number): this {
    const entry: FileEntry = size === undefined ? { type: "file", content, mode, uid, gid, mtimeMs: this.mtimeMs } : { type: "file", content, mode, uid, gid, mtimeMs: this.mtimeMs, size };
    this.entries.set(path, entry);
    return this;
  }

  /** An executable (0755, ELF stand-in) at each path. */
  exe(paths: readonly string[], content = ELF): this {
    for (const p of paths) this.file(p, content, 0o755);
    return this;
  }

  link(path: string, target: string): this {
    this.entries.set(path, { type: "symlink", target, uid: 0, gid: 0, mtimeMs: this.mtimeMs } satisfies SymlinkEntry);
    return this;
  }

  /** Bytes the layer holds so far (files and symlink targets, as Layer.size counts them). */
  get size(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.type === "file" || e.type === "symlink") n += calculateEntrySize(e);
    return n;
  }

  /**
   * Pads the layer to `total` bytes with large files of declared size, split
   * by weight (the last takes the rest): libc, libpython, the node binary…
   */
  ballast(total: number, files: readonly (readonly [path: string, weight: number, mode?: number])[]): this {
    const missing = total - this.size;
    if (missing <= 0 || files.length === 0) return this;
    let left = missing;
    files.forEach(([path, weight, mode], i) => {
      const bytes = i === files.length - 1 ? left : Math.floor(missing * weight);
      left -= bytes;
      const existing = this.entries.get(path);
      const content = existing?.type === "file" ? existing.content : ELF;
      this.file(path, content, mode ?? (existing?.type === "file" ? existing.mode : /\/s?bin\//.test(path) ? 0o755 : 0o644), 0, 0, bytes + (existing?.type === "file" ? calculateEntrySize(existing) : 0));
    });
    return this;
  }
}

/** Milliseconds since the epoch of an ISO date (deterministic: no clock). */
export function toMs(iso: string): number {
  return Date.parse(iso);
}
