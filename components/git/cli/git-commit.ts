import { calculateLineDiff } from "../line-diff";
import { collectStatus, formatLongStatus } from "./git-status";
import { currentBranch, GitFatal, readEntries, readText, type GitContext, type GitVerb } from "./git-context";

/** The author every commit gets. Simplification: user.name/user.email are preset, so git's "Author identity unknown" never appears. */
export const GIT_AUTHOR = { name: "Dockyard learner", email: "learner@dockyard.invalid" };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** diffstat's summary line (diff.c print_stat_summary): ` 1 file changed, 3 insertions(+), 1 deletion(-)`. */
export function formatStatSummary(files: number, insertions: number, deletions: number): string {
  let line = ` ${plural(files, "file changed", "files changed")}`;
  if (insertions || !deletions) line += `, ${plural(insertions, "insertion(+)", "insertions(+)")}`;
  if (deletions || !insertions) line += `, ${plural(deletions, "deletion(-)", "deletions(-)")}`;
  return line;
}

async function stageTracked(ctx: GitContext): Promise<void> {
  const rows = await ctx.git.statusMatrix({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir });
  for (const [filepath, , workdir, stage] of rows) {
    if (stage === 0) continue;
    if (workdir === 0) await ctx.git.remove({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir, filepath });
    else await ctx.git.add({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir, filepath });
  }
}

/** `git commit -m <msg> [-a]`: prints `[main (root-commit) abc1234] msg` and the diffstat (builtin/commit.c print_summary). */
export const runCommit: GitVerb = async (ctx) => {
  const messages: string[] = [];
  let all = false;
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i] as string;
    if (a === "-m" || a === "--message") {
      const v = ctx.args[++i];
      if (v === undefined) throw new GitFatal("switch `m' requires a value");
      messages.push(v);
    } else if (a.startsWith("-m") && a.length > 2) messages.push(a.slice(2));
    else if (a.startsWith("--message=")) messages.push(a.slice(10));
    else if (a === "-a" || a === "--all") all = true;
    else if (a === "-am") {
      all = true;
      const v = ctx.args[++i];
      if (v === undefined) throw new GitFatal("switch `m' requires a value");
      messages.push(v);
    }
  }
  if (all) await stageTracked(ctx);
  const parts = await collectStatus(ctx);
  if (parts.staged.length === 0) {
    ctx.out(await formatLongStatus(ctx, parts));
    return 1;
  }
  // Simplification: there is no editor; without -m git would open one, here the message is empty.
  const message = messages.join("\n\n").trim();
  if (!message) {
    ctx.err("Aborting commit due to empty commit message.\n");
    return 1;
  }
  const [head, index] = await Promise.all([readEntries(ctx, "HEAD"), readEntries(ctx, "STAGE")]);
  let insertions = 0;
  let deletions = 0;
  const modes: string[] = [];
  const paths = [...new Set([...head.keys(), ...index.keys()])].sort();
  let files = 0;
  for (const p of paths) {
    const before = head.get(p);
    const after = index.get(p);
    if (before === after) continue;
    files++;
    const lines = calculateLineDiff(before ? await readText(ctx, before) : "", after ? await readText(ctx, after) : "");
    insertions += lines.filter((l) => l.kind === "+").length;
    deletions += lines.filter((l) => l.kind === "-").length;
    if (!before) modes.push(` create mode 100644 ${p}`);
    if (!after) modes.push(` delete mode 100644 ${p}`);
  }
  const when = { timestamp: Math.floor(ctx.now() / 1000), timezoneOffset: 0 };
  const oid = await ctx.git.commit({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir, message: `${message}\n`, author: { ...GIT_AUTHOR, ...when }, committer: { ...GIT_AUTHOR, ...when } });
  const branch = await currentBranch(ctx);
  ctx.out(`[${branch}${parts.initial ? " (root-commit)" : ""} ${oid.slice(0, 7)}] ${message.split("\n")[0]}\n${formatStatSummary(files, insertions, deletions)}\n${modes.map((m) => `${m}\n`).join("")}`);
  return 0;
};
