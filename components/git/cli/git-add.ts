import { GitFatal, matchesPathspec, readEntries, resolvePathspec, type GitContext, type GitVerb } from "./git-context";

/** Every path `specs` name in the working tree or the index; undefined entries are pathspecs that matched nothing. */
async function expand(ctx: GitContext, specs: string[]): Promise<{ paths: string[]; unmatched: string[] }> {
  const rows = await ctx.git.statusMatrix({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir });
  const paths = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of specs) {
    const spec = resolvePathspec(ctx.prefix, arg);
    const hits = rows.filter(([p, , workdir, stage]) => matchesPathspec(spec, p) && (workdir > 0 || stage > 0));
    if (hits.length === 0) unmatched.push(arg);
    for (const [p] of hits) paths.add(p);
  }
  return { paths: [...paths].sort(), unmatched };
}

/** `git add <pathspec>...` and `-A`: stages files, and removals under the pathspec (git 2.x add). */
export const runAdd: GitVerb = async (ctx) => {
  const all = ctx.args.some((a) => a === "-A" || a === "--all");
  const specs = ctx.args.filter((a) => !a.startsWith("-") || a === "-");
  if (specs.length === 0 && !all) {
    ctx.err('Nothing specified, nothing added.\nhint: Maybe you wanted to say \'git add .\'?\nhint: Disable this message with "git config advice.addEmptyPathspec false"\n');
    return 0;
  }
  const { paths, unmatched } = await expand(ctx, all && specs.length === 0 ? [ctx.prefix ? "/" : "."] : specs);
  // builtin/add.c: die(_("pathspec '%s' did not match any files")).
  if (unmatched.length) throw new GitFatal(`pathspec '${unmatched[0]}' did not match any files`);
  const rows = new Map((await ctx.git.statusMatrix({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir })).map((r) => [r[0], r]));
  for (const filepath of paths) {
    const row = rows.get(filepath);
    if (row && row[2] === 0) await ctx.git.remove({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir, filepath });
    else await ctx.git.add({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir, filepath });
  }
  return 0;
};

/** Writes the index's copy of each path back to the working tree (`git restore <file>`, `git checkout -- <file>`); returns how many, or the first unmatched pathspec. */
export async function restoreFromIndex(ctx: GitContext, specs: string[]): Promise<number | string> {
  const staged = await readEntries(ctx, "STAGE");
  const chosen: [string, string][] = [];
  for (const arg of specs) {
    const spec = resolvePathspec(ctx.prefix, arg);
    const hits = [...staged].filter(([p]) => matchesPathspec(spec, p));
    if (hits.length === 0) return arg;
    chosen.push(...hits);
  }
  for (const [path, oid] of chosen) {
    const { blob } = await ctx.git.readBlob({ fs: ctx.client, gitdir: ctx.gitdir, oid });
    const parts = path.split("/");
    for (let n = 1; n < parts.length; n++) await ctx.fs.mkdir(`${ctx.dir}/${parts.slice(0, n).join("/")}`).catch(() => undefined);
    await ctx.fs.writeFile(`${ctx.dir}/${path}`, blob);
  }
  return new Set(chosen.map(([p]) => p)).size;
}

/** `git restore [--staged] <pathspec>...` (git 2.23+): the working tree from the index, or with --staged the index from HEAD. */
export const runRestore: GitVerb = async (ctx) => {
  const staged = ctx.args.includes("--staged") || ctx.args.includes("-S");
  const specs = ctx.args.filter((a) => !a.startsWith("-"));
  if (specs.length === 0) throw new GitFatal("you must specify path(s) to restore");
  if (!staged) {
    const done = await restoreFromIndex(ctx, specs);
    if (typeof done === "string") {
      ctx.err(`error: pathspec '${done}' did not match any file(s) known to git\n`);
      return 1;
    }
    return 0;
  }
  const [head, index] = await Promise.all([readEntries(ctx, "HEAD"), readEntries(ctx, "STAGE")]);
  for (const arg of specs) {
    const spec = resolvePathspec(ctx.prefix, arg);
    const paths = [...new Set([...head.keys(), ...index.keys()])].filter((p) => matchesPathspec(spec, p));
    if (paths.length === 0) {
      ctx.err(`error: pathspec '${arg}' did not match any file(s) known to git\n`);
      return 1;
    }
    for (const filepath of paths) await ctx.git.resetIndex({ fs: ctx.client, dir: ctx.dir, gitdir: ctx.gitdir, filepath });
  }
  return 0;
};
