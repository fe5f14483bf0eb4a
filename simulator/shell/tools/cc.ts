import { detectOsId } from "../commands/lib/os-release";
import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { findSourceOrigin } from "../packages/downloads/source";
import { getSourceDistribution } from "../packages/downloads-catalog";
import { formatElf, parseElf, SONAMES, type ElfInfo } from "./elf";

/** Options that take the next word as their value (gcc(1) "Option Summary"). */
const WITH_VALUE = new Set(["-o", "-I", "-L", "-D", "-U", "-l", "-include", "-MF", "-MT", "-MQ", "-x", "-isystem", "-Xlinker", "-idirafter"]);

interface Input {
  path: string;
  shown: string;
  text: string;
  size: number;
}

/** The version banner of the image's compiler: Debian bookworm's gcc-12 or Alpine's gcc 14. */
function banner(ctx: PosixCommandContext, name: string): string {
  const alpine = detectOsId(ctx) === "alpine";
  return `${name} (${alpine ? "Alpine 14.2.0" : "Debian 12.2.0-14"}) ${alpine ? "14.2.0" : "12.2.0"}\nCopyright (C) ${alpine ? "2024" : "2022"} Free Software Foundation, Inc.\nThis is free software; see the source for copying conditions.  There is NO\nwarranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n\n`;
}

/**
 * gcc/cc/g++ (GCC 12.2 on bookworm, 14.2 on Alpine) as builds drive it:
 * `-c` compiles each source to an object (SOURCE.o, or -o FILE); otherwise
 * sources, objects and archives are linked into an executable (a.out or -o
 * FILE; -shared for a library) that needs the -l libraries' sonames.
 * Outputs are ELF stand-ins (see elf.ts) that remember the source
 * distribution their sources came from, so a linked program knows what it
 * is and how big the real one is. A missing input is gcc's `cc: error:
 * x.c: No such file or directory` (status 1); none at all is `fatal error:
 * no input files`. --version, -dumpmachine, -E (preprocessed text is not
 * modelled: nothing is printed).
 * Simplification: headers and -l libraries are not looked up; the link
 * never fails for a missing library; objects are about the size of their
 * source.
 */
export function runCc(ctx: PosixCommandContext): number {
  const name = (ctx.argv[0] ?? "cc").replace(/^.*\//, "");
  const args = ctx.argv.slice(1);
  if (args.includes("--version")) {
    ctx.out.out(banner(ctx, name));
    return 0;
  }
  if (args.includes("-dumpmachine") || args.includes("-print-multiarch")) {
    ctx.out.out(detectOsId(ctx) === "alpine" ? "x86_64-alpine-linux-musl\n" : "x86_64-linux-gnu\n");
    return 0;
  }
  if (args.includes("-dumpversion")) {
    ctx.out.out(detectOsId(ctx) === "alpine" ? "14\n" : "12\n");
    return 0;
  }
  let output: string | undefined;
  const libs: string[] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (WITH_VALUE.has(a)) {
      const v = args[++i] ?? "";
      if (a === "-o") output = v;
      else if (a === "-l") libs.push(v);
    } else if (a.startsWith("-l")) libs.push(a.slice(2));
    else if (a.startsWith("-o") && a.length > 2) output = a.slice(2);
    else if (a.startsWith("-") && a !== "-") continue;
    else operands.push(a);
  }
  const compileOnly = args.includes("-c") || args.includes("-S") || args.includes("-E");
  const inputs: Input[] = [];
  let missing = false;
  for (const op of operands) {
    const path = ctx.resolve(op);
    const st = ctx.fs.stat(path);
    if (!st || st.type !== "file") {
      ctx.out.err(`${name}: error: ${op}: No such file or directory\n`);
      missing = true;
      continue;
    }
    inputs.push({ path, shown: op, text: readOptional(ctx, path) ?? "", size: st.size });
  }
  if (inputs.length === 0) {
    if (!missing) ctx.out.err(`${name}: fatal error: no input files\ncompilation terminated.\n`);
    else ctx.out.err(`${name}: fatal error: no input files\ncompilation terminated.\n`);
    return 1;
  }
  if (missing) return 1;
  if (args.includes("-E")) return 0;
  const musl = detectOsId(ctx) === "alpine";
  const originOf = (i: Input): string | undefined => parseElf(i.text)?.origin ?? findSourceOrigin(i.text);
  const write = (path: string, info: ElfInfo, size: number, mode: number): void => {
    ctx.fs.writeFileWith(path, formatElf(info), { mode, size });
  };
  if (compileOnly) {
    if (output !== undefined && inputs.length > 1) {
      ctx.out.err(`${name}: fatal error: cannot specify '-o' with '-c', '-S' or '-E' with multiple files\ncompilation terminated.\n`);
      return 1;
    }
    for (const input of inputs) {
      const obj = output ?? input.shown.replace(/^.*\//, "").replace(/\.[^.]*$/, "") + ".o";
      const origin = originOf(input);
      write(ctx.resolve(obj), { kind: "object", name: obj.replace(/^.*\//, ""), ...(origin ? { origin } : {}), needed: [], libc: musl ? "musl" : "gnu" }, Math.max(1024, Math.round(input.size * 1.4)), 0o644);
    }
    return 0;
  }
  const out = output ?? "a.out";
  const base = out.replace(/^.*\//, "");
  const origin = inputs.map(originOf).find((o) => o !== undefined);
  const needed = [...new Set([...inputs.flatMap((i) => (parseElf(i.text)?.kind === "shared" ? [parseElf(i.text)?.name ?? ""] : [])), ...libs.map((l) => SONAMES[l] ?? `lib${l}.so`), ...(args.includes("-pthread") ? ["libc.so.6"] : []), musl ? "libc.musl-x86_64.so.1" : "libc.so.6"].filter((n) => n !== "" && !(musl && (n === "libc.so.6" || n === "libm.so.6"))))];
  const declared = origin ? getSourceDistribution(origin)?.programs[base]?.size : undefined;
  const size = declared ?? inputs.reduce((s, i) => s + i.size, 0);
  write(ctx.resolve(out), { kind: args.includes("-shared") ? "shared" : "exec", name: base, ...(origin ? { origin } : {}), needed, libc: musl ? "musl" : "gnu" }, size, 0o755);
  return 0;
}
