import type { FileSystem } from "@/simulator";

/** The promise-based file system isomorphic-git drives (its "PromiseFsClient"); Node's fs.promises and lightning-fs's `promises` both are one. */
export interface PromiseFs {
  readFile(path: string, options?: unknown): Promise<Uint8Array | string>;
  writeFile(path: string, data: Uint8Array | string, options?: unknown): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options?: unknown): Promise<void>;
  rmdir(path: string): Promise<void>;
  stat(path: string): Promise<unknown>;
  lstat(path: string): Promise<unknown>;
  readlink(path: string): Promise<string>;
  symlink(target: string, path: string): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
}

/** Where the working tree appears to isomorphic-git. */
export const WORK_DIR = "/workspace";

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: no such file or directory, '${path}'`), { code });
}

function wantsText(options: unknown): boolean {
  return options === "utf8" || (typeof options === "object" && options !== null && (options as { encoding?: string }).encoding === "utf8");
}

function toStat(type: "file" | "dir", size: number, mtimeMs: number): object {
  return {
    type,
    mode: type === "file" ? 0o100644 : 0o40000,
    size,
    ino: 0,
    dev: 0,
    uid: 0,
    gid: 0,
    mtimeMs,
    ctimeMs: mtimeMs,
    isFile: () => type === "file",
    isDirectory: () => type === "dir",
    isSymbolicLink: () => false,
  };
}

/**
 * One file system for isomorphic-git: paths under WORK_DIR are the learner's
 * workspace (the world's synchronous, text-only FileSystem, so `git checkout`
 * changes what the editor and `docker build` see); every other path (the
 * repository's objects, refs and index, which are binary) goes to `backing`.
 */
export function createGitFs(workspace: FileSystem, backing: PromiseFs): PromiseFs {
  const inWork = (path: string): string | undefined => {
    if (typeof path !== "string") return undefined;
    if (path === WORK_DIR) return "/";
    return path.startsWith(`${WORK_DIR}/`) ? path.slice(WORK_DIR.length) : undefined;
  };
  const wrap = async <T>(path: string, op: () => T): Promise<T> => {
    try {
      return op();
    } catch (error) {
      const code = (error as { code?: string }).code ?? "EIO";
      throw fsError(code, path);
    }
  };
  const stat = (path: string, inner: string): Promise<unknown> =>
    wrap(path, () => {
      const s = workspace.stat(inner);
      if (!s) throw fsError("ENOENT", path);
      return toStat(s.type, s.size, s.mtimeMs);
    });
  return {
    readFile(path, options) {
      const inner = inWork(path);
      if (inner === undefined) return backing.readFile(path, options);
      return wrap(path, () => {
        const text = workspace.readFile(inner);
        return wantsText(options) ? text : new TextEncoder().encode(text);
      });
    },
    writeFile(path, data, options) {
      const inner = inWork(path);
      if (inner === undefined) return backing.writeFile(path, data, options);
      return wrap(path, () => workspace.writeFile(inner, typeof data === "string" ? data : new TextDecoder().decode(data)));
    },
    unlink(path) {
      const inner = inWork(path);
      return inner === undefined ? backing.unlink(path) : wrap(path, () => workspace.remove(inner));
    },
    readdir(path) {
      const inner = inWork(path);
      return inner === undefined ? backing.readdir(path) : wrap(path, () => workspace.readdir(inner));
    },
    mkdir(path, options) {
      const inner = inWork(path);
      if (inner === undefined) return backing.mkdir(path, options);
      return wrap(path, () => {
        if (workspace.stat(inner)) throw fsError("EEXIST", path);
        workspace.mkdir(inner);
      });
    },
    rmdir(path) {
      const inner = inWork(path);
      return inner === undefined ? backing.rmdir(path) : wrap(path, () => workspace.remove(inner));
    },
    stat(path) {
      const inner = inWork(path);
      return inner === undefined ? backing.stat(path) : stat(path, inner);
    },
    lstat(path) {
      const inner = inWork(path);
      return inner === undefined ? backing.lstat(path) : stat(path, inner);
    },
    readlink(path) {
      return inWork(path) === undefined ? backing.readlink(path) : Promise.reject(fsError("EINVAL", path));
    },
    // Simplification: the workspace holds no symbolic links or modes.
    symlink(target, path) {
      return inWork(path) === undefined ? backing.symlink(target, path) : Promise.reject(fsError("EPERM", path));
    },
    chmod(path, mode) {
      return inWork(path) === undefined ? backing.chmod(path, mode) : Promise.resolve();
    },
  };
}

/** A binary in-memory PromiseFs (tests, and the headless shell without a real folder). */
export function createMemoryPromiseFs(): PromiseFs {
  const files = new Map<string, Uint8Array>();
  const dirs = new Set<string>(["/"]);
  const parent = (p: string): string => p.slice(0, Math.max(1, p.lastIndexOf("/")));
  const need = (p: string): void => {
    if (!dirs.has(parent(p))) throw fsError("ENOENT", p);
  };
  return {
    async readFile(p, options) {
      const data = files.get(p);
      if (!data) throw fsError("ENOENT", p);
      return wantsText(options) ? new TextDecoder().decode(data) : data;
    },
    async writeFile(p, data) {
      need(p);
      if (dirs.has(p)) throw fsError("EISDIR", p);
      files.set(p, typeof data === "string" ? new TextEncoder().encode(data) : new Uint8Array(data));
    },
    async unlink(p) {
      if (!files.delete(p)) throw fsError("ENOENT", p);
    },
    async readdir(p) {
      if (!dirs.has(p)) throw fsError(files.has(p) ? "ENOTDIR" : "ENOENT", p);
      const prefix = p === "/" ? "/" : `${p}/`;
      const names = new Set<string>();
      for (const key of [...files.keys(), ...dirs]) if (key !== p && key.startsWith(prefix) && !key.slice(prefix.length).includes("/")) names.add(key.slice(prefix.length));
      return [...names];
    },
    async mkdir(p) {
      if (dirs.has(p) || files.has(p)) throw fsError("EEXIST", p);
      need(p);
      dirs.add(p);
    },
    async rmdir(p) {
      if (!dirs.delete(p)) throw fsError("ENOENT", p);
    },
    async stat(p) {
      if (dirs.has(p)) return toStat("dir", 0, 0);
      const data = files.get(p);
      if (!data) throw fsError("ENOENT", p);
      return toStat("file", data.length, 0);
    },
    async lstat(p) {
      if (dirs.has(p)) return toStat("dir", 0, 0);
      const data = files.get(p);
      if (!data) throw fsError("ENOENT", p);
      return toStat("file", data.length, 0);
    },
    readlink: (p) => Promise.reject(fsError("EINVAL", p)),
    symlink: (_t, p) => Promise.reject(fsError("EPERM", p)),
    chmod: async () => undefined,
  };
}
