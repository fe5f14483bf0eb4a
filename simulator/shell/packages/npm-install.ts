import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { advanceDownload, ensureParent, removeFiles } from "./common";
import { pickVersion, satisfies } from "./npm-catalog";
import { failAccess, failBadJson, failNoManifest, failNoTarget, failNotFound, failNpm, formatReifySummary } from "./npm-output";
import { formatManifest, readManifest, runLifecycle, type ScriptRunner } from "./npm-scripts";
import { buildIdealTree, calculateIntegrity, countTree, formatLockfile, listInstalledLocations, listRootDeps, readInstalledVersion, readLockfile, splitSpec, type IdealTree, type Manifest, type PlacedNode, type TreeError } from "./npm-tree";

/** The options of `npm install` / `npm ci` that change what gets installed. */
export interface InstallOptions {
  omitDev: boolean;
  global: boolean;
  saveDev: boolean;
  saveExact: boolean;
  noSave: boolean;
  ignoreScripts: boolean;
  noLockfile: boolean;
  banner: ScriptRunner;
}

function failTree(ctx: PosixCommandContext, e: TreeError): number {
  return e.code === "E404" ? failNotFound(ctx, e.name, e.range) : failNoTarget(ctx, e.name, e.range);
}

/** The directory mkdir -p failed on: the first missing one on the way to `path` (what npm's error names). */
function firstMissing(ctx: PosixCommandContext, path: string): string {
  let at = "";
  for (const part of path.split("/").filter(Boolean)) {
    at += `/${part}`;
    if (!ctx.fs.lstat(at)) return at;
  }
  return path;
}

function fsFailure(ctx: PosixCommandContext, e: unknown): number {
  if (!(e instanceof FsError)) throw e;
  if (e.code === "EACCES" || e.code === "EPERM") return /\.json$/.test(e.path) ? failAccess(ctx, e, "open") : failAccess(ctx, new FsError(e.code, firstMissing(ctx, e.path)), "mkdir");
  return failNpm(ctx, [`code ${e.code}`, `path ${e.path}`, `${e.code}: ${e.message}`], 1);
}

/** The files one package unpacks: package.json with its manifest, the code at its declared size, and bin scripts. */
function writePackage(ctx: PosixCommandContext, dir: string, node: PlacedNode): void {
  const { pkg } = node;
  const manifest: Record<string, unknown> = { name: pkg.name, version: pkg.version, license: pkg.license, main: "index.js" };
  if (pkg.deps.length > 0) manifest.dependencies = Object.fromEntries(pkg.deps);
  if (pkg.bins.length > 0) manifest.bin = Object.fromEntries(pkg.bins);
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  ensureParent(ctx, `${dir}/package.json`);
  ctx.fs.writeFile(`${dir}/package.json`, json);
  ctx.fs.writeFileWith(`${dir}/index.js`, `// ${pkg.name}@${pkg.version}\n`, { mode: 0o644, size: Math.max(64, pkg.size - json.length) });
  for (const [, file] of pkg.bins) {
    ensureParent(ctx, `${dir}/${file}`);
    ctx.fs.writeFileWith(`${dir}/${file}`, `#!/usr/bin/env node\n// ${pkg.name} ${file}\n`, { mode: 0o755 });
  }
}

/** Links a package's bins into `binDir` as npm's bin-links does (relative symlinks). */
function linkBins(ctx: PosixCommandContext, binDir: string, target: string, node: PlacedNode): void {
  for (const [name, file] of node.pkg.bins) {
    const link = `${binDir}/${name}`;
    ensureParent(ctx, link);
    if (ctx.fs.lstat(link)) ctx.fs.remove(link);
    ctx.fs.symlink(`${target}/${file}`, link);
  }
}

/** Caches a tarball as pacote does (~/.npm/_cacache/content-v2/sha512/…), sized like the .tgz. Unwritable caches are skipped. */
function cacheTarball(ctx: PosixCommandContext, node: PlacedNode): void {
  const home = ctx.env.HOME ?? ctx.user.home;
  const hex = Array.from(atob(calculateIntegrity(node.pkg).slice(7)), (c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
  const path = `${home}/.npm/_cacache/content-v2/sha512/${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex.slice(4)}`;
  try {
    ensureParent(ctx, path);
    ctx.fs.writeFileWith(path, "tarball\n", { size: Math.ceil((node.pkg.size + (node.pkg.more?.size ?? 0)) / 3) });
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
}

/**
 * Makes node_modules match `tree` (arborist reify; yarn's linker the same
 * way): unpacks what is missing or at another version, removes what the tree
 * no longer has, links bins, and lets download time pass; `cache` stores each
 * fetched tarball. Returns the summary counts. Throws FsError.
 */
export function reify(ctx: PosixCommandContext, dir: string, tree: IdealTree, omitDev: boolean, cache: (ctx: PosixCommandContext, node: PlacedNode) => void = cacheTarball): { added: number; removed: number; changed: number; funding: number; audited: number } {
  const wanted = [...tree.nodes.values()].filter((n) => !(omitDev && n.dev));
  const keep = new Set(wanted.map((n) => n.location));
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const location of listInstalledLocations(ctx, dir)) {
    if (keep.has(location)) continue;
    removed++;
    removeFiles(ctx, [`${dir}/${location}`]);
  }
  for (const node of wanted) {
    const have = readInstalledVersion(ctx, dir, node.location);
    if (have === node.pkg.version) continue;
    if (have === undefined) added += 1 + (node.pkg.more?.count ?? 0);
    else changed++;
    advanceDownload(ctx, Math.ceil((node.pkg.size + (node.pkg.more?.size ?? 0)) / 3), 4);
    if (have !== undefined) removeFiles(ctx, [`${dir}/${node.location}`]);
    writePackage(ctx, `${dir}/${node.location}`, node);
    cache(ctx, node);
  }
  for (const node of wanted) if (node.location.split("node_modules/").length === 2) linkBins(ctx, `${dir}/node_modules/.bin`, `../${node.location.slice("node_modules/".length)}`, node);
  const counts = countTree(wanted);
  return { added, removed, changed, funding: counts.funding, audited: counts.packages + 1 };
}

/** Root lifecycle scripts `npm install` runs after reifying (preinstall, install, postinstall, prepare). */
function runInstallScripts(ctx: PosixCommandContext, dir: string, manifest: Manifest, o: InstallOptions): { status: number; command: string } {
  if (o.ignoreScripts) return { status: 0, command: "" };
  for (const event of ["preinstall", "install", "postinstall", "prepare"]) {
    if (manifest.scripts?.[event] === undefined) continue;
    const r = runLifecycle(ctx, dir, { ...manifest, scripts: { [event]: manifest.scripts[event] as string } }, event, [], o.banner);
    if (r.status !== 0) return r;
  }
  return { status: 0, command: "" };
}

function failScript(ctx: PosixCommandContext, dir: string, r: { status: number; command: string }): number {
  return failNpm(ctx, [`code ${r.status}`, `path ${dir}`, "command failed", `command sh -c ${r.command}`], r.status);
}

/** `npm install -g SPEC…`: each package with its own tree under {prefix}/lib/node_modules, bins in {prefix}/bin; no audit. */
function installGlobal(ctx: PosixCommandContext, specs: readonly string[]): number {
  const prefix = ctx.env.NPM_CONFIG_PREFIX ?? ctx.env.npm_config_prefix ?? "/usr/local";
  const start = ctx.clock.now();
  let added = 0;
  let funding = 0;
  for (const spec of specs) {
    const { name, range } = splitSpec(spec);
    const tree = buildIdealTree([{ name, range, dev: false }]);
    if ("code" in tree) return failTree(ctx, tree);
    const root = `${prefix}/lib/node_modules/${name}`;
    try {
      removeFiles(ctx, [root]);
      for (const node of tree.nodes.values()) {
        const dest = node.location === `node_modules/${name}` ? root : `${root}/${node.location}`;
        advanceDownload(ctx, Math.ceil((node.pkg.size + (node.pkg.more?.size ?? 0)) / 3), 4);
        writePackage(ctx, dest, node);
        cacheTarball(ctx, node);
        if (dest === root) linkBins(ctx, `${prefix}/bin`, `../lib/node_modules/${name}`, node);
      }
    } catch (e) {
      return fsFailure(ctx, e);
    }
    const counts = countTree(tree.nodes.values());
    added += counts.packages;
    funding += counts.funding;
  }
  ctx.clock.advance(300);
  ctx.out.out(formatReifySummary({ added, removed: 0, changed: 0, audited: undefined, funding, ms: ctx.clock.now() - start }));
  return 0;
}

/**
 * `npm install [SPEC…]` (npm/cli: lib/commands/install.js): named specs are
 * resolved, saved to package.json (`^version`, or devDependencies with -D)
 * and installed with the rest of the tree; the lock file is written.
 */
export function runNpmInstall(ctx: PosixCommandContext, specs: readonly string[], o: InstallOptions): number {
  if (o.global && specs.length > 0) return installGlobal(ctx, specs);
  const dir = ctx.cwd;
  const start = ctx.clock.now();
  const read = readManifest(ctx, dir);
  if (!read.ok && !read.missing) return failBadJson(ctx, read.path, read.message);
  if (!read.ok && specs.length === 0) return failNoManifest(ctx, dir);
  let manifest: Manifest = read.ok ? read.manifest : {};
  if (specs.length > 0) {
    const deps = { ...(manifest.dependencies ?? {}) };
    const devDeps = { ...(manifest.devDependencies ?? {}) };
    for (const spec of specs) {
      const { name, range } = splitSpec(spec);
      const pkg = pickVersion(name, range);
      if (!pkg) return failTree(ctx, { code: pickVersion(name, "*") ? "ETARGET" : "E404", name, range });
      const saved = o.saveExact ? pkg.version : `^${pkg.version}`;
      delete deps[name];
      delete devDeps[name];
      (o.saveDev ? devDeps : deps)[name] = saved;
    }
    const sort = (m: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b, "en")));
    const next: Manifest = { ...manifest };
    if (Object.keys(deps).length > 0) next.dependencies = sort(deps);
    if (Object.keys(devDeps).length > 0) next.devDependencies = sort(devDeps);
    manifest = next;
  }
  return installManifest(ctx, dir, manifest, o, start, specs.length > 0 && !o.noSave, !(specs.length > 0 && o.noSave));
}

/** Installs the tree of `manifest` into `dir`, writing package.json (when it changed) and the lock files, then the install scripts and the summary. */
function installManifest(ctx: PosixCommandContext, dir: string, manifest: Manifest, o: InstallOptions, start: number, writeManifest: boolean, writeLock: boolean): number {
  const lock = readLockfile(ctx, dir);
  const tree = buildIdealTree(listRootDeps(manifest), lock?.versions);
  if ("code" in tree) return failTree(ctx, tree);
  ctx.clock.advance(250 + tree.nodes.size * 3);
  const base = dir === "/" ? "" : dir;
  let counts;
  try {
    counts = reify(ctx, dir, tree, o.omitDev);
    if (writeManifest) ctx.fs.writeFile(`${base}/package.json`, formatManifest(manifest));
    if (!o.noLockfile && writeLock) ctx.fs.writeFile(`${base}/package-lock.json`, formatLockfile(manifest, tree));
    if (tree.nodes.size > 0) ctx.fs.writeFile(`${base}/node_modules/.package-lock.json`, formatLockfile(manifest, tree, true));
  } catch (e) {
    return fsFailure(ctx, e);
  }
  const scripts = runInstallScripts(ctx, dir, manifest, o);
  if (scripts.status !== 0) return failScript(ctx, dir, scripts);
  ctx.out.out(formatReifySummary({ ...counts, ms: ctx.clock.now() - start }));
  return 0;
}

/** `npm uninstall NAME…`: drops the names from package.json and reinstalls the rest ("removed N packages"). */
export function runNpmUninstall(ctx: PosixCommandContext, names: readonly string[], o: InstallOptions): number {
  const dir = ctx.cwd;
  const start = ctx.clock.now();
  const read = readManifest(ctx, dir);
  if (!read.ok) return read.missing ? failNoManifest(ctx, dir) : failBadJson(ctx, read.path, read.message);
  const manifest: Manifest = { ...read.manifest };
  for (const field of ["dependencies", "devDependencies"] as const) {
    const deps = { ...(manifest[field] ?? {}) };
    for (const name of names) delete deps[name];
    if (manifest[field]) manifest[field] = deps;
  }
  return installManifest(ctx, dir, manifest, o, start, true, true);
}

/** The EUSAGE block of `npm ci` (npm/cli: lib/commands/ci.js), with ci's usage text. */
function failCiUsage(ctx: PosixCommandContext, message: readonly string[]): number {
  return failNpm(
    ctx,
    [
      "code EUSAGE", "", ...message, "", "Clean install a project", "", "Usage:", "npm ci", "", "Options:",
      "[--install-strategy <hoisted|nested|shallow|linked>] [--legacy-bundling]",
      "[--global-style] [--omit <dev|optional|peer> [--omit <dev|optional|peer> ...]]",
      "[--include <prod|dev|optional|peer> [--include <prod|dev|optional|peer> ...]]",
      "[--strict-peer-deps] [--foreground-scripts] [--ignore-scripts] [--no-audit]",
      "[--no-bin-links] [--no-fund] [--dry-run]",
      "[-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]",
      "[-ws|--workspaces] [--include-workspace-root] [--install-links]", "",
      "aliases: clean-install, ic, install-clean, isntall-clean", "", 'Run "npm help ci" for more info',
    ],
    1,
  );
}

/**
 * `npm ci`: needs a package-lock.json in sync with package.json, removes
 * node_modules and installs exactly the locked tree; never writes the lock.
 */
export function runNpmCi(ctx: PosixCommandContext, o: InstallOptions): number {
  const dir = ctx.cwd;
  const start = ctx.clock.now();
  const read = readManifest(ctx, dir);
  if (!read.ok) return read.missing ? failNoManifest(ctx, dir) : failBadJson(ctx, read.path, read.message);
  const lock = readLockfile(ctx, dir);
  if (!lock) {
    return failCiUsage(ctx, ["The `npm ci` command can only install with an existing package-lock.json or", "npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or", "later to generate a package-lock.json file, then try again."]);
  }
  const problems: string[] = [];
  for (const dep of listRootDeps(read.manifest)) {
    const locked = lock.versions.get(`node_modules/${dep.name}`);
    if (locked === undefined) problems.push(`Missing: ${dep.name}@${pickVersion(dep.name, dep.range)?.version ?? dep.range} from lock file`);
    else if (!satisfies(locked, dep.range || "*")) problems.push(`Invalid: lock file's ${dep.name}@${locked} does not satisfy ${dep.name}@${dep.range}`);
  }
  if (problems.length > 0) {
    return failCiUsage(ctx, ["`npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.", "", ...problems]);
  }
  const tree = buildIdealTree(listRootDeps(read.manifest), lock.versions);
  if ("code" in tree) return failTree(ctx, tree);
  let counts;
  try {
    removeFiles(ctx, [`${dir === "/" ? "" : dir}/node_modules`]);
    ctx.clock.advance(200 + tree.nodes.size * 2);
    counts = reify(ctx, dir, tree, o.omitDev);
    if (tree.nodes.size > 0) ctx.fs.writeFile(`${dir === "/" ? "" : dir}/node_modules/.package-lock.json`, formatLockfile(read.manifest, tree, true));
  } catch (e) {
    return fsFailure(ctx, e);
  }
  const scripts = runInstallScripts(ctx, dir, read.manifest, o);
  if (scripts.status !== 0) return failScript(ctx, dir, scripts);
  ctx.out.out(formatReifySummary({ ...counts, ms: ctx.clock.now() - start }));
  return 0;
}
