import { FsError, type FsErrorCode } from "../../../vfs/types";
import type { Credentials, PosixFileSystem, PosixStat } from "../../../vfs/posix-types";
import { calculateCleanPath } from "../../../vfs/path";

type Meta = { mode: number; uid: number; gid: number; mtimeMs: number };
type Node = (Meta & { type: "file"; data: string }) | (Meta & { type: "dir"; children: Map<string, Node> }) | (Meta & { type: "symlink"; target: string });
type DirNode = Node & { type: "dir" };

const encoder = new TextEncoder();

/**
 * A small in-memory PosixFileSystem for tests of the container shell: owners,
 * permission bits (checked for non-root credentials the way Linux does:
 * search permission on every directory walked, write permission on the
 * parent to create or remove), and symlinks with ELOOP after 40 hops
 * (path_resolution(7)). Not the engine's layered UnionFs.
 */
export class MemoryPosixFs implements PosixFileSystem {
  private readonly root: DirNode = { type: "dir", children: new Map(), mode: 0o755, uid: 0, gid: 0, mtimeMs: 0 };
  private creds: Credentials | undefined;

  constructor(private readonly now: () => number = () => 0) {}

  setCredentials(credentials: Credentials | undefined): void {
    this.creds = credentials && credentials.uid !== 0 ? credentials : undefined;
  }

  private allowed(node: Node, bit: 4 | 2 | 1): boolean {
    const c = this.creds;
    if (!c) return true;
    const shift = node.uid === c.uid ? 6 : node.gid === c.gid || c.groups?.includes(node.gid) ? 3 : 0;
    return ((node.mode >> shift) & bit) !== 0;
  }

  /** Walks to `path`; returns the node (or null when only the last part is missing) and its parent. */
  private walk(path: string, followLast: boolean, hops = 0): { node: Node | null; parent: DirNode; name: string; path: string } {
    const parts = calculateCleanPath(path).split("/").filter(Boolean);
    let dir: DirNode = this.root;
    let dirPath = "";
    if (parts.length === 0) return { node: this.root, parent: this.root, name: "", path: "/" };
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i] as string;
      if (!this.allowed(dir, 1)) throw new FsError("EACCES", path);
      const child = dir.children.get(name);
      const last = i === parts.length - 1;
      if (child?.type === "symlink" && (!last || followLast)) {
        if (hops >= 40) throw new FsError("ELOOP", path);
        const target = child.target.startsWith("/") ? child.target : `${dirPath}/${child.target}`;
        const rest = parts.slice(i + 1).join("/");
        return this.walk(rest ? `${target}/${rest}` : target, followLast, hops + 1);
      }
      if (last) return { node: child ?? null, parent: dir, name, path: `${dirPath}/${name}` };
      if (!child) throw new FsError("ENOENT", path);
      if (child.type !== "dir") throw new FsError("ENOTDIR", path);
      dir = child;
      dirPath += `/${name}`;
    }
    throw new FsError("ENOENT", path);
  }

  private find(path: string, follow = true): Node | null {
    try {
      return this.walk(path, follow).node;
    } catch {
      return null;
    }
  }

  private fail(code: FsErrorCode, path: string): never {
    throw new FsError(code, path);
  }

  private statOf(node: Node): PosixStat {
    const size = node.type === "file" ? encoder.encode(node.data).length : node.type === "dir" ? 4096 : node.target.length;
    return { type: node.type, size, mtimeMs: node.mtimeMs, mode: node.mode, uid: node.uid, gid: node.gid, ...(node.type === "symlink" ? { target: node.target } : {}) };
  }

  stat(path: string): (PosixStat & { type: "file" | "dir" }) | null {
    const node = this.find(path);
    return node && node.type !== "symlink" ? (this.statOf(node) as PosixStat & { type: "file" | "dir" }) : null;
  }

  lstat(path: string): PosixStat | null {
    const node = this.find(path, false);
    return node ? this.statOf(node) : null;
  }

  readFile(path: string): string {
    const { node } = this.walk(path, true);
    if (!node) this.fail("ENOENT", path);
    if (node.type === "dir") this.fail("EISDIR", path);
    if (!this.allowed(node, 4)) this.fail("EACCES", path);
    return (node as Node & { type: "file" }).data;
  }

  private put(path: string, data: string, append: boolean, meta?: Partial<Meta>, check = true): void {
    const { node, parent, name } = this.walk(path, true);
    if (name === "") this.fail("EISDIR", path);
    if (node?.type === "dir") this.fail("EISDIR", path);
    if (node) {
      if (check && !this.allowed(node, 2)) this.fail("EACCES", path);
      const file = node as Node & { type: "file" };
      file.data = append ? file.data + data : data;
      file.mtimeMs = meta?.mtimeMs ?? this.now();
      if (meta?.mode !== undefined) file.mode = meta.mode;
      if (meta?.uid !== undefined) file.uid = meta.uid;
      if (meta?.gid !== undefined) file.gid = meta.gid;
      return;
    }
    if (check && !this.allowed(parent, 2)) this.fail("EACCES", path);
    parent.children.set(name, { type: "file", data, mode: meta?.mode ?? 0o644, uid: meta?.uid ?? this.creds?.uid ?? 0, gid: meta?.gid ?? this.creds?.gid ?? 0, mtimeMs: meta?.mtimeMs ?? this.now() });
  }

  writeFile(path: string, data: string): void {
    this.put(path, data, false);
  }

  appendFile(path: string, data: string): void {
    this.put(path, data, true);
  }

  writeFileWith(path: string, data: string, options: { mode?: number; uid?: number; gid?: number; mtimeMs?: number }): void {
    this.put(path, data, false, options, false);
  }

  readdir(path: string): string[] {
    const { node } = this.walk(path, true);
    if (!node) this.fail("ENOENT", path);
    if (node.type !== "dir") this.fail("ENOTDIR", path);
    if (!this.allowed(node, 4)) this.fail("EACCES", path);
    return [...(node as DirNode).children.keys()].sort();
  }

  mkdir(path: string, options: { recursive?: boolean } = {}): void {
    const clean = calculateCleanPath(path);
    if (options.recursive) {
      const parts = clean.split("/").filter(Boolean);
      for (let i = 1; i <= parts.length; i++) {
        const sub = "/" + parts.slice(0, i).join("/");
        const existing = this.find(sub);
        if (existing?.type === "dir") continue;
        if (existing) this.fail(i === parts.length ? "EEXIST" : "ENOTDIR", path);
        this.mkdir(sub);
      }
      return;
    }
    const { node, parent, name } = this.walk(clean, false);
    if (node || name === "") this.fail("EEXIST", path);
    if (!this.allowed(parent, 2)) this.fail("EACCES", path);
    parent.children.set(name, { type: "dir", children: new Map(), mode: 0o755, uid: this.creds?.uid ?? 0, gid: this.creds?.gid ?? 0, mtimeMs: this.now() });
  }

  remove(path: string, options: { recursive?: boolean } = {}): void {
    const { node, parent, name } = this.walk(path, false);
    if (!node) this.fail("ENOENT", path);
    if (name === "") this.fail("EINVAL", path);
    if (!this.allowed(parent, 2)) this.fail("EACCES", path);
    if (node.type === "dir" && node.children.size > 0 && !options.recursive) this.fail("ENOTEMPTY", path);
    parent.children.delete(name);
  }

  rename(from: string, to: string): void {
    const src = this.walk(from, false);
    if (!src.node) this.fail("ENOENT", from);
    const dst = this.walk(to, false);
    if (!this.allowed(src.parent, 2) || !this.allowed(dst.parent, 2)) this.fail("EACCES", to);
    if (dst.path.startsWith(src.path + "/")) this.fail("EINVAL", to);
    if (dst.node?.type === "dir" && src.node.type !== "dir") this.fail("EISDIR", to);
    if (dst.node?.type === "dir" && dst.node.children.size > 0) this.fail("ENOTEMPTY", to);
    src.parent.children.delete(src.name);
    dst.parent.children.set(dst.name, src.node);
  }

  readlink(path: string): string {
    const node = this.walk(path, false).node;
    if (!node) this.fail("ENOENT", path);
    if (node.type !== "symlink") this.fail("EINVAL", path);
    return (node as Node & { type: "symlink" }).target;
  }

  symlink(target: string, path: string): void {
    const { node, parent, name } = this.walk(path, false);
    if (node) this.fail("EEXIST", path);
    if (!this.allowed(parent, 2)) this.fail("EACCES", path);
    parent.children.set(name, { type: "symlink", target, mode: 0o777, uid: this.creds?.uid ?? 0, gid: this.creds?.gid ?? 0, mtimeMs: this.now() });
  }

  chmod(path: string, mode: number): void {
    const node = this.walk(path, true).node;
    if (!node) this.fail("ENOENT", path);
    if (this.creds && this.creds.uid !== node.uid) this.fail("EPERM", path);
    node.mode = mode & 0o7777;
  }

  /** Sets a node's mtime without touching it otherwise (tests only: fixtures with fixed times). */
  setMtime(path: string, mtimeMs: number, follow = true): void {
    const node = this.walk(path, follow).node;
    if (!node) this.fail("ENOENT", path);
    node.mtimeMs = mtimeMs;
  }

  chown(path: string, uid: number, gid: number): void {
    const node = this.walk(path, true).node;
    if (!node) this.fail("ENOENT", path);
    if (this.creds) this.fail("EPERM", path);
    node.uid = uid;
    node.gid = gid;
  }
}

/** A file tree for tests: paths ending in `/` are directories; values are contents or `{ data, mode, uid, gid }`. */
export function createTestFs(files: Record<string, string | { data?: string; mode?: number; uid?: number; gid?: number; link?: string }>, now?: () => number): MemoryPosixFs {
  const fs = new MemoryPosixFs(now);
  for (const [path, spec] of Object.entries(files)) {
    const dir = path.endsWith("/") ? path : path.slice(0, path.lastIndexOf("/")) || "/";
    fs.mkdir(dir, { recursive: true });
    if (path.endsWith("/")) {
      if (typeof spec === "object") {
        if (spec.mode !== undefined) fs.chmod(path, spec.mode);
        if (spec.uid !== undefined) fs.chown(path, spec.uid, spec.gid ?? spec.uid);
      }
      continue;
    }
    if (typeof spec === "string") fs.writeFile(path, spec);
    else if (spec.link !== undefined) fs.symlink(spec.link, path);
    else fs.writeFileWith(path, spec.data ?? "", { mode: spec.mode, uid: spec.uid, gid: spec.gid });
  }
  return fs;
}
