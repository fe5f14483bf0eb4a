import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { formatElf, parseElf } from "./elf";

/**
 * GNU ar (binutils 2.40) as Makefiles call it: `ar rcs|crs|rc|rv ARCHIVE
 * MEMBER...` writes a static library of the members (a stand-in recording
 * the members' source distribution; its size is theirs summed). A missing
 * member is `ar: x.o: No such file or directory` (status 1); `t` lists.
 */
export function runAr(ctx: PosixCommandContext): number {
  const [key = "", archive, ...members] = ctx.argv.slice(1);
  if (archive === undefined) {
    ctx.out.err("Usage: ar [emulation options] [-]{dmpqrstx}[abcDfilMNoOPsSTuvV] [--plugin <name>] [member-name] [count] archive-file file...\n");
    return 1;
  }
  const path = ctx.resolve(archive);
  if (key.replace(/^-/, "").includes("t")) {
    const text = readOptional(ctx, path);
    if (text === undefined) {
      ctx.out.err(`ar: '${archive}': No such file\n`);
      return 1;
    }
    for (const m of (parseElf(text) as { members?: string[] } | undefined)?.members ?? []) ctx.out.out(`${m}\n`);
    return 0;
  }
  let size = 8;
  let origin: string | undefined;
  for (const m of members) {
    const st = ctx.fs.stat(ctx.resolve(m));
    if (!st) {
      ctx.out.err(`ar: ${m}: No such file or directory\n`);
      return 1;
    }
    size += st.size + 60;
    origin ??= parseElf(readOptional(ctx, ctx.resolve(m)) ?? "")?.origin;
  }
  if (!key.includes("c") && !ctx.fs.stat(path)) ctx.out.err(`ar: creating ${archive}\n`);
  if (key.includes("v")) for (const m of members) ctx.out.out(`a - ${m}\n`);
  const info = { kind: "archive" as const, name: archive.replace(/^.*\//, ""), ...(origin ? { origin } : {}), needed: [], members: members.map((m) => m.replace(/^.*\//, "")) };
  ctx.fs.writeFileWith(path, formatElf(info), { mode: 0o644, size });
  return 0;
}
