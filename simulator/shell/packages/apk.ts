import type { PosixCommandContext } from "../commands/types";
import { formatElf } from "../tools/elf";
import { APK_INDEX, APK_REPOSITORIES, indexProviders, parseApkRows, type ApkPackage } from "./apk-catalog";
import { advanceDownload, ensureParent, readOptional, removeFiles, splitPin, writeFiles } from "./common";
import { unpackDeb } from "./apt-state";

export { APK_INDEX, type ApkPackage } from "./apk-catalog";

const DB = "/lib/apk/db/installed";
const WORLD = "/etc/apk/world";
/** alpine:3.21's own footprint: apk reports it in "OK: N MiB in M packages". */
const BASE_BYTES = 7_800_000;
const DEFAULT_REPOSITORIES = "https://dl-cdn.alpinelinux.org/alpine/v3.21/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.21/community\n";
const TRIGGER = "Executing busybox-1.37.0-r12.trigger\n";

/** One entry of /lib/apk/db/installed: P:, V:, D: (dependencies) and, for files that replaced BusyBox applet links, b: lines. */
interface Installed {
  version: string | undefined;
  depends: string[];
  applets: string[];
}

function readDb(ctx: PosixCommandContext): Map<string, Installed> {
  const map = new Map<string, Installed>();
  for (const stanza of (readOptional(ctx, DB) ?? "").split(/\n\n+/)) {
    const name = /^P:(.+)$/m.exec(stanza)?.[1];
    const field = (tag: string): string[] => [...stanza.matchAll(new RegExp(`^${tag}:(.+)$`, "gm"))].map((m) => m[1] as string);
    if (name) map.set(name, { version: field("V")[0], depends: (field("D")[0] ?? "").split(" ").filter(Boolean), applets: field("b") });
  }
  return map;
}

function writeDb(ctx: PosixCommandContext, db: Map<string, Installed>): void {
  ensureParent(ctx, DB);
  const stanza = (name: string, e: Installed): string =>
    `P:${name}\n${e.version ? `V:${e.version}\n` : "A:x86_64\n"}${e.depends.length ? `D:${e.depends.join(" ")}\n` : ""}${e.applets.map((a) => `b:${a}\n`).join("")}`;
  ctx.fs.writeFile(DB, [...db].map(([n, e]) => stanza(n, e)).join("\n"));
}

interface Options {
  noCache: boolean;
  noNetwork: boolean;
  update: boolean;
  untrusted: boolean;
  virtual?: string;
  repositories: string[];
  installed: boolean;
  printArch: boolean;
  rest: string[];
}

function parseOptions(args: readonly string[]): Options {
  const o: Options = { noCache: false, noNetwork: false, update: false, untrusted: false, repositories: [], installed: false, printArch: false, rest: [] };
  const valued: Record<string, (v: string) => void> = { "--virtual": (v) => (o.virtual = v), "-t": (v) => (o.virtual = v), "--repository": (v) => o.repositories.push(v), "-X": (v) => o.repositories.push(v) };
  const flags: Record<string, () => void> = {
    "--no-cache": () => (o.noCache = true), "--no-network": () => (o.noNetwork = true), "--update": () => (o.update = true), "-U": () => (o.update = true),
    "--allow-untrusted": () => (o.untrusted = true), "--installed": () => (o.installed = true), "-e": () => (o.installed = true), "--print-arch": () => (o.printArch = true),
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const [flag = "", inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const set = valued[flag];
    if (set) set(inline ?? (args[++i] as string));
    else if (flags[a]) flags[a]();
    else if (!a.startsWith("-")) o.rest.push(a);
  }
  return o;
}

/** The package a virtual name (`so:libssl.so.3`, a p: name) or real name resolves to. */
type Providers = ReadonlyMap<string, ApkPackage>;

function packageFiles(ctx: PosixCommandContext, p: ApkPackage, applets: string[]): string[] {
  if (p.files) return unpackDeb(ctx, { name: p.name, version: p.version, arch: "amd64", size: 0, installedKb: 0, depends: [], recommends: [], bins: [], files: p.files });
  const libs = p.provides.filter((n) => n.startsWith("so:")).map((n) => `/usr/lib/${n.slice(3)}`);
  const paths: string[] = [];
  if (p.bins.length === 0) {
    const targets = libs.length ? libs : [`/usr/lib/${p.name}.so`];
    writeFiles(ctx, targets.map((path) => ({ path, size: Math.floor(p.size / targets.length) })), `${p.name}-${p.version}\n`);
    return targets;
  }
  for (const b of p.bins) {
    const path = b.startsWith("sbin/") ? `/usr/${b}` : `/usr/bin/${b}`;
    const link = ctx.fs.lstat(path)?.type === "symlink" ? ctx.fs.readlink(path) : undefined;
    if (link !== undefined) {
      if (link.includes("busybox")) applets.push(path);
      ctx.fs.remove(path);
    }
    ensureParent(ctx, path);
    const body = p.needed.length ? formatElf({ kind: "exec", name: b.replace(/^sbin\//, ""), needed: p.needed, libc: "musl" }) : "\x7fELF";
    ctx.fs.writeFileWith(path, body, { mode: 0o755, size: Math.floor(p.size / p.bins.length) });
    paths.push(path);
  }
  return paths;
}

function summary(ctx: PosixCommandContext, db: Map<string, Installed>): void {
  const bytes = BASE_BYTES + [...db.keys()].reduce((s, n) => s + (db.get(n)?.version ? (APK_INDEX.get(n)?.size ?? 0) : 0), 0);
  ctx.out.out(`OK: ${Math.round(bytes / 1048576)} MiB in ${db.size} packages\n`);
}

/** The virtual package's version apk-tools gives `--virtual NAME`: the time of the install (app_add.c, `%Y%m%d.%H%M%S`). */
function virtualVersion(ctx: PosixCommandContext): string {
  const d = new Date(ctx.clock.now());
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}.${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/**
 * apk-tools 2.14 of Alpine 3.21: `add [--no-cache] [--update|-U] [-X URL]
 * [--virtual NAME] pkg[=ver]…` fetches the APKINDEX of each repository in
 * /etc/apk/repositories and then the -X ones (kept in /var/cache/apk unless
 * --no-cache; a repository whose index is not signed by a key in
 * /etc/apk/keys is UNTRUSTED and ignored), resolves names, p: and `so:`
 * provides, prints `(i/n) Installing name (version)` and `OK: N MiB in M
 * packages`, and records the world (/etc/apk/world): the names asked for, or
 * one virtual package depending on them. `del` drops world entries and
 * purges what nothing left in the world needs; the busybox trigger puts back
 * applet links a purged package had replaced. `info [-e] NAME…`,
 * `--print-arch`, `update`. An unknown name is "unable to select packages"
 * with exit 1. Needs root.
 * Simplification: every branch is served the v3.21 index; --no-network only
 * skips fetches.
 */
export function runApk(ctx: PosixCommandContext): number {
  const o = parseOptions(ctx.argv.slice(1));
  if (o.printArch) {
    ctx.out.out(`${(readOptional(ctx, "/etc/apk/arch") ?? "x86_64\n").trim()}\n`);
    return 0;
  }
  const command = o.rest.shift();
  if (ctx.user.uid !== 0 && command !== undefined && ["add", "del", "update", "upgrade"].includes(command)) {
    ctx.out.err("ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n");
    return 99;
  }
  const db = readDb(ctx);
  if (command === "info") return runInfo(ctx, o, db);
  if (command === "update" || command === "add") {
    const mirrors = (readOptional(ctx, "/etc/apk/repositories") ?? DEFAULT_REPOSITORIES).split("\n").map((l) => l.trim()).filter((l) => /^https?:\/\//.test(l));
    const cached = ctx.fs.stat("/var/cache/apk")?.type === "dir" && ctx.fs.readdir("/var/cache/apk").some((n) => n.startsWith("APKINDEX."));
    const fetch = command === "update" || ((o.noCache || o.update || !cached) && !o.noNetwork);
    const index = new Map(APK_INDEX);
    for (const url of [...mirrors, ...o.repositories]) {
      const uri = url.replace(/^https?:\/\//, "").replace(/\/+$/, "");
      const extra = APK_REPOSITORIES.find((r) => r.uri === uri);
      if (fetch || (extra && !o.noNetwork)) {
        ctx.out.out(`fetch ${url.replace(/\/+$/, "")}/x86_64/APKINDEX.tar.gz\n`);
        advanceDownload(ctx, extra?.indexSize ?? 1_300_000, 100);
        if (!o.noCache && !extra) writeFiles(ctx, [{ path: `/var/cache/apk/APKINDEX.${url.includes("/main") ? "4c7e2fa5" : "9a3b1d7e"}.tar.gz`, size: url.includes("/main") ? 2_600_000 : 2_100_000 }], "index\n");
      }
      if (mirrors.includes(url)) continue;
      if (!extra) ctx.out.err(`WARNING: fetching ${url}: No such file or directory\n`);
      else if (!o.untrusted && !ctx.fs.stat(`/etc/apk/keys/${extra.keyName}`)) ctx.out.err(`WARNING: updating and opening ${url}: UNTRUSTED signature\n`);
      else for (const p of parseApkRows(extra.rows, extra.files)) index.set(p.name, p);
    }
    if (command === "update") {
      ctx.out.out("v3.21.3-186-g8c9b1e1b0a5 [https://dl-cdn.alpinelinux.org/alpine/v3.21/main]\nv3.21.3-185-g0f0ed2d3b29 [https://dl-cdn.alpinelinux.org/alpine/v3.21/community]\nOK: 25406 distinct packages available\n");
      return 0;
    }
    return runAdd(ctx, o, db, indexProviders(index));
  }
  if (command === "del") return runDel(ctx, o, db);
  ctx.out.err(`apk-tools 2.14.6, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n`);
  return 1;
}

function readWorld(ctx: PosixCommandContext): string[] {
  return (readOptional(ctx, WORLD) ?? "").split("\n").filter(Boolean);
}

function runAdd(ctx: PosixCommandContext, o: Options, db: Map<string, Installed>, providers: Providers): number {
  const installedBy = (name: string): boolean => db.has(name) || [...db.entries()].some(([n]) => APK_INDEX.get(n)?.provides.includes(name));
  const missing: string[] = [];
  const order: ApkPackage[] = [];
  const visit = (spec: string): void => {
    const { name, version: pin } = splitPin(spec, "=");
    if (pin === undefined && installedBy(name)) return;
    const p = providers.get(name);
    if (!p || (pin !== undefined && pin !== p.version)) {
      missing.push(spec);
      return;
    }
    if (db.has(p.name) || order.includes(p)) return;
    order.push(p);
    for (const d of p.depends) visit(d);
    order.splice(order.indexOf(p), 1);
    order.push(p);
  };
  for (const spec of o.rest) visit(spec);
  if (missing.length > 0) {
    ctx.out.err(`ERROR: unable to select packages:\n${missing.map((m) => `  ${m} (no such package):\n    required by: world[${m}]\n`).join("")}`);
    return 1;
  }
  const total = order.length + (o.virtual ? 1 : 0);
  order.forEach((p, i) => {
    ctx.out.out(`(${i + 1}/${total}) Installing ${p.name} (${p.version})\n`);
    advanceDownload(ctx, Math.floor(p.size / 2.5), 10);
    const applets: string[] = [];
    packageFiles(ctx, p, applets);
    db.set(p.name, { version: p.version, depends: p.depends, applets });
  });
  if (o.virtual) {
    const version = virtualVersion(ctx);
    ctx.out.out(`(${total}/${total}) Installing ${o.virtual} (${version})\n`);
    db.set(o.virtual, { version, depends: [...o.rest], applets: [] });
  }
  const world = readWorld(ctx);
  for (const w of o.virtual ? [o.virtual] : o.rest) if (!world.includes(w)) world.push(w);
  ensureParent(ctx, WORLD);
  ctx.fs.writeFile(WORLD, world.sort().map((w) => `${w}\n`).join(""));
  if (order.length > 0) ctx.out.out(TRIGGER);
  if (order.some((p) => p.name === "ca-certificates")) ctx.out.out("Executing ca-certificates-20241121-r1.trigger\n");
  writeDb(ctx, db);
  summary(ctx, db);
  return 0;
}

function runDel(ctx: PosixCommandContext, o: Options, db: Map<string, Installed>): number {
  const world = readWorld(ctx).filter((w) => !o.rest.includes(splitPin(w, "=").name));
  for (const n of o.rest) if (!db.has(n) && !readWorld(ctx).includes(n)) ctx.out.err(`WARNING: '${n}' is not installed\n`);
  const providers = indexProviders(APK_INDEX);
  const keep = new Set<string>();
  const mark = (spec: string): void => {
    const name = splitPin(spec, "=").name;
    const target = db.has(name) ? name : providers.get(name)?.name;
    if (!target || keep.has(target)) return;
    keep.add(target);
    const own = db.get(target)?.depends ?? [];
    for (const d of own.length > 0 ? own : (providers.get(target)?.depends ?? [])) mark(d);
  };
  world.forEach(mark);
  const gone = [...db].filter(([n, e]) => !keep.has(n) && e.version !== undefined && (e.version === APK_INDEX.get(n)?.version || /^\d{8}\.\d{6}$/.test(e.version))).reverse();
  gone.forEach(([name, e], i) => {
    ctx.out.out(`(${i + 1}/${gone.length}) Purging ${name} (${e.version})\n`);
    const p = APK_INDEX.get(name);
    if (p) removeFiles(ctx, p.files ? p.files.map((f) => f.path) : p.bins.length ? p.bins.map((b) => (b.startsWith("sbin/") ? `/usr/${b}` : `/usr/bin/${b}`)) : [`/usr/lib/${name}.so`, ...p.provides.filter((n) => n.startsWith("so:")).map((n) => `/usr/lib/${n.slice(3)}`)]);
    db.delete(name);
  });
  if (gone.length > 0) {
    ctx.out.out(TRIGGER);
    for (const path of gone.flatMap(([, e]) => e.applets)) if (!ctx.fs.lstat(path)) ctx.fs.symlink("/bin/busybox", path);
  }
  ensureParent(ctx, WORLD);
  ctx.fs.writeFile(WORLD, world.map((w) => `${w}\n`).join(""));
  writeDb(ctx, db);
  summary(ctx, db);
  return 0;
}

/** `apk info` lists installed package names; `-e`/`--installed NAME…` prints the installed packages providing each NAME (app_info.c info_exists), status 1 if none. */
function runInfo(ctx: PosixCommandContext, o: Options, db: Map<string, Installed>): number {
  if (!o.installed || o.rest.length === 0) {
    ctx.out.out([...db.keys()].map((n) => `${n}\n`).join(""));
    return 0;
  }
  let found = 0;
  for (const spec of o.rest) {
    const name = splitPin(spec, "=").name;
    for (const [n] of db) {
      if (n === name || APK_INDEX.get(n)?.provides.includes(name)) {
        ctx.out.out(`${n}\n`);
        found++;
      }
    }
  }
  return found > 0 ? 0 : 1;
}
