import { FsError } from "../../vfs/types";
import { parseMode } from "./lib/mode";
import type { PosixCommandContext } from "./types";

function lookupId(ctx: PosixCommandContext, file: string, name: string): number | undefined {
  if (/^\d+$/.test(name)) return Number(name);
  let text: string;
  try {
    text = ctx.fs.readFile(file);
  } catch {
    return undefined;
  }
  const line = text.split("\n").find((l) => l.split(":")[0] === name);
  return line ? Number(line.split(":")[2]) : undefined;
}

/**
 * GNU coreutils 9.1 install(1): `-d DIR...` makes directories (and parents),
 * otherwise copies SOURCE to DEST (or into DIRECTORY), setting -m mode
 * (default 0755), -o owner and -g group; -v prints what it does with
 * install's own wording ("install: creating directory 'x'", "'a' -> 'b'").
 */
export function runInstall(ctx: PosixCommandContext): number {
  let dirs = false;
  let verbose = false;
  let mode: string | undefined;
  let owner: string | undefined;
  let group: string | undefined;
  const operands: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const long = /^--(mode|owner|group)(?:=(.*))?$/.exec(a);
    if (a === "-d" || a === "--directory") dirs = true;
    else if (a === "-v" || a === "--verbose") verbose = true;
    else if (a === "-D" || a === "-s" || a === "--strip" || a === "-p" || a === "-c") continue;
    else if (long) {
      const v = long[2] ?? args[++i] ?? "";
      if (long[1] === "mode") mode = v;
      else if (long[1] === "owner") owner = v;
      else group = v;
    } else if (/^-[mog]$/.test(a)) {
      const v = args[++i] ?? "";
      if (a === "-m") mode = v;
      else if (a === "-o") owner = v;
      else group = v;
    } else if (/^-[dv]+$/.test(a)) {
      dirs ||= a.includes("d");
      verbose ||= a.includes("v");
    } else operands.push(a);
  }
  const uid = owner === undefined ? undefined : lookupId(ctx, "/etc/passwd", owner);
  const gid = group === undefined ? undefined : lookupId(ctx, "/etc/group", group);
  if (owner !== undefined && uid === undefined) return (ctx.out.err(`install: invalid user '${owner}'\n`), 1);
  if (group !== undefined && gid === undefined) return (ctx.out.err(`install: invalid group '${group}'\n`), 1);
  const bits = mode === undefined ? 0o755 : parseMode(mode, 0o755, 0o022, dirs);
  if (bits === undefined) return (ctx.out.err(`install: invalid mode '${mode}'\n`), 1);
  const finish = (path: string): void => {
    ctx.fs.chmod(path, bits);
    if (uid !== undefined || gid !== undefined) ctx.fs.chown(path, uid ?? ctx.fs.stat(path)?.uid ?? 0, gid ?? ctx.fs.stat(path)?.gid ?? 0);
  };
  try {
    if (dirs) {
      for (const d of operands) {
        const path = ctx.resolve(d);
        const parts = path.split("/").filter(Boolean);
        for (let n = 1; n <= parts.length; n++) {
          const p = `/${parts.slice(0, n).join("/")}`;
          if (ctx.fs.stat(p)) continue;
          ctx.fs.mkdir(p);
          if (verbose) ctx.out.out(`install: creating directory '${n === parts.length ? d : p}'\n`);
        }
        finish(path);
      }
      return 0;
    }
    if (operands.length < 2) return (ctx.out.err(`install: missing destination file operand after '${operands[0] ?? ""}'\nTry 'install --help' for more information.\n`), 1);
    const dest = operands[operands.length - 1] as string;
    const intoDir = ctx.fs.stat(ctx.resolve(dest))?.type === "dir";
    for (const src of operands.slice(0, -1)) {
      const target = intoDir ? `${dest.replace(/\/$/, "")}/${src.slice(src.lastIndexOf("/") + 1)}` : dest;
      const st = ctx.fs.stat(ctx.resolve(src));
      ctx.fs.writeFileWith(ctx.resolve(target), ctx.fs.readFile(ctx.resolve(src)), st?.size === undefined ? {} : { size: st.size });
      finish(ctx.resolve(target));
      if (verbose) ctx.out.out(`'${src}' -> '${target}'\n`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    ctx.out.err(`install: cannot ${dirs ? "create directory" : "stat"} '${e.path}': ${e.code === "ENOENT" ? "No such file or directory" : "Permission denied"}\n`);
    return 1;
  }
}
