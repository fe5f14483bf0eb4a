import type { PosixCommandContext } from "../commands/types";
import { readElf } from "./elf";

/**
 * pax-utils scanelf 1.3: `scanelf --needed|-n [--nobanner|-B] [--format|-F FMT]
 * [--recursive|-R] PATH…` prints, for each ELF file, its type, its DT_NEEDED
 * sonames comma-joined and its path ("ET_DYN libintl.so.8,libc.musl-x86_64.so.1 /tmp/envsubst");
 * with a format, `%n` is the needed list, `%p` the path, `%F` the file name,
 * `%o` the type, and `#x` matches without printing (as `%n#p` in Alpine
 * Dockerfiles). Directories are walked with -R; symlinks are not followed.
 * Simplification: every executable reports ET_DYN (a PIE), as Alpine builds them.
 */
export function runScanelf(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  let format: string | undefined;
  let recursive = false;
  let banner = true;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--format" || a === "-F") format = args[++i];
    else if (a === "--recursive" || a === "-R") recursive = true;
    else if (a === "--nobanner" || a === "-B") banner = false;
    else if (!a.startsWith("-")) paths.push(a);
  }
  const lines: string[] = [];
  const scan = (path: string, top: boolean): void => {
    const st = ctx.fs.lstat(ctx.resolve(path));
    if (!st) {
      if (top) ctx.out.err(`scanelf: ${path}: No such file or directory\n`);
      return;
    }
    if (st.type === "dir") {
      if (top || recursive) for (const n of ctx.fs.readdir(ctx.resolve(path)).sort()) scan(`${path.replace(/\/$/, "")}/${n}`, false);
      return;
    }
    if (st.type !== "file") return;
    const elf = readElf(ctx, ctx.resolve(path));
    if (!elf || elf.kind === "object" || elf.kind === "archive" || elf.needed.length === 0) return;
    const fields: Record<string, string> = { n: elf.needed.join(","), p: path, F: path.replace(/^.*\//, ""), o: "ET_DYN" };
    lines.push(format === undefined ? `ET_DYN ${fields.n} ${path}` : format.replace(/([%#])(.)/g, (_m, sign: string, key: string) => (sign === "%" ? (fields[key] ?? "") : "")));
  };
  if (banner && format === undefined && paths.length > 0) lines.unshift(" TYPE   NEEDED FILE ");
  for (const p of paths) scan(p, true);
  ctx.out.out(lines.map((l) => `${l}\n`).join(""));
  return 0;
}
