import { calculateBasename } from "../../vfs/path";
import { FsError } from "../../vfs/types";
import { errText, getopt, onlyFsErrors, prog } from "./lib/common";
import { splitDestination } from "./lib/destination";
import type { PosixCommandContext } from "./types";

/**
 * `mv [-fnv] SOURCE DEST` / `mv SOURCE... DIR`. GNU `mv: cannot stat 'x':
 * No such file or directory`, BusyBox `mv: can't rename 'x': …`.
 */
export function runMv(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "fnivuT", "t", { force: "f", "no-clobber": "n", verbose: "v", "target-directory=": "t" });
  if (typeof opts === "number") return opts;
  const name = prog(ctx);
  const operands = splitDestination(ctx, name, opts.operands, opts.flags.get("t"));
  if (typeof operands === "number") return operands;
  const { sources: ops, dest, destPath, destIsDir } = operands;
  let status = 0;
  for (const op of ops) {
    const src = ctx.resolve(op);
    const dst = destIsDir ? `${destPath === "/" ? "" : destPath}/${calculateBasename(op)}` : destPath;
    try {
      if (!ctx.fs.lstat(src)) throw new FsError("ENOENT", src);
      if (opts.flags.has("n") && ctx.fs.lstat(dst)) continue;
      if (dst.startsWith(src + "/")) {
        ctx.out.err(`${name}: cannot move '${op}' to a subdirectory of itself, '${dest}/${calculateBasename(op)}'\n`);
        status = 1;
        continue;
      }
      ctx.fs.rename(src, dst);
      if (opts.flags.has("v")) ctx.out.out(`renamed '${op}' -> '${destIsDir ? `${dest}/${calculateBasename(op)}` : dest}'\n`);
    } catch (e) {
      const err = onlyFsErrors(e);
      if (err.code === "ENOENT" && !ctx.fs.lstat(src)) ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot stat '${op}': ${errText(err)}\n` : `${name}: can't rename '${op}': ${errText(err)}\n`);
      else ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot move '${op}' to '${dest}': ${errText(err)}\n` : `${name}: can't rename '${op}': ${errText(err)}\n`);
      status = 1;
    }
  }
  return status;
}
