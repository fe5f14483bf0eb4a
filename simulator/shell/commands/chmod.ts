import { errText, getopt, onlyFsErrors, prog } from "./lib/common";
import { parseMode } from "./lib/mode";
import type { PosixCommandContext } from "./types";

/**
 * `chmod [-R] MODE FILE...` with octal or symbolic modes. GNU `chmod:
 * invalid mode: '999'`, `chmod: cannot access 'x': …`, `chmod: changing
 * permissions of 'f': Operation not permitted`; BusyBox `chmod: invalid mode
 * '999'`, `chmod: x: …`.
 */
export function runChmod(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  // A mode like -x or -w is an operand, not an option.
  const modeIndex = args.findIndex((a) => !/^-[Rvfc]+$/.test(a) && a !== "--" && !/^--/.test(a));
  const opts = getopt(ctx, args.filter((_, i) => i !== modeIndex), "Rvfc", "", { recursive: "R", verbose: "v" });
  if (typeof opts === "number") return opts;
  const name = prog(ctx);
  const spec = args[modeIndex];
  if (spec === undefined || opts.operands.length === 0) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: missing operand${spec ? ` after '${spec}'` : ""}\nTry '${name} --help' for more information.\n` : `${name}: missing operand\n`);
    return 1;
  }
  if (parseMode(spec, 0, 0, false) === undefined) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: invalid mode: '${spec}'\nTry '${name} --help' for more information.\n` : `${name}: invalid mode '${spec}'\n`);
    return 1;
  }
  let status = 0;
  const apply = (path: string, shown: string, top: boolean): void => {
    const st = top ? ctx.fs.stat(path) : ctx.fs.lstat(path);
    if (!st) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot access '${shown}': No such file or directory\n` : `${name}: ${shown}: No such file or directory\n`);
      status = 1;
      return;
    }
    if (st.type === "symlink") return;
    try {
      ctx.fs.chmod(path, parseMode(spec, st.mode, 0o022, st.type === "dir") as number);
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(ctx.variant === "gnu" ? `${name}: changing permissions of '${shown}': ${errText(err)}\n` : `${name}: ${shown}: ${errText(err)}\n`);
      status = 1;
    }
    if (opts.flags.has("R") && st.type === "dir") {
      ctx.budget.tick();
      for (const child of ctx.fs.readdir(path)) apply(`${path}/${child}`, `${shown}/${child}`, false);
    }
  };
  for (const op of opts.operands) apply(ctx.resolve(op), op, true);
  return status;
}
