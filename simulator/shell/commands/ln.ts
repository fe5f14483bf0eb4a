import { calculateBasename } from "../../vfs/path";
import { FsError } from "../../vfs/types";
import { errText, getopt, onlyFsErrors, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `ln [-sfn] TARGET [LINK]` / `ln [-sf] TARGET... DIR`. Hard links are
 * simulated with a copy (the file tree has no link count). GNU `ln: failed
 * to create symbolic link 'f': File exists`, BusyBox `ln: f: File exists`.
 */
export function runLn(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "sfnvT", "", { symbolic: "s", force: "f", "no-dereference": "n", verbose: "v" });
  if (typeof opts === "number") return opts;
  const name = prog(ctx);
  const ops = opts.operands;
  if (ops.length === 0) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: missing file operand\nTry '${name} --help' for more information.\n` : `${name}: missing operand\n`);
    return 1;
  }
  const symbolic = opts.flags.has("s");
  const lastPath = ctx.resolve(ops[ops.length - 1] as string);
  const lastIsDir = ops.length > 1 && !opts.flags.has("n") && ctx.fs.stat(lastPath)?.type === "dir";
  const pairs: [string, string][] = ops.length === 1 ? [[ops[0] as string, calculateBasename(ops[0] as string)]] : lastIsDir ? ops.slice(0, -1).map((t) => [t, `${ops[ops.length - 1]}/${calculateBasename(t)}`]) : [[ops[0] as string, ops[1] as string]];
  let status = 0;
  for (const [target, link] of pairs) {
    const path = ctx.resolve(link);
    try {
      if (ctx.fs.lstat(path)) {
        if (!opts.flags.has("f")) throw new FsError("EEXIST", path);
        ctx.fs.remove(path);
      }
      if (symbolic) ctx.fs.symlink(target, path);
      else {
        const src = ctx.resolve(target);
        const st = ctx.fs.stat(src);
        if (!st) {
          ctx.out.err(ctx.variant === "gnu" ? `${name}: failed to access '${target}': No such file or directory\n` : `${name}: ${target}: No such file or directory\n`);
          status = 1;
          continue;
        }
        ctx.fs.writeFileWith(path, ctx.fs.readFile(src), { mode: st.mode, uid: st.uid, gid: st.gid, mtimeMs: st.mtimeMs });
      }
    } catch (e) {
      const text = errText(onlyFsErrors(e));
      ctx.out.err(ctx.variant === "gnu" ? `${name}: failed to create ${symbolic ? "symbolic" : "hard"} link '${link}': ${text}\n` : `${name}: ${link}: ${text}\n`);
      status = 1;
    }
  }
  return status;
}
