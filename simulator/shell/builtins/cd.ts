import { formatMissing } from "../errors";
import type { ShellContext } from "../session";

/** bash's `cd` builtin: `cd`, `cd DIR`, `cd -`; errors as `bash: cd: DIR: No such file or directory`. */
export function runCd(ctx: ShellContext): number {
  const args = ctx.argv.slice(1);
  if (args.length > 1) {
    ctx.out.err("bash: cd: too many arguments\n");
    return 1;
  }
  const { session } = ctx;
  let target = args[0] ?? session.vars.HOME ?? session.home;
  if (target === "-") {
    const old = session.vars.OLDPWD;
    if (!old) {
      ctx.out.err("bash: cd: OLDPWD not set\n");
      return 1;
    }
    target = old;
    ctx.out.out(old + "\n");
  }
  if (target === "~" || target.startsWith("~/")) target = session.home + target.slice(1);
  const path = ctx.resolve(target);
  const stat = ctx.fs.stat(path);
  if (!stat) {
    ctx.out.err(`bash: cd: ${target}: ${formatMissing(ctx.fs, path)}\n`);
    return 1;
  }
  if (stat.type !== "dir") {
    ctx.out.err(`bash: cd: ${target}: Not a directory\n`);
    return 1;
  }
  session.vars.OLDPWD = session.cwd;
  session.cwd = path;
  session.vars.PWD = path;
  return 0;
}
