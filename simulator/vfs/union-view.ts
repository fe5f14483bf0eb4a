import { calculateEntrySize, type DirEntry, type Layer, type NodeEntry } from "./layer";
import { getLayerStackIndex, listIndexChildren, type IndexNode } from "./layer-index";
import { isAccessAllowed, R_OK, X_OK, type Owned } from "./permissions";
import type { Credentials, PosixStat } from "./posix-types";
import { FsError } from "./types";
import type { WritableLayer } from "./writable-layer";

/** Linux follows at most 40 symlinks in one lookup, then fails with ELOOP (torvalds/linux: include/linux/namei.h MAXSYMLINKS). */
export const MAX_SYMLINK_HOPS = 40;

/**
 * An overlay mount's parts besides the lower layers: the upperdir (a
 * container's writable layer), the clock that stamps mtimes, and the acting
 * user, as `mount -t overlay -o lowerdir=…,upperdir=…` and the process's
 * credentials give them (torvalds/linux: Documentation/filesystems/overlayfs.rst).
 */
export interface UnionFsOptions {
  upper?: WritableLayer;
  now?: () => number;
  credentials?: Credentials;
}

/** A path of the merged view, like an overlayfs dentry: the entry it shows and the lower dentry under it (overlayfs.rst "Directories"). */
export interface UnionNode {
  /** Canonical absolute path (no symlinks, no "." or ".."). */
  readonly path: string;
  readonly entry: NodeEntry;
  /** The lower stack's node at this path, whether or not the upper layer hides it. */
  readonly lowerAt: IndexNode | undefined;
  /** For a directory, the lower node whose children show through (none below an opaque upper directory). */
  readonly lower: IndexNode | undefined;
}

/** Where a lookup ended, as namei leaves it (path_resolution(7)): the directories walked (root first, parent last) and what is at the final name, if anything. */
export interface Located {
  readonly path: string;
  readonly parents: readonly UnionNode[];
  readonly entry: NodeEntry | undefined;
  readonly lowerAt: IndexNode | undefined;
  readonly lower: IndexNode | undefined;
}


function splitPath(path: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i === path.length || path.charCodeAt(i) === 47) {
      if (i > start && !(i - start === 1 && path.charCodeAt(start) === 46)) parts.push(path.slice(start, i));
      start = i + 1;
    }
  }
  return parts;
}

/** A name joined onto a canonical directory path, as Go's path.Join does for clean inputs (go: src/path/path.go). */
export function calculateChildPath(dir: string, name: string): string {
  return dir === "/" ? `/${name}` : `${dir}/${name}`;
}

/** What lstat(2) shows for an entry: symlinks are 0777 (symlink(7)), directories 4096 bytes. */
export function calculatePosixStat(entry: NodeEntry): PosixStat {
  const size = calculateEntrySize(entry);
  if (entry.type === "symlink") return { type: "symlink", mode: 0o777, size, mtimeMs: entry.mtimeMs ?? 0, uid: entry.uid, gid: entry.gid, target: entry.target };
  return { type: entry.type, mode: entry.mode, size, mtimeMs: entry.mtimeMs, uid: entry.uid, gid: entry.gid };
}

/**
 * The read side of an overlay mount over a stack of layers (bottom → top) plus
 * an optional writable upper layer (torvalds/linux:
 * Documentation/filesystems/overlayfs.rst): a lookup takes the upper entry if
 * there is one, a whiteout there hides the path, an opaque upper directory
 * hides everything below it in the lower layers, and directory listings merge.
 * The lower stack is read from a merged index built once per stack.
 */
export class UnionView {
  readonly layers: readonly Layer[];
  readonly upper: WritableLayer | undefined;
  protected readonly lowerRoot: IndexNode;
  protected readonly now: () => number;
  protected credentials: Credentials | undefined;

  constructor(layers: readonly Layer[], options: UnionFsOptions = {}) {
    this.layers = layers;
    this.lowerRoot = getLayerStackIndex(layers);
    this.upper = options.upper;
    this.now = options.now ?? (() => 0);
    this.credentials = options.credentials;
  }

  /** The root directory of the merged view. */
  rootNode(): UnionNode {
    const up = this.upper?.get("/");
    const entry = up?.type === "dir" ? up : this.lowerRoot.entry;
    return { path: "/", entry, lowerAt: this.lowerRoot, lower: up?.type === "dir" && up.opaque ? undefined : this.lowerRoot };
  }

  /** What the merged view has at `name` inside the directory `dir`, without following symlinks. */
  lookupChild(dir: UnionNode, name: string): UnionNode | undefined {
    const path = calculateChildPath(dir.path, name);
    // The per-directory name set first: it is keyed by the (already hashed) directory path and a short name.
    const up = this.upper?.childNames(dir.path)?.has(name) ? this.upper.get(path) : undefined;
    const lowerAt = dir.lower?.children?.get(name);
    const entry = up ? (up.type === "whiteout" ? undefined : up) : lowerAt?.entry;
    if (!entry) return undefined;
    return { path, entry, lowerAt, lower: this.calculateVisibleLower(entry, up !== undefined, lowerAt) };
  }

  /** The sorted names in a directory of the merged view: lower names, minus upper whiteouts, plus upper names. */
  listChildNames(dir: { path: string; lower: IndexNode | undefined }): string[] {
    const lowerNames = dir.lower ? listIndexChildren(dir.lower) : [];
    const upperNames = this.upper?.childNames(dir.path);
    if (!upperNames || upperNames.size === 0) return lowerNames.slice();
    const names = new Set(lowerNames);
    for (const name of upperNames) {
      if (this.upper?.get(calculateChildPath(dir.path, name))?.type === "whiteout") names.delete(name);
      else names.add(name);
    }
    return [...names].sort();
  }

  private calculateVisibleLower(entry: NodeEntry, fromUpper: boolean, lowerAt: IndexNode | undefined): IndexNode | undefined {
    if (entry.type !== "dir" || lowerAt?.entry.type !== "dir") return undefined;
    return fromUpper && entry.opaque ? undefined : lowerAt;
  }

  /** EACCES unless the acting user has `want` on `node`. */
  protected requireAccess(node: Owned, want: number, path: string): void {
    if (!isAccessAllowed(node, this.credentials, want)) throw new FsError("EACCES", path);
  }

  /**
   * Path resolution as path_resolution(7) describes it: component by
   * component, search (x) permission on every directory walked, symlinks
   * replaced by their targets (absolute from "/", relative from the link's
   * directory), ".." taken after symlinks, ELOOP after 40 links. The final
   * component's symlink is followed only if `follow`. A missing final
   * component is not an error (entry undefined); a missing or non-directory
   * component on the way is ENOENT or ENOTDIR.
   */
  protected locate(path: string, follow: boolean): Located {
    let queue = splitPath(path);
    let i = 0;
    let hops = 0;
    const stack: UnionNode[] = [this.rootNode()];
    while (i < queue.length) {
      const name = queue[i++] as string;
      const dir = stack[stack.length - 1] as UnionNode;
      if (this.credentials && this.credentials.uid !== 0) this.requireAccess(dir.entry as DirEntry, X_OK, path);
      if (name === "..") {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const child = this.lookupChild(dir, name);
      const last = i === queue.length;
      if (child?.entry.type === "symlink" && (!last || follow)) {
        if (++hops > MAX_SYMLINK_HOPS) throw new FsError("ELOOP", path);
        if (child.entry.target.startsWith("/")) stack.length = 1;
        queue = [...splitPath(child.entry.target), ...queue.slice(i)];
        i = 0;
        continue;
      }
      if (last) {
        if (child) return { path: child.path, parents: stack, entry: child.entry, lowerAt: child.lowerAt, lower: child.lower };
        return { path: calculateChildPath(dir.path, name), parents: stack, entry: undefined, lowerAt: dir.lower?.children?.get(name), lower: undefined };
      }
      if (!child) throw new FsError("ENOENT", path);
      if (child.entry.type !== "dir") throw new FsError("ENOTDIR", path);
      stack.push(child);
    }
    // The walk ended on a directory already on the stack: "/", a trailing "..", or a link to a directory.
    const top = stack.length > 1 ? (stack.pop() as UnionNode) : (stack[0] as UnionNode);
    return { path: top.path, parents: stack, entry: top.entry, lowerAt: top.lowerAt, lower: top.lower };
  }

  /** `locate`, with a missing path on the way (ENOENT, ENOTDIR) as null. */
  protected tryLocate(path: string, follow: boolean): Located | null {
    try {
      return this.locate(path, follow);
    } catch (error) {
      if (error instanceof FsError && (error.code === "ENOENT" || error.code === "ENOTDIR")) return null;
      throw error;
    }
  }

  /** Follows symlinks. Null if the path does not exist; EACCES and ELOOP are thrown, as stat(2) reports them. */
  stat(path: string): (PosixStat & { type: "file" | "dir" }) | null {
    const found = this.tryLocate(path, true);
    if (!found?.entry || found.entry.type === "symlink") return null;
    return calculatePosixStat(found.entry) as PosixStat & { type: "file" | "dir" };
  }

  /** Does not follow a final symlink. */
  lstat(path: string): PosixStat | null {
    const found = this.tryLocate(path, false);
    return found?.entry ? calculatePosixStat(found.entry) : null;
  }

  readFile(path: string): string {
    const found = this.locate(path, true);
    if (!found.entry) throw new FsError("ENOENT", path);
    if (found.entry.type !== "file") throw new FsError("EISDIR", path);
    this.requireAccess(found.entry, R_OK, path);
    return found.entry.content;
  }

  readdir(path: string): string[] {
    const found = this.locate(path, true);
    if (!found.entry) throw new FsError("ENOENT", path);
    if (found.entry.type !== "dir") throw new FsError("ENOTDIR", path);
    this.requireAccess(found.entry, R_OK, path);
    return this.listChildNames(found);
  }

  readlink(path: string): string {
    const found = this.locate(path, false);
    if (!found.entry) throw new FsError("ENOENT", path);
    if (found.entry.type !== "symlink") throw new FsError("EINVAL", path);
    return found.entry.target;
  }

  /** Every path below `node` in the merged view, parents before children, with paths relative to `node` ("" for itself). */
  protected collectSubtree(node: UnionNode): [string, NodeEntry][] {
    const out: [string, NodeEntry][] = [["", node.entry]];
    const visit = (dir: UnionNode, rel: string): void => {
      for (const name of this.listChildNames(dir)) {
        const child = this.lookupChild(dir, name) as UnionNode;
        out.push([`${rel}/${name}`, child.entry]);
        if (child.entry.type === "dir") visit(child, `${rel}/${name}`);
      }
    };
    if (node.entry.type === "dir") visit(node, "");
    return out;
  }
}
