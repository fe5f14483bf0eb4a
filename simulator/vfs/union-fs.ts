import type { DirEntry, FileEntry, NodeEntry, WhiteoutEntry } from "./layer";
import { calculateCleanPath, calculateDirname } from "./path";
import { isInGroup, isRootCredentials, isStickyDeleteAllowed, R_OK, W_OK, X_OK } from "./permissions";
import type { Credentials, PosixFileSystem } from "./posix-types";
import { FsError } from "./types";
import { UnionView, type Located, type UnionNode } from "./union-view";
import type { WritableLayer } from "./writable-layer";

const WHITEOUT: WhiteoutEntry = Object.freeze({ type: "whiteout" });

/** An entry as copied up from a lower layer: the lower's opaque flag describes the lower stack, not the copy. */
function calculateCopiedUp(entry: NodeEntry): NodeEntry {
  if (entry.type !== "dir" || !entry.opaque) return entry;
  const { opaque: _opaque, ...rest } = entry;
  return rest;
}

/** Explicit attributes for `writeFileWith`, as `COPY --chown=… --chmod=…` sets them (docker/docs: reference/dockerfile.md "COPY --chown --chmod"), or `touch -d` the mtime. */
export interface WriteOptions {
  mode?: number;
  uid?: number;
  gid?: number;
  mtimeMs?: number;
  /** Declared st_size of a synthetic file (FileEntry.size), as package installs write them. */
  size?: number;
}

/**
 * A container's (or a build step's) root filesystem: an overlay mount of
 * image layers with a writable layer on top (torvalds/linux:
 * Documentation/filesystems/overlayfs.rst; moby/moby:
 * daemon/graphdriver/overlay2/overlay.go). Writes go only to the upper layer:
 * a changed lower file or directory is copied up first (its ancestors too,
 * keeping their metadata), removing a lower path leaves a whiteout, a directory
 * created where a lower one was deleted is opaque, and a rename of lower
 * entries copies them to the new name and whites out the old one, as mv(1)
 * does after overlayfs answers EXDEV. Without an upper layer the view is
 * read-only and every write is EPERM.
 */
export class UnionFs extends UnionView implements PosixFileSystem {
  setCredentials(credentials: Credentials | undefined): void {
    this.credentials = credentials;
  }

  private writable(path: string): WritableLayer {
    if (!this.upper) throw new FsError("EROFS", path);
    return this.upper;
  }

  /** The acting uid and gid (root without credentials). */
  private get owner(): { uid: number; gid: number } {
    return { uid: this.credentials?.uid ?? 0, gid: this.credentials?.gid ?? 0 };
  }

  /**
   * Copies every ancestor directory into the upper layer with its metadata, as
   * overlayfs' copy-up does for the parents of a changed path (skipping "/"),
   * and, if `touch`, sets the parent's mtime: creating or removing a name
   * changes its directory (inode(7) "st_mtime").
   */
  private copyUpParents(upper: WritableLayer, parents: readonly UnionNode[], touch: boolean): void {
    for (let k = 1; k < parents.length; k++) {
      const step = parents[k] as UnionNode;
      if (!upper.has(step.path)) upper.set(step.path, calculateCopiedUp(step.entry));
    }
    const parent = parents[parents.length - 1] as UnionNode;
    if (touch && parent.path !== "/") upper.set(parent.path, { ...(upper.get(parent.path) as DirEntry), mtimeMs: this.now() });
  }

  /** The entry at `found` as it should be written back to the upper layer. */
  private currentEntry(upper: WritableLayer, found: Located & { entry: NodeEntry }): NodeEntry {
    const up = upper.get(found.path);
    return up && up.type !== "whiteout" ? up : calculateCopiedUp(found.entry);
  }

  /** The gid a new entry in `dir` gets: the directory's if it is setgid, else the creator's (open(2), mkdir(2)). */
  private calculateNewGid(dir: NodeEntry): number {
    return dir.type === "dir" && (dir.mode & 0o2000) !== 0 ? dir.gid : this.owner.gid;
  }

  private writeData(path: string, data: string, options: WriteOptions, append: boolean): void {
    const upper = this.writable(path);
    const found = this.locate(path, true);
    const existing = found.entry;
    // The final symlink was followed, so anything but a file here is a directory.
    if (existing && existing.type !== "file") throw new FsError("EISDIR", path);
    const parent = found.parents[found.parents.length - 1] as UnionNode;
    if (existing) this.requireAccess(existing, W_OK, path);
    else this.requireAccess(parent.entry as DirEntry, W_OK | X_OK, path);
    const credentials = this.credentials;
    if (credentials && !isRootCredentials(credentials)) {
      // Giving a file away needs CAP_CHOWN (chown(2) EPERM).
      if ((options.uid !== undefined && options.uid !== credentials.uid) || (options.gid !== undefined && !isInGroup(credentials, options.gid))) {
        throw new FsError("EPERM", path);
      }
    }
    const entry: FileEntry = {
      type: "file",
      content: append && existing ? existing.content + data : data,
      mode: (options.mode ?? existing?.mode ?? 0o644) & 0o7777,
      uid: options.uid ?? existing?.uid ?? this.owner.uid,
      gid: options.gid ?? existing?.gid ?? this.calculateNewGid(parent.entry),
      mtimeMs: options.mtimeMs ?? this.now(),
      ...(options.size !== undefined && !append ? { size: options.size } : {}),
    };
    this.copyUpParents(upper, found.parents, !existing);
    upper.set(found.path, entry);
  }

  writeFile(path: string, data: string): void {
    this.writeData(path, data, {}, false);
  }

  writeFileWith(path: string, data: string, options: WriteOptions): void {
    this.writeData(path, data, options, false);
  }

  appendFile(path: string, data: string): void {
    this.writeData(path, data, {}, true);
  }

  mkdir(path: string, options: { recursive?: boolean } = {}): void {
    const upper = this.writable(path);
    const existing = this.tryLocate(path, false);
    if (existing?.entry) {
      if (options.recursive && (existing.entry.type === "dir" || this.stat(path)?.type === "dir")) return;
      throw new FsError("EEXIST", path);
    }
    const clean = calculateCleanPath(path);
    if (options.recursive && clean !== "/") {
      // As MemoryFs and mkdir -p do: a file on the way is ENOTDIR; missing parents are made first.
      const parentPath = calculateDirname(clean);
      const parentStat = this.stat(parentPath);
      if (parentStat && parentStat.type !== "dir") throw new FsError("ENOTDIR", path);
      if (!parentStat) {
        try {
          this.mkdir(parentPath, options);
        } catch (error) {
          if (error instanceof FsError) throw new FsError(error.code === "EEXIST" ? "ENOTDIR" : error.code, path);
          throw error;
        }
      }
    }
    const found = this.locate(path, false);
    if (found.entry) throw new FsError("EEXIST", path);
    const parent = found.parents[found.parents.length - 1] as UnionNode;
    this.requireAccess(parent.entry as DirEntry, W_OK | X_OK, path);
    const setgid = parent.entry.type === "dir" && (parent.entry.mode & 0o2000) !== 0 ? 0o2000 : 0;
    const dir: DirEntry = { type: "dir", mode: 0o755 | setgid, uid: this.owner.uid, gid: this.calculateNewGid(parent.entry), mtimeMs: this.now() };
    this.copyUpParents(upper, found.parents, true);
    // A directory made where a lower one was deleted must not show the lower one's contents.
    upper.set(found.path, found.lowerAt ? { ...dir, opaque: true } : dir);
  }

  /** EACCES/EPERM unless the acting user may remove `node` from `dir` (and, recursively, everything in it). */
  private requireRemovable(dir: NodeEntry, node: UnionNode, recursive: boolean, path: string): void {
    if (isRootCredentials(this.credentials)) return;
    this.requireAccess(dir as DirEntry, W_OK | X_OK, path);
    if (!isStickyDeleteAllowed(dir as DirEntry, node.entry, this.credentials)) throw new FsError("EPERM", path);
    if (!recursive || node.entry.type !== "dir") return;
    const names = this.listChildNames(node);
    if (names.length === 0) return;
    this.requireAccess(node.entry, R_OK | W_OK | X_OK, path);
    for (const name of names) this.requireRemovable(node.entry, this.lookupChild(node, name) as UnionNode, true, path);
  }

  remove(path: string, options: { recursive?: boolean } = {}): void {
    const upper = this.writable(path);
    const found = this.locate(path, false);
    if (!found.entry) throw new FsError("ENOENT", path);
    if (found.path === "/") throw new FsError("EINVAL", path);
    const node: UnionNode = { path: found.path, entry: found.entry, lowerAt: found.lowerAt, lower: found.lower };
    if (found.entry.type === "dir" && !options.recursive && this.listChildNames(node).length > 0) throw new FsError("ENOTEMPTY", path);
    const parent = found.parents[found.parents.length - 1] as UnionNode;
    this.requireRemovable(parent.entry, node, options.recursive === true, path);
    upper.deleteSubtree(found.path);
    if (found.lowerAt) upper.set(found.path, WHITEOUT);
    this.copyUpParents(upper, found.parents, true);
  }

  rename(from: string, to: string): void {
    const upper = this.writable(from);
    const src = this.locate(from, false);
    if (!src.entry) throw new FsError("ENOENT", from);
    let dst: Located | null = null;
    let dstError: FsError | null = null;
    try {
      dst = this.locate(to, false);
    } catch (error) {
      if (!(error instanceof FsError) || (error.code !== "ENOENT" && error.code !== "ENOTDIR")) throw error;
      dstError = error;
    }
    const dstPath = dst?.path ?? calculateCleanPath(to);
    if (dstPath === src.path) return;
    // rename(2): EINVAL when the new path is inside the old one (or the old one is the root).
    if (src.path === "/" || dstPath.startsWith(src.path + "/")) throw new FsError("EINVAL", to);
    const target = dst?.entry;
    if (dst && target?.type === "dir") {
      if (src.entry.type !== "dir") throw new FsError("EISDIR", to);
      if (this.listChildNames(dst).length > 0) throw new FsError("ENOTEMPTY", to);
    } else if (target && src.entry.type === "dir") {
      throw new FsError("ENOTDIR", to);
    }
    if (!dst) throw new FsError((dstError as FsError).code, to);
    const srcParent = (src.parents[src.parents.length - 1] as UnionNode).entry;
    const dstParent = dst.parents[dst.parents.length - 1] as UnionNode;
    this.requireAccess(srcParent as DirEntry, W_OK | X_OK, from);
    this.requireAccess(dstParent.entry as DirEntry, W_OK | X_OK, to);
    if (!isStickyDeleteAllowed(srcParent as DirEntry, src.entry, this.credentials)) throw new FsError("EPERM", from);
    if (target && !isStickyDeleteAllowed(dstParent.entry as DirEntry, target, this.credentials)) throw new FsError("EPERM", to);
    // Moving a directory to another parent rewrites its ".." entry, which needs write permission on it.
    const srcParentPath = (src.parents[src.parents.length - 1] as UnionNode).path;
    if (src.entry.type === "dir" && srcParentPath !== dstParent.path) this.requireAccess(src.entry, W_OK, from);

    const moved = this.collectSubtree({ path: src.path, entry: src.entry, lowerAt: src.lowerAt, lower: src.lower });
    if (target) upper.deleteSubtree(dst.path);
    upper.deleteSubtree(src.path);
    if (src.lowerAt) upper.set(src.path, WHITEOUT);
    for (const [rel, entry] of moved) {
      const copy = calculateCopiedUp(entry);
      // The moved tree replaces whatever the lower layers have at the new name.
      upper.set(dst.path + rel, rel === "" && copy.type === "dir" && dst.lowerAt ? { ...copy, opaque: true } : copy);
    }
    this.copyUpParents(upper, src.parents, true);
    this.copyUpParents(upper, dst.parents, true);
  }

  symlink(target: string, path: string): void {
    const upper = this.writable(path);
    const found = this.locate(path, false);
    if (found.entry) throw new FsError("EEXIST", path);
    const parent = found.parents[found.parents.length - 1] as UnionNode;
    this.requireAccess(parent.entry as DirEntry, W_OK | X_OK, path);
    this.copyUpParents(upper, found.parents, true);
    upper.set(found.path, { type: "symlink", target, uid: this.owner.uid, gid: this.calculateNewGid(parent.entry), mtimeMs: this.now() });
  }

  /** Only the owner or root may chmod (chmod(2) EPERM); the entry is copied up with the new mode. */
  chmod(path: string, mode: number): void {
    const upper = this.writable(path);
    const found = this.locate(path, true);
    if (!found.entry) throw new FsError("ENOENT", path);
    if (!isRootCredentials(this.credentials) && this.credentials?.uid !== found.entry.uid) throw new FsError("EPERM", path);
    const current = this.currentEntry(upper, { ...found, entry: found.entry });
    if (current.type === "symlink") return;
    this.copyUpParents(upper, found.parents, false);
    upper.set(found.path, { ...current, mode: mode & 0o7777 });
  }

  /**
   * Only root may give a file away; an owner may change the group to one of
   * their own groups (chown(2)). On anything but a directory it clears setuid,
   * and setgid when group-executable, for root too (torvalds/linux:
   * fs/open.c chown_common with ATTR_KILL_SUID|ATTR_KILL_SGID, fs/attr.c).
   */
  chown(path: string, uid: number, gid: number): void {
    const upper = this.writable(path);
    const found = this.locate(path, true);
    if (!found.entry) throw new FsError("ENOENT", path);
    const credentials = this.credentials;
    if (credentials && !isRootCredentials(credentials)) {
      if (credentials.uid !== found.entry.uid || uid !== found.entry.uid || !isInGroup(credentials, gid)) throw new FsError("EPERM", path);
    }
    const current = this.currentEntry(upper, { ...found, entry: found.entry });
    this.copyUpParents(upper, found.parents, false);
    if (current.type === "file") {
      const kill = 0o4000 | ((current.mode & 0o010) !== 0 ? 0o2000 : 0);
      upper.set(found.path, { ...current, uid, gid, mode: current.mode & ~kill });
    } else {
      upper.set(found.path, { ...current, uid, gid });
    }
  }
}
