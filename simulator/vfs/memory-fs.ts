import { FsError, type FileStat, type FileSystem } from "./types";
import { calculateBasename, calculateCleanPath, calculateDirname } from "./path";

/** One node of an in-memory tree, as plain data (so it snapshots as JSON). */
export type MemoryNode =
  | { type: "file"; data: string; mode: number; mtimeMs: number }
  | { type: "dir"; children: Record<string, MemoryNode>; mode: number; mtimeMs: number };

const encoder = new TextEncoder();

/**
 * An in-memory FileSystem. Errors follow the errno a Linux kernel would give
 * for the same call (ENOENT for a missing parent, EISDIR for reading a
 * directory, ENOTEMPTY for rmdir of a full directory).
 */
export class MemoryFs implements FileSystem {
  root: MemoryNode & { type: "dir" };

  constructor(
    private readonly now: () => number = () => 0,
    root?: MemoryNode & { type: "dir" },
  ) {
    this.root = root ?? { type: "dir", children: {}, mode: 0o755, mtimeMs: 0 };
  }

  /** The node at `path`, or the errno a kernel would give for the walk to it. */
  private walk(path: string): MemoryNode | "ENOENT" | "ENOTDIR" {
    let node: MemoryNode = this.root;
    for (const part of calculateCleanPath(path).split("/")) {
      if (part === "") continue;
      // A file used as a directory is ENOTDIR, as path_resolution(7) describes.
      if (node.type !== "dir") return "ENOTDIR";
      // Own entries only: a file named "constructor" or "__proto__" is an ordinary name.
      if (!Object.hasOwn(node.children, part)) return "ENOENT";
      node = node.children[part] as MemoryNode;
    }
    return node;
  }

  private lookup(path: string): MemoryNode | null {
    const node = this.walk(path);
    return typeof node === "string" ? null : node;
  }

  private parentDir(path: string): MemoryNode & { type: "dir" } {
    const parent = this.walk(calculateDirname(path));
    if (typeof parent === "string") throw new FsError(parent, path);
    if (parent.type !== "dir") throw new FsError("ENOTDIR", path);
    return parent;
  }

  /** Adds an entry as an own property, so names like "__proto__" stay plain names. */
  private static setChild(dir: MemoryNode & { type: "dir" }, name: string, node: MemoryNode): void {
    Object.defineProperty(dir.children, name, { value: node, enumerable: true, writable: true, configurable: true });
  }

  /** The errno for a failed lookup of `path`. */
  private missing(path: string): FsError {
    const found = this.walk(path);
    return new FsError(typeof found === "string" ? found : "ENOENT", path);
  }

  stat(path: string): FileStat | null {
    const node = this.lookup(path);
    if (!node) return null;
    const size = node.type === "file" ? encoder.encode(node.data).length : 4096;
    return { type: node.type, size, mtimeMs: node.mtimeMs, mode: node.mode };
  }

  readFile(path: string): string {
    const node = this.lookup(path);
    if (!node) throw this.missing(path);
    if (node.type === "dir") throw new FsError("EISDIR", path);
    return node.data;
  }

  writeFile(path: string, data: string): void {
    const clean = calculateCleanPath(path);
    if (clean === "/") throw new FsError("EISDIR", path);
    const parent = this.parentDir(clean);
    const name = calculateBasename(clean);
    const existing = Object.hasOwn(parent.children, name) ? parent.children[name] : undefined;
    if (existing?.type === "dir") throw new FsError("EISDIR", path);
    MemoryFs.setChild(parent, name, { type: "file", data, mode: existing?.mode ?? 0o644, mtimeMs: this.now() });
  }

  /** Sets the permission bits (chmod(2)); ENOENT when the path is missing. */
  chmod(path: string, mode: number): void {
    const node = this.lookup(path);
    if (!node) throw new FsError("ENOENT", path);
    node.mode = mode & 0o7777;
  }

  appendFile(path: string, data: string): void {
    const node = this.lookup(path);
    if (node?.type === "dir") throw new FsError("EISDIR", path);
    this.writeFile(path, (node?.type === "file" ? node.data : "") + data);
  }

  readdir(path: string): string[] {
    const node = this.lookup(path);
    if (!node) throw this.missing(path);
    if (node.type !== "dir") throw new FsError("ENOTDIR", path);
    return Object.keys(node.children).sort();
  }

  mkdir(path: string, options: { recursive?: boolean } = {}): void {
    const clean = calculateCleanPath(path);
    const existing = this.lookup(clean);
    if (existing) {
      if (options.recursive && existing.type === "dir") return;
      throw new FsError("EEXIST", path);
    }
    if (options.recursive && clean !== "/") {
      // `mkdir -p a/b` through a file `a` fails with ENOTDIR, as mkdir(2) on "a/b" does.
      const parentNode = this.lookup(calculateDirname(clean));
      if (parentNode && parentNode.type !== "dir") throw new FsError("ENOTDIR", path);
      if (!parentNode) {
        try {
          this.mkdir(calculateDirname(clean), options);
        } catch (error) {
          if (error instanceof FsError) throw new FsError(error.code === "EEXIST" ? "ENOTDIR" : error.code, path);
          throw error;
        }
      }
    }
    const parent = this.parentDir(clean);
    MemoryFs.setChild(parent, calculateBasename(clean), { type: "dir", children: {}, mode: 0o755, mtimeMs: this.now() });
  }

  remove(path: string, options: { recursive?: boolean } = {}): void {
    const clean = calculateCleanPath(path);
    const node = this.lookup(clean);
    if (!node) throw this.missing(path);
    if (clean === "/") throw new FsError("EINVAL", path);
    if (node.type === "dir" && !options.recursive && Object.keys(node.children).length > 0) {
      throw new FsError("ENOTEMPTY", path);
    }
    delete this.parentDir(clean).children[calculateBasename(clean)];
  }

  rename(from: string, to: string): void {
    const src = calculateCleanPath(from);
    const dst = calculateCleanPath(to);
    const node = this.lookup(src);
    if (!node) throw this.missing(from);
    if (dst === src) return;
    // rename(2): EINVAL when the new path is inside the old one (or the old one is the root).
    if (src === "/" || dst.startsWith(src + "/")) throw new FsError("EINVAL", to);
    const target = this.lookup(dst);
    if (target?.type === "dir") {
      if (node.type !== "dir") throw new FsError("EISDIR", to);
      if (Object.keys(target.children).length > 0) throw new FsError("ENOTEMPTY", to);
    } else if (target && node.type === "dir") {
      throw new FsError("ENOTDIR", to);
    }
    const dstParent = this.parentDir(dst);
    delete this.parentDir(src).children[calculateBasename(src)];
    MemoryFs.setChild(dstParent, calculateBasename(dst), node);
  }
}

/** A new in-memory FileSystem holding `files` (keys are absolute paths; parents are created). */
export function createMemoryFs(files: Record<string, string> = {}, now?: () => number): FileSystem {
  const fs = new MemoryFs(now);
  for (const [path, data] of Object.entries(files)) {
    fs.mkdir(calculateDirname(path), { recursive: true });
    fs.writeFile(path, data);
  }
  return fs;
}
