import type { WorkspaceFiles } from "../session/file-store";
import { formatUnifiedDiff } from "./line-diff";

type Git = typeof import("isomorphic-git");
type FsClient = Parameters<Git["init"]>[0]["fs"];

/** One commit of the attempts history. */
export interface Attempt {
  oid: string;
  message: string;
  /** Seconds since the epoch, as git stores it. */
  timestamp: number;
}

const AUTHOR = { name: "Dockyard learner", email: "learner@dockyard.invalid" };

interface Dir {
  files: Record<string, string>;
  dirs: Record<string, Dir>;
}

function toTree(files: WorkspaceFiles): Dir {
  const root: Dir = { files: {}, dirs: {} };
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split("/").filter(Boolean);
    const name = parts.pop();
    if (name === undefined) continue;
    let dir = root;
    for (const part of parts) {
      const next: Dir = Object.hasOwn(dir.dirs, part) ? (dir.dirs[part] as Dir) : { files: {}, dirs: {} };
      dir.dirs[part] = next;
      dir = next;
    }
    dir.files[name] = text;
  }
  return root;
}

/**
 * The workspace's attempts as a git repository (isomorphic-git over
 * lightning-fs in the browser): a bare repository whose commits are built
 * straight from the workspace files with writeBlob/writeTree/commit, so no
 * working tree has to be kept in sync. The first commit holds the lesson's
 * starter files; each Check adds one.
 */
export class AttemptRepo {
  constructor(
    private readonly git: Git,
    private readonly fs: FsClient,
    /** The bare repository's folder, e.g. `/attempts/lesson-first-container.git`. */
    private readonly gitdir: string,
  ) {}

  /** Creates the repository with the starter files as its first commit, unless it exists. */
  async open(starter: WorkspaceFiles): Promise<void> {
    try {
      await this.git.resolveRef({ fs: this.fs, gitdir: this.gitdir, ref: "HEAD" });
      return;
    } catch {
      // No commits yet.
    }
    await this.git.init({ fs: this.fs, gitdir: this.gitdir, bare: true, defaultBranch: "main" });
    await this.commit(starter, "Starter files");
  }

  /** Commits `files` as they are now; returns the new commit's id. */
  async commit(files: WorkspaceFiles, message: string, now = Date.now()): Promise<string> {
    const tree = await this.writeDir(toTree(files));
    const parent = await this.git.resolveRef({ fs: this.fs, gitdir: this.gitdir, ref: "HEAD" }).then(
      (oid) => [oid],
      () => [],
    );
    const when = { timestamp: Math.floor(now / 1000), timezoneOffset: 0 };
    return this.git.commit({
      fs: this.fs,
      gitdir: this.gitdir,
      message,
      tree,
      parent,
      author: { ...AUTHOR, ...when },
      committer: { ...AUTHOR, ...when },
    });
  }

  /** Every commit, newest first. */
  async list(): Promise<Attempt[]> {
    try {
      const log = await this.git.log({ fs: this.fs, gitdir: this.gitdir, ref: "HEAD" });
      return log.map((entry) => ({ oid: entry.oid, message: entry.commit.message.trim(), timestamp: entry.commit.author.timestamp }));
    } catch {
      return [];
    }
  }

  /** The files a commit holds. */
  async read(oid: string): Promise<WorkspaceFiles> {
    const files: WorkspaceFiles = {};
    const paths = await this.git.listFiles({ fs: this.fs, gitdir: this.gitdir, ref: oid });
    const decoder = new TextDecoder();
    for (const filepath of paths) {
      const { blob } = await this.git.readBlob({ fs: this.fs, gitdir: this.gitdir, oid, filepath });
      files[`/${filepath}`] = decoder.decode(blob);
    }
    return files;
  }

  /** `git diff <parent> <oid>` for one commit (against nothing for the first). */
  async diff(oid: string): Promise<string> {
    const { commit } = await this.git.readCommit({ fs: this.fs, gitdir: this.gitdir, oid });
    const parent = commit.parent[0];
    const [before, after] = await Promise.all([parent ? this.read(parent) : Promise.resolve({} as WorkspaceFiles), this.read(oid)]);
    const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return paths
      .map((p) => formatUnifiedDiff(p.slice(1), Object.hasOwn(before, p) ? (before[p] as string) : null, Object.hasOwn(after, p) ? (after[p] as string) : null))
      .join("");
  }

  private async writeDir(dir: Dir): Promise<string> {
    const encoder = new TextEncoder();
    const entries: { mode: string; path: string; oid: string; type: "blob" | "tree" }[] = [];
    for (const [name, text] of Object.entries(dir.files)) {
      const oid = await this.git.writeBlob({ fs: this.fs, gitdir: this.gitdir, blob: encoder.encode(text) });
      entries.push({ mode: "100644", path: name, oid, type: "blob" });
    }
    for (const [name, sub] of Object.entries(dir.dirs)) {
      entries.push({ mode: "040000", path: name, oid: await this.writeDir(sub), type: "tree" });
    }
    return this.git.writeTree({ fs: this.fs, gitdir: this.gitdir, tree: entries });
  }
}
