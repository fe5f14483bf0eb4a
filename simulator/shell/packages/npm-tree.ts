import { calculateSha256Hex } from "../../core/sha256";
import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "./common";
import { NPM_REGISTRY, pickVersion, satisfies, type NpmVersion } from "./npm-catalog";

/** A package placed in node_modules: its location ("node_modules/a/node_modules/b"), version and flags. */
export interface PlacedNode {
  location: string;
  pkg: NpmVersion;
  /** Only reachable through devDependencies. */
  dev: boolean;
}

/** The tree npm would build: nodes by location, plus what the summarised toolchains add. */
export interface IdealTree {
  nodes: Map<string, PlacedNode>;
}

/** Why a tree cannot be built: the registry has no such package (E404) or no matching version (ETARGET). */
export type TreeError = { code: "E404" | "ETARGET"; name: string; range: string };

/** A root dependency: name, range as package.json spells it, and whether it is a devDependency. */
export interface RootDep {
  name: string;
  range: string;
  dev: boolean;
}

/** The package name part of a spec: "express@^4" → express, "@types/node@22" → @types/node. */
export function splitSpec(spec: string): { name: string; range: string } {
  const at = spec.indexOf("@", 1);
  return at < 0 ? { name: spec, range: "" } : { name: spec.slice(0, at), range: spec.slice(at + 1) };
}

/**
 * Builds the ideal tree as @npmcli/arborist's buildIdealTree places nodes:
 * breadth first from the root's dependencies (production first), each one
 * deduplicated against the copy already hoisted to the top of node_modules
 * when that satisfies the range, else nested under the package that needs it.
 * `locked` versions (from package-lock.json) win when they still satisfy.
 */
export function buildIdealTree(roots: readonly RootDep[], locked: ReadonlyMap<string, string> = new Map()): IdealTree | TreeError {
  const nodes = new Map<string, PlacedNode>();
  const queue: { name: string; range: string; parent: string; dev: boolean }[] = [
    ...roots.filter((r) => !r.dev).map((r) => ({ ...r, parent: "" })),
    ...roots.filter((r) => r.dev).map((r) => ({ ...r, parent: "" })),
  ];
  const undev = (node: PlacedNode): void => {
    if (!node.dev) return;
    node.dev = false;
    for (const [name, range] of node.pkg.deps) queue.push({ name, range, parent: node.location, dev: false });
  };
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { name, range, parent, dev } = item;
    const nested = `${parent ? `${parent}/` : ""}node_modules/${name}`;
    const top = `node_modules/${name}`;
    const existing = nodes.get(nested) ?? nodes.get(top);
    if (existing && satisfies(existing.pkg.version, range || "*")) {
      if (!dev) undev(existing);
      continue;
    }
    const lockedVersion = locked.get(existing ? nested : top);
    const fromLock = lockedVersion !== undefined && satisfies(lockedVersion, range || "*") ? NPM_REGISTRY.get(name)?.find((v) => v.version === lockedVersion) : undefined;
    const pkg = fromLock ?? pickVersion(name, range);
    if (!pkg) return { code: NPM_REGISTRY.has(name) ? "ETARGET" : "E404", name, range };
    const location = existing ? nested : top;
    nodes.set(location, { location, pkg, dev });
    for (const [depName, depRange] of pkg.deps) queue.push({ name: depName, range: depRange, parent: location, dev });
  }
  return { nodes };
}

/** Counts over the nodes that get installed: packages (the summarised toolchain trees included), funding, bytes. */
export function countTree(nodes: Iterable<PlacedNode>): { packages: number; funding: number; bytes: number } {
  let packages = 0;
  let funding = 0;
  let bytes = 0;
  for (const n of nodes) {
    packages += 1 + (n.pkg.more?.count ?? 0);
    funding += (n.pkg.funding ? 1 : 0) + (n.pkg.more?.funding ?? 0);
    bytes += n.pkg.size + (n.pkg.more?.size ?? 0);
  }
  return { packages, funding, bytes };
}

/** The tarball URL npm records as `resolved` (registry.npmjs.org/<name>/-/<basename>-<version>.tgz). */
export function calculateTarballUrl(pkg: NpmVersion, registry = "https://registry.npmjs.org"): string {
  return `${registry}/${pkg.name}/-/${pkg.name.slice(pkg.name.lastIndexOf("/") + 1)}-${pkg.version}.tgz`;
}

/** A stand-in `sha512-…` integrity string. Simplification: derived from name@version, not from a real tarball. */
export function calculateIntegrity(pkg: NpmVersion): string {
  const hex = calculateSha256Hex(`${pkg.name}@${pkg.version}`) + calculateSha256Hex(`${pkg.version}@${pkg.name}`);
  const bytes = new Uint8Array(64);
  for (let i = 0; i < 64; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return `sha512-${btoa(bin)}`;
}

/** The manifest fields npm reads: name, version, scripts and the dependency maps. */
export interface Manifest {
  name?: string;
  version?: string;
  private?: boolean;
  license?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** The root dependencies of a manifest, production then dev. */
export function listRootDeps(manifest: Manifest): RootDep[] {
  const prod = Object.entries(manifest.dependencies ?? {}).map(([name, range]) => ({ name, range: String(range), dev: false }));
  const dev = Object.entries(manifest.devDependencies ?? {}).filter(([name]) => !(name in (manifest.dependencies ?? {}))).map(([name, range]) => ({ name, range: String(range), dev: true }));
  return [...prod, ...dev];
}

/** package-lock.json v3 (npm 9+: lockfileVersion 3, `packages` keyed by location, sorted); `hidden` is node_modules/.package-lock.json, without the root entry. */
export function formatLockfile(manifest: Manifest, tree: IdealTree, hidden = false): string {
  const packages: Record<string, unknown> = {};
  if (!hidden) {
    const root: Record<string, unknown> = { name: manifest.name, version: manifest.version };
    if (manifest.license) root.license = manifest.license;
    if (manifest.dependencies && Object.keys(manifest.dependencies).length > 0) root.dependencies = manifest.dependencies;
    if (manifest.devDependencies && Object.keys(manifest.devDependencies).length > 0) root.devDependencies = manifest.devDependencies;
    packages[""] = root;
  }
  for (const location of [...tree.nodes.keys()].sort((a, b) => a.localeCompare(b, "en"))) {
    const { pkg, dev } = tree.nodes.get(location) as PlacedNode;
    const entry: Record<string, unknown> = { version: pkg.version, resolved: calculateTarballUrl(pkg), integrity: calculateIntegrity(pkg) };
    if (dev) entry.dev = true;
    entry.license = pkg.license;
    if (pkg.deps.length > 0) entry.dependencies = Object.fromEntries(pkg.deps);
    if (pkg.bins.length > 0) entry.bin = Object.fromEntries(pkg.bins);
    packages[location] = entry;
  }
  return `${JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

/** Reads package-lock.json (or npm-shrinkwrap.json): location → version, and the root entry's dependency maps. */
export function readLockfile(ctx: PosixCommandContext, dir: string): { versions: Map<string, string>; root: Manifest } | undefined {
  const text = readOptional(ctx, `${dir}/npm-shrinkwrap.json`) ?? readOptional(ctx, `${dir}/package-lock.json`);
  if (text === undefined) return undefined;
  try {
    const doc = JSON.parse(text) as { lockfileVersion?: number; packages?: Record<string, { version?: string } & Manifest>; dependencies?: Record<string, { version?: string }> };
    if (!doc || typeof doc !== "object" || (doc.lockfileVersion ?? 0) < 1) return undefined;
    const versions = new Map<string, string>();
    for (const [loc, entry] of Object.entries(doc.packages ?? {})) if (loc !== "" && entry?.version) versions.set(loc, entry.version);
    // lockfileVersion 1 has only the nested `dependencies` tree.
    if (!doc.packages) for (const [name, entry] of Object.entries(doc.dependencies ?? {})) if (entry?.version) versions.set(`node_modules/${name}`, entry.version);
    return { versions, root: doc.packages?.[""] ?? {} };
  } catch {
    return undefined;
  }
}

/** The version installed at `location` (its package.json), if any. */
export function readInstalledVersion(ctx: PosixCommandContext, dir: string, location: string): string | undefined {
  const text = readOptional(ctx, `${dir}/${location}/package.json`);
  if (text === undefined) return undefined;
  try {
    return (JSON.parse(text) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** Locations under node_modules that hold a package (top level and scoped), for counting what an install removes. */
export function listInstalledLocations(ctx: PosixCommandContext, dir: string): string[] {
  const found: string[] = [];
  const walk = (base: string): void => {
    let names: string[];
    try {
      names = ctx.fs.readdir(`${dir}/${base}`);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith(".")) continue;
      if (name.startsWith("@")) {
        walk(`${base}/${name}`);
        continue;
      }
      const location = `${base}/${name}`;
      if (ctx.fs.stat(`${dir}/${location}/package.json`)?.type === "file") {
        found.push(location);
        walk(`${location}/node_modules`);
      }
    }
  };
  walk("node_modules");
  return found;
}
