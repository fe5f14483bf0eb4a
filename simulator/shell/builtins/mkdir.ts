import { FsError } from "../../vfs/types";
import { formatErrno, formatLocaleQuoted } from "../errors";
import { findInvalidFlag, parseShortOptions } from "../options";
import type { ShellContext } from "../session";

/** GNU `mkdir` with `-p`: `mkdir: cannot create directory ‘x’: File exists`. */
export function runMkdir(ctx: ShellContext): number {
  const { flags, long, operands } = parseShortOptions(ctx.argv.slice(1));
  const bad = findInvalidFlag(flags, "pv");
  if (bad) {
    ctx.out.err(`mkdir: invalid option -- '${bad}'\nTry 'mkdir --help' for more information.\n`);
    return 1;
  }
  if (operands.length === 0) {
    ctx.out.err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
    return 1;
  }
  const parents = flags.has("p") || long.has("parents");
  let status = 0;
  for (const dir of operands) {
    try {
      ctx.fs.mkdir(ctx.resolve(dir), { recursive: parents });
      if (flags.has("v")) ctx.out.out(`mkdir: created directory ${formatLocaleQuoted(dir)}\n`);
    } catch (error) {
      // With -p, GNU mkdir names the ancestor that is not a directory (`mkdir -p f/b/c` → ‘f’).
      let shown = dir;
      if (parents && error instanceof FsError && error.code === "ENOTDIR") {
        const parts = dir.split("/");
        for (let k = 1; k < parts.length; k++) {
          const prefix = parts.slice(0, k).join("/");
          const stat = prefix === "" ? null : ctx.fs.stat(ctx.resolve(prefix));
          if (stat && stat.type !== "dir") {
            shown = prefix;
            break;
          }
        }
      }
      ctx.out.err(`mkdir: cannot create directory ${formatLocaleQuoted(shown)}: ${formatErrno(error)}\n`);
      status = 1;
    }
  }
  return status;
}
