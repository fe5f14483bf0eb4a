import { FsError } from "../../vfs/types";
import { errText, getopt, onlyFsErrors, prog } from "./lib/common";
import { parseMode } from "./lib/mode";
import type { PosixCommandContext } from "./types";

/**
 * `mkdir [-p] [-m MODE] [-v] DIR...`. GNU `mkdir: cannot create directory
 * 'd': File exists`, BusyBox `mkdir: can't create directory 'd': File exists`.
 */
export function runMkdir(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "pv", "m", { parents: "p", verbose: "v", "mode=": "m" });
  if (typeof opts === "number") return opts;
  if (opts.operands.length === 0) {
    ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: missing operand\nTry '${prog(ctx)} --help' for more information.\n` : `${prog(ctx)}: missing operand\n`);
    return 1;
  }
  const modeArg = opts.flags.get("m");
  let status = 0;
  for (const dir of opts.operands) {
    const path = ctx.resolve(dir);
    try {
      if (opts.flags.has("p")) {
        const st = ctx.fs.stat(path);
        if (st && st.type !== "dir") throw new FsError("EEXIST", path);
        ctx.fs.mkdir(path, { recursive: true });
      } else ctx.fs.mkdir(path);
      if (typeof modeArg === "string") {
        const mode = parseMode(modeArg, 0o777, 0o022, true);
        if (mode !== undefined) ctx.fs.chmod(path, mode);
      }
      if (opts.flags.has("v")) ctx.out.out(ctx.variant === "gnu" ? `${prog(ctx)}: created directory '${dir}'\n` : `created directory: '${dir}'\n`);
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(`${prog(ctx)}: ${ctx.variant === "gnu" ? "cannot" : "can't"} create directory '${dir}': ${errText(err)}\n`);
      status = 1;
    }
  }
  return status;
}
