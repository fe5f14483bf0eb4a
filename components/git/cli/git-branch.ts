import { restoreFromIndex } from "./git-add";
import { currentBranch, GitFatal, headOid, SHOWN_WORKTREE, type GitContext, type GitVerb } from "./git-context";

async function branchOid(ctx: GitContext, name: string): Promise<string | undefined> {
  return ctx.git.resolveRef({ fs: ctx.client, gitdir: ctx.gitdir, ref: `refs/heads/${name}` }).catch(() => undefined);
}

async function createBranch(ctx: GitContext, name: string, checkout: boolean): Promise<void> {
  if (!/^[A-Za-z0-9._/-]+$/.test(name) || name.startsWith("-") || name.includes("..")) throw new GitFatal(`'${name}' is not a valid branch name`);
  if (await branchOid(ctx, name)) throw new GitFatal(`a branch named '${name}' already exists`);
  if (!(await headOid(ctx))) throw new GitFatal(`not a valid object name: '${await currentBranch(ctx)}'`);
  await ctx.git.branch({ fs: ctx.client, gitdir: ctx.gitdir, ref: name, checkout });
}

/** `git branch` (list, `* ` on the current), `git branch <name>`, `git branch -d|-D <name>` (builtin/branch.c, git 2.4x wording). */
export const runBranch: GitVerb = async (ctx) => {
  const current = await currentBranch(ctx);
  const del = ctx.args.find((a) => a === "-d" || a === "-D" || a === "--delete");
  const names = ctx.args.filter((a) => !a.startsWith("-"));
  if (del) {
    if (names.length === 0) throw new GitFatal("branch name required");
    for (const name of names) {
      const oid = await branchOid(ctx, name);
      if (name === current) {
        ctx.err(`error: cannot delete branch '${name}' used by worktree at '${SHOWN_WORKTREE}'\n`);
        return 1;
      }
      if (!oid) {
        ctx.err(`error: branch '${name}' not found.\n`);
        return 1;
      }
      const head = await headOid(ctx);
      const merged = head === oid || (head !== undefined && (await ctx.git.isDescendent({ fs: ctx.client, gitdir: ctx.gitdir, oid: head, ancestor: oid, depth: -1 })));
      if (!merged && del !== "-D") {
        ctx.err(`error: the branch '${name}' is not fully merged\nhint: If you are sure you want to delete it, run 'git branch -D ${name}'\nhint: Disable this message with "git config advice.forceDeleteBranch false"\n`);
        return 1;
      }
      await ctx.git.deleteBranch({ fs: ctx.client, gitdir: ctx.gitdir, ref: name });
      ctx.out(`Deleted branch ${name} (was ${oid.slice(0, 7)}).\n`);
    }
    return 0;
  }
  if (names.length > 0) {
    await createBranch(ctx, names[0] as string, false);
    return 0;
  }
  const branches = await ctx.git.listBranches({ fs: ctx.client, gitdir: ctx.gitdir });
  ctx.out([...branches].sort().map((b) => `${b === current ? "*" : " "} ${b}\n`).join(""));
  return 0;
};

/** `git checkout <branch>`, `-b <new>`, and `[--] <path>...` (builtin/checkout.c). */
export const runCheckout: GitVerb = async (ctx) => {
  const dash = ctx.args.indexOf("--");
  if (ctx.args[0] === "-b" || ctx.args[0] === "-B") {
    const name = ctx.args[1];
    if (!name) throw new GitFatal("switch `b' requires a value");
    await createBranch(ctx, name, true);
    ctx.err(`Switched to a new branch '${name}'\n`);
    return 0;
  }
  const target = dash < 0 && ctx.args.length === 1 ? (ctx.args[0] as string) : undefined;
  if (target !== undefined && (await branchOid(ctx, target))) {
    if (target === (await currentBranch(ctx))) {
      ctx.err(`Already on '${target}'\n`);
      return 0;
    }
    try {
      await ctx.git.checkout({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir, ref: target });
    } catch (error) {
      const paths = (error as { data?: { filepaths?: string[] } }).data?.filepaths;
      if (!paths) throw error;
      ctx.err(`error: Your local changes to the following files would be overwritten by checkout:\n${paths.map((p) => `\t${p}\n`).join("")}Please commit your changes or stash them before you switch branches.\nAborting\n`);
      return 1;
    }
    // Simplification: the `M\tfile` lines for local changes carried over are not printed.
    ctx.err(`Switched to branch '${target}'\n`);
    return 0;
  }
  const specs = dash >= 0 ? ctx.args.slice(dash + 1) : ctx.args;
  if (specs.length === 0) return 0;
  const done = await restoreFromIndex(ctx, specs);
  if (typeof done === "string") {
    ctx.err(`error: pathspec '${done}' did not match any file(s) known to git\n`);
    return 1;
  }
  ctx.err(`Updated ${done} path${done === 1 ? "" : "s"} from the index\n`);
  return 0;
};
