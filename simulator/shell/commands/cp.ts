import { calculateBasename } from "../../vfs/path";
import type { PosixStat } from "../../vfs/posix-types";
import { errText, getopt, onlyFsErrors, prog } from "./lib/common";
import { splitDestination } from "./lib/destination";
import type { PosixCommandContext } from "./types";

/**
 * `cp [-rRapfv] SOURCE DEST` / `cp SOURCE... DIR`. -a/-p keep mode, owner
 * (as root) and time; -r copies trees with symlinks as symlinks. GNU `cp:
 * cannot stat 'x': …`, `cp: -r not specified; omitting directory 'd'`;
 * BusyBox `cp: can't stat 'x': …`, `cp: omitting directory 'd'`.
 */
export function runCp(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "rRapfvdPLnuiT", "t", { recursive: "r", archive: "a", force: "f", verbose: "v", "no-clobber": "n", "preserve": "p", "target-directory=": "t" });
  if (typeof opts === "number") return opts;
  const f = opts.flags;
  const name = prog(ctx);
  const recursive = f.has("r") || f.has("R") || f.has("a");
  const preserve = f.has("a") || f.has("p");
  const operands = splitDestination(ctx, name, opts.operands, f.get("t"));
  if (typeof operands === "number") return operands;
  const { sources: ops, dest, destPath, destIsDir } = operands;
  let status = 0;
  const report = (shown: string, e: unknown, verb = "create regular file"): void => {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot ${verb} '${shown}': ${errText(onlyFsErrors(e))}\n` : `${name}: can't ${verb.replace("regular file", "").trim()} '${shown}': ${errText(onlyFsErrors(e))}\n`);
    status = 1;
  };
  const copyFile = (src: string, st: PosixStat, dst: string, shown: string): void => {
    try {
      if (f.has("n") && ctx.fs.lstat(dst)) return;
      const data = ctx.fs.readFile(src);
      const existed = ctx.fs.stat(dst) !== null;
      ctx.fs.writeFile(dst, data);
      if (preserve) {
        if (ctx.user.uid === 0) ctx.fs.writeFileWith(dst, data, { mode: st.mode, uid: st.uid, gid: st.gid, mtimeMs: st.mtimeMs });
        else ctx.fs.chmod(dst, st.mode);
      } else if (!existed) ctx.fs.chmod(dst, st.mode & 0o755 & ~0o022);
      if (f.has("v")) ctx.out.out(`'${src}' -> '${shown}'\n`);
    } catch (e) {
      report(shown, e);
    }
  };
  const copy = (src: string, srcShown: string, dst: string, dstShown: string, top: boolean): void => {
    ctx.budget.tick();
    const lst = ctx.fs.lstat(src);
    if (lst?.type === "symlink" && (!top || f.has("a") || f.has("d") || f.has("P"))) {
      try {
        if (ctx.fs.lstat(dst)) ctx.fs.remove(dst);
        ctx.fs.symlink(lst.target ?? "", dst);
      } catch (e) {
        report(dstShown, e, "create symbolic link");
      }
      return;
    }
    const st = ctx.fs.stat(src);
    if (!st) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot stat '${srcShown}': No such file or directory\n` : `${name}: can't stat '${srcShown}': No such file or directory\n`);
      status = 1;
      return;
    }
    if (st.type === "file") return copyFile(src, st, dst, dstShown);
    if (!recursive) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: -r not specified; omitting directory '${srcShown}'\n` : `${name}: omitting directory '${srcShown}'\n`);
      status = 1;
      return;
    }
    if (dst === src || dst.startsWith(src + "/")) {
      ctx.out.err(`${name}: cannot copy a directory, '${srcShown}', into itself, '${dstShown}'\n`);
      status = 1;
      return;
    }
    try {
      if (ctx.fs.stat(dst)?.type !== "dir") ctx.fs.mkdir(dst);
      if (preserve && ctx.user.uid === 0) ctx.fs.chown(dst, st.uid, st.gid);
      if (preserve) ctx.fs.chmod(dst, st.mode);
    } catch (e) {
      report(dstShown, e, "create directory");
      return;
    }
    for (const child of ctx.fs.readdir(src)) copy(`${src}/${child}`, `${srcShown}/${child}`, `${dst}/${child}`, `${dstShown}/${child}`, false);
  };
  for (const op of ops) {
    const src = ctx.resolve(op);
    // `cp -R dir/. dest` copies dir's contents into dest: the operand's last component is ".", not dir's name.
    const base = /(^|\/)\.\/*$/.test(op) ? "." : calculateBasename(op);
    const dst = !destIsDir ? destPath : base === "." ? destPath : `${destPath === "/" ? "" : destPath}/${base}`;
    const dstShown = destIsDir ? `${dest.replace(/\/+$/, "")}/${base}` : dest;
    if (src === dst && ctx.fs.stat(src)?.type === "file") {
      ctx.out.err(`${name}: '${op}' and '${dstShown}' are the same file\n`);
      status = 1;
      continue;
    }
    copy(src, op, dst, dstShown, true);
  }
  return status;
}
