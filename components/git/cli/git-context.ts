import type { PromiseFs } from "./git-fs";

/** isomorphic-git's module (loaded lazily in the browser). */
export type Git = typeof import("isomorphic-git");

/** The workspace as git's users see it (world.ts WORKSPACE_PATH). */
export const SHOWN_WORKTREE = "/home/learner/workspace";

/** What one git subcommand gets. */
export interface GitContext {
  git: Git;
  /** Files, for this program's own reads and writes. */
  fs: PromiseFs;
  /** The same files as isomorphic-git takes them (its fs client with `promises`). */
  client: { promises: PromiseFs };
  /** The working tree as isomorphic-git sees it. */
  dir: string;
  /** The repository folder (the workspace's `.git`, or the attempts repository in the browser). */
  gitdir: string;
  /** Arguments after the subcommand's name. */
  args: string[];
  /** The shell's directory relative to the working tree ("" at its top). */
  prefix: string;
  now(): number;
  out(text: string): void;
  err(text: string): void;
}

/** One subcommand: returns git's exit status. */
export type GitVerb = (ctx: GitContext) => Promise<number>;

/** Thrown for git's `fatal:` errors (exit 128, builtin die()). */
export class GitFatal extends Error {}

/** A path as typed, relative to the shell's directory, made relative to the working tree's top ("" is the top). */
export function resolvePathspec(prefix: string, arg: string): string {
  const parts = prefix ? prefix.split("/") : [];
  for (const part of arg.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

/** A repository path shown relative to the shell's directory, as `git status` does (`../Dockerfile`). */
export function showPath(prefix: string, path: string): string {
  if (!prefix) return path;
  const from = prefix.split("/");
  const to = path.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** Whether `path` is `spec` itself or inside it ("" matches everything). */
export function matchesPathspec(spec: string, path: string): boolean {
  return spec === "" || path === spec || path.startsWith(`${spec}/`);
}

/** The current branch's short name, e.g. `main`. */
export async function currentBranch(ctx: GitContext): Promise<string> {
  return (await ctx.git.currentBranch({ fs: ctx.client, gitdir: ctx.gitdir, fullname: false })) ?? "HEAD";
}

/** HEAD's commit id, or undefined before the first commit. */
export async function headOid(ctx: GitContext): Promise<string | undefined> {
  try {
    return await ctx.git.resolveRef({ fs: ctx.client, gitdir: ctx.gitdir, ref: "HEAD" });
  } catch {
    return undefined;
  }
}

/** The files of a tree-ish and of the index: path → blob id. */
export async function readEntries(ctx: GitContext, source: "HEAD" | "STAGE" | "WORKDIR"): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  if (source === "HEAD" && !(await headOid(ctx))) return entries;
  const { git } = ctx;
  const walker = source === "HEAD" ? git.TREE({ ref: "HEAD" }) : source === "STAGE" ? git.STAGE() : git.WORKDIR();
  await git.walk({
    fs: ctx.client,
    dir: ctx.dir,
    gitdir: ctx.gitdir,
    trees: [walker],
    map: async (filepath, [entry]) => {
      if (!entry || filepath === ".") return true;
      if ((await entry.type()) !== "blob") return true;
      const oid = await entry.oid();
      if (oid) entries.set(filepath, oid);
      return true;
    },
  });
  return entries;
}

/** A blob's text ("" when it cannot be read). */
export async function readText(ctx: GitContext, oid: string): Promise<string> {
  try {
    const { blob } = await ctx.git.readBlob({ fs: ctx.client, gitdir: ctx.gitdir, oid });
    return new TextDecoder().decode(blob);
  } catch {
    return "";
  }
}
