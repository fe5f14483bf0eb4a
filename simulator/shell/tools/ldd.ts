import { detectOsId } from "../commands/lib/os-release";
import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { findLibrary, parseElf } from "./elf";

/** A stable load address for a library, as ldd prints one (real ones vary with ASLR). */
function address(name: string, musl: boolean): string {
  let h = 0x7f3a1c000000;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) % 0x7fffffffff;
  const a = 0x7f0000000000 + (h & 0xfffffff000);
  return musl ? `0x${a.toString(16)}` : `0x0000${a.toString(16)}`;
}

/**
 * ldd(1): the shared libraries a program needs and where the loader finds
 * them. glibc's (libc-dev-bin 2.36 on bookworm) prints linux-vdso, `soname
 * => path (addr)` or `=> not found`, then /lib64/ld-linux-x86-64.so.2;
 * musl's prints the loader first. Several files get a `file:` header each.
 * A script is `not a dynamic executable` (status 1); a missing file is
 * `ldd: x: No such file or directory`. Programs a package installed (opaque
 * stand-ins) need only the C library. Simplification: addresses are fixed
 * per soname.
 */
export function runLdd(ctx: PosixCommandContext): number {
  const files = ctx.argv.slice(1).filter((a) => !a.startsWith("-"));
  const musl = detectOsId(ctx) === "alpine";
  if (files.length === 0) {
    ctx.out.err(musl ? "musl libc (x86_64)\nVersion 1.2.5\nDynamic Program Loader\nUsage:\tldd [options] [--] pathname\n" : "ldd: missing file arguments\nTry `ldd --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const file of files) {
    const text = readOptional(ctx, ctx.resolve(file));
    if (text === undefined) {
      ctx.out.err(`ldd: ${file}: No such file or directory\n`);
      status = 1;
      continue;
    }
    if (files.length > 1) ctx.out.out(`${file}:\n`);
    const info = parseElf(text);
    if (!text.startsWith("\x7fELF") || (info && info.kind !== "exec" && info.kind !== "shared")) {
      ctx.out.out(musl ? "" : "\tnot a dynamic executable\n");
      if (musl) ctx.out.err(`ldd: ${file}: Not a valid dynamic program\n`);
      status = 1;
      continue;
    }
    const needed = info?.needed ?? [musl ? "libc.musl-x86_64.so.1" : "libc.so.6"];
    if (musl) ctx.out.out(`\t/lib/ld-musl-x86_64.so.1 (${address("ld-musl", true)})\n`);
    else ctx.out.out(`\tlinux-vdso.so.1 (${address("vdso", false)})\n`);
    for (const so of needed) {
      const where = findLibrary(ctx, so, musl);
      ctx.out.out(where ? `\t${so} => ${where} (${address(so, musl)})\n` : `\t${so} => not found\n`);
    }
    if (!musl) ctx.out.out(`\t/lib64/ld-linux-x86-64.so.2 (${address("ld-linux", false)})\n`);
  }
  return status;
}

/**
 * ldconfig(8): rebuilds /etc/ld.so.cache from /etc/ld.so.conf's directories
 * (glibc). Prints nothing; a non-root user cannot write the cache. Alpine's
 * /sbin/ldconfig is a musl stub script that does nothing.
 */
export function runLdconfig(ctx: PosixCommandContext): number {
  if (detectOsId(ctx) === "alpine") return 0;
  if (ctx.user.uid !== 0) {
    ctx.out.err("ldconfig: Can't create temporary cache file /etc/ld.so.cache~: Permission denied\n");
    return 1;
  }
  ctx.fs.writeFileWith("/etc/ld.so.cache", "ld.so-1.7.0glibc-ld.so.cache1.1\n", { mode: 0o644, size: 18_000 });
  return 0;
}
