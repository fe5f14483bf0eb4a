import { findProviders } from "./repos/provides";
import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { getAptArchive, type AptPackage } from "./apt-catalog";
import { readAutoInstalled, writeAutoInstalled } from "./apt-mark";
import { mergeArchive, readExtraSources, readSourcePackages, updateSource } from "./apt-sources";
import { APT_LISTS, calculateDebName, detectRelease, hasPackageLists, readInstalled, resolveAptInstall, unpackDeb, writeStatus } from "./apt-state";
import { advanceDownload, ensureParent, formatAptSize, formatSeconds, removeFiles, splitPin, wrapNames } from "./common";

interface AptOptions {
  yes: boolean;
  recommends: boolean;
  purge: boolean;
  /** --auto-remove: also remove automatically installed packages nothing needs any more. */
  autoRemove: boolean;
  quiet: number;
  rest: string[];
}

function parseOptions(args: readonly string[]): AptOptions {
  const o: AptOptions = { yes: false, recommends: true, purge: false, autoRemove: false, quiet: 0, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "-y" || a === "--yes" || a === "--assume-yes" || a === "-yq" || a === "-qy") o.yes = true;
    if (a === "-q" || a === "--quiet" || a === "-yq" || a === "-qy") o.quiet = 1;
    else if (a === "-qq") o.quiet = 2;
    else if (a === "--no-install-recommends") o.recommends = false;
    else if (a === "--install-recommends") o.recommends = true;
    else if (a === "--purge") o.purge = true;
    else if (a === "--auto-remove" || a === "--autoremove") o.autoRemove = true;
    else if (a === "-o" || a === "-t") i++;
    else if (!a.startsWith("-")) o.rest.push(a);
  }
  return o;
}

const HEADER = "Reading package lists...\nBuilding dependency tree...\nReading state information...\n";

/** dpkg's frontend lock needs root: apt-get's two E: lines, exit 100. */
function failLock(ctx: PosixCommandContext, update: boolean): number {
  if (update) ctx.out.err("E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n");
  else ctx.out.err("E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n");
  return 100;
}

/** apt's "Do you want to continue? [Y/n]" read from stdin: EOF (a build step, `docker run` without -i) answers "Abort.". */
function confirm(ctx: PosixCommandContext, o: AptOptions): boolean {
  if (o.yes) return true;
  ctx.out.out("Do you want to continue? [Y/n] ");
  const input = ctx.stdin;
  const answer = input.split("\n")[0] ?? "";
  if (input === "" || !/^\s*(y|yes)?\s*$/i.test(answer)) {
    ctx.out.out("Abort.\n");
    return false;
  }
  return true;
}

/** `apt-get update`: fetches each index of the sources (Get:N … [size]), stores it in /var/lib/apt/lists, prints `Fetched … in Ns (… /s)`. */
function runUpdate(ctx: PosixCommandContext, front: boolean): number {
  if (ctx.user.uid !== 0) return failLock(ctx, true);
  const release = detectRelease(ctx);
  let total = 0;
  let ms = 0;
  ctx.fs.mkdir(`${APT_LISTS}/partial`, { recursive: true });
  const extra = readExtraSources(ctx).map((s) => updateSource(ctx, s));
  let n = 0;
  for (const index of [...release.indexes, ...extra.flatMap((u) => u.gets)]) {
    ctx.out.out(`Get:${++n} ${index.label} [${formatAptSize(index.size)}]\n`);
    ms += advanceDownload(ctx, index.size, 20);
    total += index.size;
    ctx.fs.writeFileWith(`${APT_LISTS}/${index.list}`, `# ${index.label}\n`, { size: index.size });
  }
  for (const err of extra.flatMap((u) => u.errs)) ctx.out.out(`Err:${++n} ${err}\n`);
  ctx.fs.writeFileWith(`${APT_LISTS}/lock`, "", { mode: 0o640 });
  ctx.out.out(`Fetched ${formatAptSize(total)} in ${formatSeconds(ms)} (${formatAptSize((total * 1000) / Math.max(ms, 1))}/s)\nReading package lists...\n`);
  const warnings = extra.flatMap((u) => u.warnings);
  const errors = extra.flatMap((u) => u.errors);
  if (errors.length > 0) {
    ctx.out.err([...warnings, ...errors].join("") + "N: Updating from such a repository can't be done securely, and is therefore disabled by default.\nN: See apt-secure(8) manpage for repository creation and user configuration details.\n");
    return 100;
  }
  if (warnings.length > 0) ctx.out.err([...new Set(warnings)].join(""));
  if (front) ctx.out.out("Building dependency tree...\nReading state information...\nAll packages are up to date.\n");
  return 0;
}

/** `apt-get install`: resolve, print apt's summary, ask, fetch (`Get:`), unpack and set up each package with dpkg's lines. */
function runInstall(ctx: PosixCommandContext, o: AptOptions): number {
  if (ctx.user.uid !== 0) return failLock(ctx, false);
  ctx.out.out(HEADER);
  const release = detectRelease(ctx);
  const archive = hasPackageLists(ctx) ? mergeArchive(getAptArchive(release), readSourcePackages(ctx)) : new Map<string, AptPackage>();
  const installed = readInstalled(ctx);
  const errors: string[] = [];
  const names: string[] = [];
  for (const spec of o.rest) {
    const { name, version } = splitPin(spec, "=");
    const pkg = archive.get(name);
    const providers = pkg ? [] : findProviders(archive, name);
    if (!pkg && providers.length === 1 && version === undefined) {
      ctx.out.out(`Note, selecting '${providers[0]?.name ?? ""}' instead of '${name}'\n`);
      names.push(providers[0]?.name ?? name);
    } else if (!pkg) errors.push(`E: Unable to locate package ${name}\n`);
    else if (version !== undefined && version !== pkg.version) errors.push(`E: Version '${version}' for '${name}' was not found\n`);
    else names.push(name);
  }
  if (errors.length > 0) {
    ctx.out.err(errors.join(""));
    return 100;
  }
  for (const name of names) if (installed.has(name)) ctx.out.out(`${name} is already the newest version (${installed.get(name) ?? ""}).\n`);
  const { order, missingRecommends } = resolveAptInstall(archive, names, installed, o.recommends);
  const sorted = order.map((p) => p.name).sort();
  const extra = sorted.filter((n) => !names.includes(n));
  if (extra.length > 0) ctx.out.out("The following additional packages will be installed:\n" + wrapNames(extra));
  if (missingRecommends.length > 0) ctx.out.out("Recommended packages:\n" + wrapNames(missingRecommends));
  if (sorted.length > 0) ctx.out.out("The following NEW packages will be installed:\n" + wrapNames(sorted));
  ctx.out.out(`0 upgraded, ${order.length} newly installed, 0 to remove and 0 not upgraded.\n`);
  if (order.length === 0) return 0;
  const download = order.reduce((s, p) => s + p.size, 0);
  const disk = order.reduce((s, p) => s + p.installedKb * 1024, 0);
  ctx.out.out(`Need to get ${formatAptSize(download)} of archives.\nAfter this operation, ${formatAptSize(disk)} of additional disk space will be used.\n`);
  if (!confirm(ctx, o)) return 1;
  let ms = 0;
  order
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name))
    .forEach((p, i) => {
      ctx.out.out(`Get:${i + 1} ${p.pool ?? release.pool} amd64 ${p.name} ${p.arch} ${p.version} [${formatAptSize(p.size)}]\n`);
      ms += advanceDownload(ctx, p.size, 20);
    });
  ctx.out.out(`Fetched ${formatAptSize(download)} in ${formatSeconds(ms)} (${formatAptSize((download * 1000) / Math.max(ms, 1))}/s)\n`);
  if (release.distro === "debian") ctx.out.err("debconf: delaying package configuration, since apt-utils is not installed\n");
  let database = 6090 + installed.size * 12;
  order.forEach((p, i) => {
    ctx.out.out(`Selecting previously unselected package ${p.name}.\n`);
    if (i === 0) ctx.out.out(`(Reading database ... ${database} files and directories currently installed.)\n`);
    ctx.out.out(`Preparing to unpack .../${calculateDebName(p)} ...\nUnpacking ${p.name} (${p.version}) ...\n`);
    const files = unpackDeb(ctx, p);
    ensureParent(ctx, `/var/lib/dpkg/info/${p.name}.list`);
    ctx.fs.writeFile(`/var/lib/dpkg/info/${p.name}.list`, files.map((f) => f + "\n").join(""));
    database += files.length;
    ctx.clock.advance(Math.ceil(p.installedKb / 50));
  });
  for (const p of order) ctx.out.out(`Setting up ${p.name} (${p.version}) ...\n`);
  writeStatus(ctx, order);
  // Dependencies pulled in are marked automatically installed; named packages are manual (apt-pkg depcache MarkInstall).
  const auto = readAutoInstalled(ctx);
  for (const p of order) if (!names.includes(p.name)) auto.add(p.name);
  for (const n of names) auto.delete(n);
  writeAutoInstalled(ctx, auto);
  if (order.some((p) => p.name.startsWith("lib"))) ctx.out.out(`Processing triggers for libc-bin (${release.distro === "debian" ? "2.36-9+deb12u9" : "2.39-0ubuntu8.3"}) ...\n`);
  return 0;
}

/** `apt-get remove|purge`: "The following packages will be REMOVED:" (purge marks names with `*`), then dpkg's `Removing` lines. */
function runRemove(ctx: PosixCommandContext, o: AptOptions, purge: boolean): number {
  if (ctx.user.uid !== 0) return failLock(ctx, false);
  ctx.out.out(HEADER);
  const installed = readInstalled(ctx);
  const archive = mergeArchive(getAptArchive(detectRelease(ctx)), readSourcePackages(ctx));
  const targets: string[] = [];
  for (const name of o.rest) {
    if (installed.has(name)) targets.push(name);
    else if (archive.has(name) && hasPackageLists(ctx)) ctx.out.out(`Package '${name}' is not installed, so not removed\n`);
    else {
      ctx.out.err(`E: Unable to locate package ${name}\n`);
      return 100;
    }
  }
  if (o.autoRemove) for (const n of findAutoRemovable(ctx, installed, archive, targets)) targets.push(n);
  if (targets.length > 0) ctx.out.out("The following packages will be REMOVED:\n" + wrapNames(targets.sort().map((n) => (purge ? `${n}*` : n))));
  ctx.out.out(`0 upgraded, 0 newly installed, ${targets.length} to remove and 0 not upgraded.\n`);
  if (targets.length === 0) return 0;
  const freed = targets.reduce((s, n) => s + (archive.get(n)?.installedKb ?? 0) * 1024, 0);
  ctx.out.out(`After this operation, ${formatAptSize(freed)} disk space will be freed.\n`);
  if (!confirm(ctx, o)) return 1;
  ctx.out.out(`(Reading database ... ${6090 + installed.size * 12} files and directories currently installed.)\n`);
  for (const name of targets) {
    ctx.out.out(`Removing ${name} (${installed.get(name) ?? ""}) ...\n`);
    const list = `/var/lib/dpkg/info/${name}.list`;
    try {
      removeFiles(ctx, ctx.fs.readFile(list).split("\n").filter(Boolean));
      ctx.fs.remove(list);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
  writeStatus(ctx, [], new Set(targets));
  return 0;
}

/**
 * What autoremove takes: packages marked automatically installed that no
 * remaining manually installed package needs through Depends (or Recommends,
 * unless APT::AutoRemove::RecommendsImportant=false; Simplification: always
 * treated as false, as the official images set it). Simplification: the base
 * image's own packages (not in the archive catalog) are kept, as apt keeps
 * Essential and Priority: required ones.
 */
function findAutoRemovable(ctx: PosixCommandContext, installed: ReadonlyMap<string, string>, archive: ReadonlyMap<string, AptPackage>, removing: readonly string[]): string[] {
  const auto = readAutoInstalled(ctx);
  const needed = new Set<string>();
  const visit = (name: string): void => {
    if (needed.has(name) || !installed.has(name)) return;
    needed.add(name);
    for (const d of archive.get(name)?.depends ?? []) visit(d);
  };
  for (const name of installed.keys()) if ((!auto.has(name) || !archive.has(name)) && !removing.includes(name)) visit(name);
  return [...installed.keys()].filter((n) => archive.has(n) && auto.has(n) && !needed.has(n) && !removing.includes(n));
}

/** `apt-get clean`: empties /var/cache/apt/archives and the pkgcache files; prints nothing. */
function runClean(ctx: PosixCommandContext): number {
  if (ctx.user.uid !== 0) return failLock(ctx, false);
  for (const dir of ["/var/cache/apt/archives"]) {
    if (ctx.fs.stat(dir)?.type !== "dir") continue;
    removeFiles(ctx, ctx.fs.readdir(dir).filter((n) => n.endsWith(".deb")).map((n) => `${dir}/${n}`));
  }
  removeFiles(ctx, ["/var/cache/apt/pkgcache.bin", "/var/cache/apt/srcpkgcache.bin"]);
  return 0;
}

/**
 * apt-get(8) and apt(8) of Debian bookworm / Ubuntu noble: update, install
 * (with `pkg=version` pins, -y, --no-install-recommends), remove, purge,
 * upgrade, clean. Errors are apt's `E:` lines with exit status 100; a
 * declined (or unanswered) prompt prints "Abort." and exits 1. `apt` adds
 * its "stable CLI interface" warning on stderr when not on a terminal.
 */
export function runAptGet(ctx: PosixCommandContext): number {
  const prog = ctx.argv[0]?.slice((ctx.argv[0] ?? "").lastIndexOf("/") + 1) ?? "apt-get";
  const front = prog === "apt";
  const o = parseOptions(ctx.argv.slice(1));
  const command = o.rest.shift();
  if (front) ctx.out.err("\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n");
  switch (command) {
    case "update":
      return runUpdate(ctx, front);
    case "install":
      return runInstall(ctx, o);
    case "remove":
      return runRemove(ctx, o, o.purge);
    case "purge":
      return runRemove(ctx, o, true);
    case "autoremove":
      return runRemove(ctx, { ...o, autoRemove: true }, o.purge);
    case "upgrade":
    case "dist-upgrade":
    case "full-upgrade":
      if (ctx.user.uid !== 0) return failLock(ctx, false);
      ctx.out.out(HEADER + "Calculating upgrade...\n" + "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
      return 0;
    case "clean":
    case "autoclean":
      return runClean(ctx);
    case undefined:
      ctx.out.err(front ? "apt 2.6.1 (amd64)\nUsage: apt [options] command\n" : "apt 2.6.1 (amd64)\nUsage: apt-get [options] command\n");
      return 1;
    default:
      ctx.out.err(`E: Invalid operation ${command}\n`);
      return 100;
  }
}

