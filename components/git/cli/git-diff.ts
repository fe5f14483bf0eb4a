import { formatUnifiedDiff } from "../line-diff";
import { readEntries, readText, matchesPathspec, resolvePathspec, type GitVerb } from "./git-context";

/**
 * `git diff` (working tree against the index) and `git diff --staged|--cached`
 * (index against HEAD), in git's unified format with its `index a..b 100644` line.
 * Simplification: untracked files are not shown (as in git), no colour, no pager.
 */
export const runDiff: GitVerb = async (ctx) => {
  const staged = ctx.args.includes("--staged") || ctx.args.includes("--cached");
  const specs = ctx.args.filter((a) => !a.startsWith("-")).map((a) => resolvePathspec(ctx.prefix, a));
  const [before, after] = staged
    ? await Promise.all([readEntries(ctx, "HEAD"), readEntries(ctx, "STAGE")])
    : await Promise.all([readEntries(ctx, "STAGE"), readEntries(ctx, "WORKDIR")]);
  const paths = staged ? [...new Set([...before.keys(), ...after.keys()])] : [...before.keys()];
  let text = "";
  for (const p of paths.sort()) {
    if (specs.length && !specs.some((s) => matchesPathspec(s, p))) continue;
    const a = before.get(p);
    const b = after.get(p);
    if (a === b) continue;
    // The working tree's side is read from the file: its blob is not in the object store.
    const afterText = !b ? null : staged ? await readText(ctx, b) : String(await ctx.fs.readFile(`${ctx.dir}/${p}`, { encoding: "utf8" }));
    const diff = formatUnifiedDiff(p, a ? await readText(ctx, a) : null, afterText);
    const lines = diff.split("\n");
    const short = (oid: string | undefined): string => (oid ?? "0".repeat(7)).slice(0, 7);
    // The index line follows `new file mode`/`deleted file mode` (diff.c builtin_diff).
    const at = a && b ? 1 : 2;
    lines.splice(at, 0, `index ${short(a)}..${short(b)}${a && b ? " 100644" : ""}`);
    text += lines.join("\n");
  }
  ctx.out(text);
  return 0;
};
