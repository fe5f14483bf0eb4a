/**
 * The subset of a promise-based fs that the workspace store needs; both
 * lightning-fs (`fs.promises`, isomorphic-git/lightning-fs: index.d.ts) and
 * Node's `fs/promises` provide it.
 */
export interface PromiseFs {
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string, encoding: "utf8"): Promise<string>;
  writeFile(path: string, data: string, encoding: "utf8"): Promise<void>;
  unlink(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
  stat(path: string): Promise<{ isDirectory(): boolean }>;
}

/** Workspace files as the world snapshot holds them: absolute path → text. */
export type WorkspaceFiles = Record<string, string>;

async function exists(fs: PromiseFs, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

async function ensureDir(fs: PromiseFs, path: string): Promise<void> {
  let current = "";
  for (const part of path.split("/").filter(Boolean)) {
    current += `/${part}`;
    if (!(await exists(fs, current))) await fs.mkdir(current);
  }
}

async function removeTree(fs: PromiseFs, path: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    return;
  }
  if (!stat.isDirectory()) {
    await fs.unlink(path);
    return;
  }
  for (const name of await fs.readdir(path)) await removeTree(fs, `${path}/${name}`);
  await fs.rmdir(path);
}

async function readTree(fs: PromiseFs, root: string, dir: string, out: WorkspaceFiles): Promise<void> {
  for (const name of (await fs.readdir(`${root}${dir}`)).sort()) {
    const rel = dir === "" ? `/${name}` : `${dir}/${name}`;
    const stat = await fs.stat(`${root}${rel}`);
    if (stat.isDirectory()) await readTree(fs, root, rel, out);
    else out[rel] = await fs.readFile(`${root}${rel}`, "utf8");
  }
}

/**
 * The learner's files kept in a browser file system (lightning-fs over
 * IndexedDB) under one folder per workspace (`/workspaces/sandbox`), so they
 * survive a reload. Saves write only what changed since the last save.
 */
export class WorkspaceFileStore {
  private last: WorkspaceFiles | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly fs: PromiseFs,
    /** The folder holding this workspace, e.g. `/workspaces/lesson-first-container`. */
    private readonly root: string,
  ) {}

  /** The saved files, or null when this workspace was never saved. */
  async load(): Promise<WorkspaceFiles | null> {
    await this.queue;
    if (!(await exists(this.fs, this.root))) return null;
    const files: WorkspaceFiles = {};
    await readTree(this.fs, this.root, "", files);
    this.last = { ...files };
    return files;
  }

  /** Makes the saved tree equal `files` (saves run one after another). */
  save(files: WorkspaceFiles): Promise<void> {
    const next = { ...files };
    this.queue = this.queue.then(() => this.write(next)).catch(() => undefined);
    return this.queue;
  }

  /** Forgets this workspace's files. */
  clear(): Promise<void> {
    this.queue = this.queue.then(async () => {
      await removeTree(this.fs, this.root);
      this.last = null;
    });
    return this.queue;
  }

  private async write(files: WorkspaceFiles): Promise<void> {
    if (this.last === null) {
      await removeTree(this.fs, this.root);
      this.last = {};
    }
    await ensureDir(this.fs, this.root);
    const previous = this.last;
    for (const path of Object.keys(previous)) {
      if (!Object.hasOwn(files, path)) await removeTree(this.fs, `${this.root}${path}`);
    }
    for (const [path, text] of Object.entries(files)) {
      if (Object.hasOwn(previous, path) && previous[path] === text) continue;
      const dir = path.slice(0, path.lastIndexOf("/"));
      await ensureDir(this.fs, `${this.root}${dir}`);
      // A path that was a directory and is now a file (or the reverse) goes first.
      if (await exists(this.fs, `${this.root}${path}`)) {
        const stat = await this.fs.stat(`${this.root}${path}`);
        if (stat.isDirectory()) await removeTree(this.fs, `${this.root}${path}`);
      }
      await this.fs.writeFile(`${this.root}${path}`, text, "utf8");
    }
    this.last = files;
  }
}
