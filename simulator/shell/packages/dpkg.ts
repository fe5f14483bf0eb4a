import type { PosixCommandContext } from "../commands/types";
import { DPKG_STATUS } from "./apt-state";
import { readOptional } from "./common";

/** dpkg's architecture name for the machine (dpkg --print-architecture): the simulated hosts are x86-64. */
const ARCH = "amd64";

function stanzas(ctx: PosixCommandContext): string[] {
  return (readOptional(ctx, DPKG_STATUS) ?? "").split(/\n\n+/).filter((s) => /^Package: /m.test(s));
}

/** `-S`/`--search PATTERN...`: owners of files matching each glob pattern, from /var/lib/dpkg/info/*.list. */
function search(ctx: PosixCommandContext, prog: string, patterns: readonly string[]): number {
  let status = 0;
  const lists: [string, string[]][] = [];
  try {
    for (const name of ctx.fs.readdir("/var/lib/dpkg/info")) if (name.endsWith(".list")) lists.push([name.slice(0, -5), (readOptional(ctx, `/var/lib/dpkg/info/${name}`) ?? "").split("\n").filter(Boolean)]);
  } catch {
    // no database: nothing owns anything
  }
  for (const pattern of patterns) {
    const glob = pattern.includes("*") || pattern.includes("?") || pattern.startsWith("/") ? pattern : `*${pattern}*`;
    const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
    const owners = lists.filter(([, files]) => files.some((f) => re.test(f)));
    if (owners.length === 0) {
      ctx.out.err(`${prog}: no path found matching pattern ${pattern}\n`);
      status = 1;
      continue;
    }
    for (const [pkg, files] of owners) for (const f of files.filter((f) => re.test(f))) ctx.out.out(`${pkg}: ${f}\n`);
  }
  return status;
}

/**
 * dpkg(1) and dpkg-query(1) 1.21 (Debian bookworm) for what scripts ask:
 * --print-architecture, -s/--status, -l/--list, -S/--search, over
 * /var/lib/dpkg/status and the info/*.list file lists.
 */
export function runDpkg(ctx: PosixCommandContext): number {
  const prog = (ctx.argv[0] ?? "dpkg").replace(/^.*\//, "");
  const args = ctx.argv.slice(1);
  const action = args[0] ?? "";
  const names = args.slice(1);
  if (action === "--print-architecture") {
    ctx.out.out(`${ARCH}\n`);
    return 0;
  }
  if (action === "-S" || action === "--search") return search(ctx, prog, names);
  if (action === "-s" || action === "--status") {
    let status = 0;
    for (const name of names) {
      const found = stanzas(ctx).find((s) => s.startsWith(`Package: ${name}\n`));
      if (found) ctx.out.out(`${found.trim()}\n\n`);
      else {
        ctx.out.err(`${prog}: package '${name}' is not installed and no information is available\nUse dpkg --info (= dpkg-deb --info) to examine archive files.\n`);
        status = 1;
      }
    }
    return status;
  }
  if (action === "-l" || action === "--list") {
    ctx.out.out("Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n||/ Name           Version      Architecture Description\n+++-==============-============-============-=================================\n");
    for (const s of stanzas(ctx)) {
      const name = /^Package: (.+)$/m.exec(s)?.[1] ?? "";
      if (names.length && !names.includes(name)) continue;
      ctx.out.out(`ii  ${name.padEnd(14)} ${(/^Version: (.+)$/m.exec(s)?.[1] ?? "").padEnd(12)} ${(/^Architecture: (.+)$/m.exec(s)?.[1] ?? ARCH).padEnd(12)} -\n`);
    }
    return 0;
  }
  ctx.out.err(`${prog}: error: need an action option\n\nType ${prog} --help for help about installing and deinstalling packages [*];\n`);
  return 2;
}

/** dpkg-architecture(1) (dpkg-dev): `-q`/`--query VAR` for the build machine's DEB_* variables, or all of them. */
export function runDpkgArchitecture(ctx: PosixCommandContext): number {
  const musl = !!readOptional(ctx, "/etc/alpine-release");
  const gnu = musl ? "x86_64-linux-musl" : "x86_64-linux-gnu";
  const vars: Record<string, string> = {};
  for (const side of ["BUILD", "HOST", "TARGET"]) {
    Object.assign(vars, { [`DEB_${side}_ARCH`]: musl ? "musl-linux-amd64" : ARCH, [`DEB_${side}_ARCH_ABI`]: musl ? "musl" : "base", [`DEB_${side}_ARCH_BITS`]: "64", [`DEB_${side}_ARCH_CPU`]: ARCH, [`DEB_${side}_ARCH_ENDIAN`]: "little", [`DEB_${side}_ARCH_LIBC`]: musl ? "musl" : "gnu", [`DEB_${side}_ARCH_OS`]: "linux", [`DEB_${side}_GNU_CPU`]: "x86_64", [`DEB_${side}_GNU_SYSTEM`]: musl ? "linux-musl" : "linux-gnu", [`DEB_${side}_GNU_TYPE`]: gnu, [`DEB_${side}_MULTIARCH`]: gnu });
  }
  const args = ctx.argv.slice(1);
  const q = args.findIndex((a) => a === "-q" || a === "--query");
  if (q >= 0) {
    const name = args[q + 1] ?? "";
    if (!(name in vars)) {
      ctx.out.err(`dpkg-architecture: error: ${name} is not a supported variable name\n`);
      return 255;
    }
    ctx.out.out(`${vars[name]}\n`);
    return 0;
  }
  for (const [k, v] of Object.entries(vars)) ctx.out.out(`${k}=${v}\n`);
  return 0;
}
