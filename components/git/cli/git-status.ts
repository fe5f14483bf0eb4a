import { currentBranch, headOid, showPath, type GitContext, type GitVerb } from "./git-context";

type ChangeKind = "new file" | "modified" | "deleted";

/** The three parts of `git status`. */
export interface StatusParts {
  initial: boolean;
  staged: { kind: ChangeKind; path: string }[];
  unstaged: { kind: ChangeKind; path: string }[];
  untracked: string[];
}

/** Sorts isomorphic-git's statusMatrix rows ([path, head, workdir, stage]) into git status's sections. */
export async function collectStatus(ctx: GitContext): Promise<StatusParts> {
  const initial = (await headOid(ctx)) === undefined;
  const rows = await ctx.git.statusMatrix({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir });
  const parts: StatusParts = { initial, staged: [], unstaged: [], untracked: [] };
  const tracked = new Set<string>();
  for (const [path, head, workdir, stage] of rows) {
    if (head === 0 && stage > 0) parts.staged.push({ kind: "new file", path });
    else if (head === 1 && stage === 0) parts.staged.push({ kind: "deleted", path });
    else if (head === 1 && stage >= 2) parts.staged.push({ kind: "modified", path });
    if (stage > 0) tracked.add(path);
    if (stage === 0 && workdir === 2) parts.untracked.push(path);
    else if (stage > 0 && workdir === 0) parts.unstaged.push({ kind: "deleted", path });
    else if (stage > 0 && stage !== 2 && !(stage === 1 && workdir === 1)) parts.unstaged.push({ kind: "modified", path });
  }
  // An untracked folder with nothing tracked in it shows once, as `dir/` (wt-status.c, dir.c DIR_SHOW_OTHER_DIRECTORIES).
  const shown = new Set<string>();
  for (const path of parts.untracked) {
    const segments = path.split("/");
    let entry = path;
    for (let n = 1; n < segments.length; n++) {
      const dir = `${segments.slice(0, n).join("/")}/`;
      if (![...tracked].some((t) => t.startsWith(dir))) {
        entry = dir;
        break;
      }
    }
    shown.add(entry);
  }
  parts.untracked = [...shown];
  return parts;
}

const LABEL_WIDTH = 12;

/** `git status`'s long format (git 2.4x wt-status.c wt_longstatus_print), hints on. */
export async function formatLongStatus(ctx: GitContext, parts: StatusParts): Promise<string> {
  const lines = [`On branch ${await currentBranch(ctx)}`];
  if (parts.initial) lines.push("", "No commits yet", "");
  const item = (kind: string, path: string): string => `\t${`${kind}:`.padEnd(LABEL_WIDTH)}${showPath(ctx.prefix, path)}`;
  if (parts.staged.length) {
    lines.push("Changes to be committed:", parts.initial ? '  (use "git rm --cached <file>..." to unstage)' : '  (use "git restore --staged <file>..." to unstage)');
    for (const c of parts.staged) lines.push(item(c.kind, c.path));
    lines.push("");
  }
  if (parts.unstaged.length) {
    const deleted = parts.unstaged.some((c) => c.kind === "deleted");
    lines.push("Changes not staged for commit:", `  (use "git ${deleted ? "add/rm" : "add"} <file>..." to update what will be committed)`, '  (use "git restore <file>..." to discard changes in working directory)');
    for (const c of parts.unstaged) lines.push(item(c.kind, c.path));
    lines.push("");
  }
  if (parts.untracked.length) {
    lines.push("Untracked files:", '  (use "git add <file>..." to include in what will be committed)');
    for (const p of parts.untracked) lines.push(`\t${showPath(ctx.prefix, p)}`);
    lines.push("");
  }
  if (parts.staged.length === 0) {
    if (parts.unstaged.length) lines.push('no changes added to commit (use "git add" and/or "git commit -a")');
    else if (parts.untracked.length) lines.push('nothing added to commit but untracked files present (use "git add" to track)');
    else if (parts.initial) lines.push('nothing to commit (create/copy files and use "git add" to track)');
    else lines.push("nothing to commit, working tree clean");
  }
  return `${lines.join("\n")}\n`;
}

/** `git status` (long format only). Simplification: no -s/--short, no upstream tracking line. */
export const runStatus: GitVerb = async (ctx) => {
  ctx.out(await formatLongStatus(ctx, await collectStatus(ctx)));
  return 0;
};
