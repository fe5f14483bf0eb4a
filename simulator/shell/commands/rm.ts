import { calculateCleanPath } from "../../vfs/path";
import { errText, getopt, onlyFsErrors, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `rm [-rRfdv] FILE...`. GNU `rm: cannot remove 'x': No such file or
 * directory` and `rm: cannot remove 'd': Is a directory`; BusyBox `rm:
 * can't remove 'x': …` and `rm: 'd' is a directory`. `-f` ignores missing
 * files; `rm -rf /` is refused as GNU's --preserve-root does.
 */
export function runRm(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "rRfdvi", "", { recursive: "r", force: "f", verbose: "v", dir: "d", "no-preserve-root": "N" });
  if (typeof opts === "number") return opts;
  const f = opts.flags;
  const recursive = f.has("r") || f.has("R");
  const name = prog(ctx);
  if (opts.operands.length === 0) {
    if (f.has("f")) return 0;
    ctx.out.err(ctx.variant === "gnu" ? `${name}: missing operand\nTry '${name} --help' for more information.\n` : `${name}: missing operand\n`);
    return 1;
  }
  let status = 0;
  for (const op of opts.operands) {
    const path = ctx.resolve(op);
    if (recursive && calculateCleanPath(path) === "/" && !f.has("N")) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: it is dangerous to operate recursively on '/'\n${name}: use --no-preserve-root to override this failsafe\n` : `${name}: can't remove '/': Operation not permitted\n`);
      status = 1;
      continue;
    }
    const stat = ctx.fs.lstat(path);
    if (!stat) {
      if (f.has("f")) continue;
      ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot remove '${op}': No such file or directory\n` : `${name}: can't remove '${op}': No such file or directory\n`);
      status = 1;
      continue;
    }
    if (stat.type === "dir" && !recursive && !(f.has("d") && ctx.fs.readdir(path).length === 0)) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot remove '${op}': Is a directory\n` : `${name}: '${op}' is a directory\n`);
      status = 1;
      continue;
    }
    try {
      if (stat.type === "dir") ctx.budget.tick(Math.ceil(ctx.fs.readdir(path).length / 32));
      ctx.fs.remove(path, { recursive });
      if (f.has("v")) ctx.out.out(stat.type === "dir" ? `removed directory '${op}'\n` : `removed '${op}'\n`);
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot remove '${op}': ${errText(err)}\n` : `${name}: can't remove '${op}': ${errText(err)}\n`);
      status = 1;
    }
  }
  return status;
}
