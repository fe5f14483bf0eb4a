import { findProviders } from "./repos/provides";
import type { PosixCommandContext } from "../commands/types";
import { BOOKWORM_RELEASE, NOBLE_RELEASE, type AptPackage, type AptRelease } from "./apt-catalog";
import { ensureParent, readOptional, writeFiles, type InstalledFile } from "./common";

/** dpkg's database of installed packages (dpkg(1) "/var/lib/dpkg/status"). */
export const DPKG_STATUS = "/var/lib/dpkg/status";
/** Where `apt-get update` stores the indexes it fetched (apt.conf Dir::State::lists). */
export const APT_LISTS = "/var/lib/apt/lists";

/** The release an image's sources point at, from /etc/os-release (os-release(5) ID, VERSION_CODENAME); Debian bookworm when unknown. */
export function detectRelease(ctx: PosixCommandContext): AptRelease {
  const text = readOptional(ctx, "/etc/os-release") ?? readOptional(ctx, "/usr/lib/os-release") ?? "";
  if (/^ID="?ubuntu"?$/m.test(text)) return NOBLE_RELEASE;
  return BOOKWORM_RELEASE;
}

/** Whether `apt-get update` has run since the lists were last deleted: a Packages index is in /var/lib/apt/lists. */
export function hasPackageLists(ctx: PosixCommandContext): boolean {
  try {
    return ctx.fs.stat(APT_LISTS)?.type === "dir" && ctx.fs.readdir(APT_LISTS).some((name) => name.includes("_Packages"));
  } catch {
    return false;
  }
}

/** Installed packages and versions, from the Package/Version fields of dpkg's status file. */
export function readInstalled(ctx: PosixCommandContext): Map<string, string> {
  const installed = new Map<string, string>();
  for (const stanza of (readOptional(ctx, DPKG_STATUS) ?? "").split(/\n\n+/)) {
    const name = /^Package: (.+)$/m.exec(stanza)?.[1];
    const status = /^Status: (.+)$/m.exec(stanza)?.[1] ?? "install ok installed";
    if (name && status.endsWith(" installed")) installed.set(name, /^Version: (.+)$/m.exec(stanza)?.[1] ?? "");
  }
  return installed;
}

/** Rewrites dpkg's status file with `add` appended and `drop` removed. */
export function writeStatus(ctx: PosixCommandContext, add: readonly AptPackage[], drop: ReadonlySet<string> = new Set()): void {
  const kept = (readOptional(ctx, DPKG_STATUS) ?? "")
    .split(/\n\n+/)
    .filter((s) => s.trim() !== "" && !drop.has(/^Package: (.+)$/m.exec(s)?.[1] ?? ""));
  for (const p of add) {
    kept.push(`Package: ${p.name}\nStatus: install ok installed\nPriority: optional\nInstalled-Size: ${p.installedKb}\nArchitecture: ${p.arch}\nVersion: ${p.version}${p.depends.length ? `\nDepends: ${p.depends.join(", ")}` : ""}`);
  }
  ensureParent(ctx, DPKG_STATUS);
  ctx.fs.writeFile(DPKG_STATUS, kept.map((s) => s.trim() + "\n").join("\n"));
}

/**
 * The files a package unpacks, with its Installed-Size spread over them:
 * executables in /usr/bin (or /usr/sbin), shared objects for lib* packages,
 * data under /usr/share otherwise, and its /usr/share/doc copyright.
 */
export function calculateDebFiles(pkg: AptPackage): InstalledFile[] {
  const total = pkg.installedKb * 1024;
  const files: InstalledFile[] = [{ path: `/usr/share/doc/${pkg.name}/copyright`, size: 1800 }];
  const rest = Math.max(0, total - 1800);
  if (pkg.bins.length > 0) {
    const each = Math.floor(rest / pkg.bins.length);
    for (const bin of pkg.bins) files.push({ path: bin.startsWith("sbin/") ? `/usr/${bin}` : `/usr/bin/${bin}`, size: each, mode: 0o755 });
  } else if (pkg.name.startsWith("lib")) files.push({ path: `/usr/lib/x86_64-linux-gnu/${pkg.name}.so`, size: rest });
  else files.push({ path: `/usr/share/${pkg.name}/${pkg.name}.data`, size: rest });
  return files;
}

/**
 * Unpacks a package as dpkg does: the files its catalog entry lists (real
 * text where given, directories, symlinks), else the files derived by
 * {@link calculateDebFiles}. Returns the paths for dpkg's info/NAME.list.
 */
export function unpackDeb(ctx: PosixCommandContext, pkg: AptPackage): string[] {
  if (!pkg.files) {
    const files = calculateDebFiles(pkg);
    writeFiles(ctx, files, `${pkg.name} ${pkg.version}\n`);
    return files.map((f) => f.path);
  }
  for (const f of pkg.files) {
    ensureParent(ctx, f.path);
    if (f.dir) {
      if (ctx.fs.stat(f.path)?.type !== "dir") ctx.fs.mkdir(f.path, { recursive: true });
      ctx.fs.chmod(f.path, f.mode ?? 0o755);
    } else if (f.link !== undefined) {
      if (ctx.fs.lstat(f.path)) ctx.fs.remove(f.path);
      ctx.fs.symlink(f.link, f.path);
    } else {
      const exe = ((f.mode ?? 0o644) & 0o111) !== 0;
      ctx.fs.writeFileWith(f.path, f.content ?? (exe ? "\x7fELF" : `${pkg.name} ${pkg.version}\n`), { mode: f.mode ?? 0o644, ...(f.content === undefined || f.size !== undefined ? { size: f.size ?? 0 } : {}) });
    }
  }
  return pkg.files.map((f) => f.path);
}

/** The .deb file name dpkg unpacks: `name_version-without-epoch_arch.deb` (":" is not in pool file names). */
export function calculateDebName(pkg: AptPackage): string {
  return `${pkg.name}_${pkg.version.replace(/^[0-9]+:/, "")}_${pkg.arch}.deb`;
}

/**
 * The packages to install for `names`, in apt's order (alphabetical for the
 * lists it prints, dependencies first for `Setting up`): Depends always,
 * Recommends unless --no-install-recommends (APT::Install-Recommends).
 */
export function resolveAptInstall(archive: ReadonlyMap<string, AptPackage>, names: readonly string[], installed: ReadonlyMap<string, string>, recommends: boolean): { order: AptPackage[]; missingRecommends: string[] } {
  const order: AptPackage[] = [];
  const seen = new Set<string>();
  const missingRecommends = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || installed.has(name)) return;
    seen.add(name);
    const pkg = archive.get(name) ?? findProviders(archive, name)[0];
    if (!pkg || (pkg.name !== name && (seen.has(pkg.name) || installed.has(pkg.name)))) return;
    seen.add(pkg.name);
    for (const dep of pkg.depends) visit(dep);
    if (recommends) for (const rec of pkg.recommends) visit(rec);
    else for (const rec of pkg.recommends) if (!installed.has(rec)) missingRecommends.add(rec);
    order.push(pkg);
  };
  for (const name of names) visit(name);
  for (const p of order) missingRecommends.delete(p.name);
  return { order, missingRecommends: [...missingRecommends].sort() };
}
