import type { PosixCommandContext } from "../commands/types";
import { advanceDownload, ensureParent, readOptional, removeFiles, splitPin, writeFiles, type InstalledFile } from "./common";

/** An Alpine package: version, installed size, dependencies and executables (v3.21 main/community, x86_64). */
export interface ApkPackage {
  name: string;
  version: string;
  /** Installed size in bytes (APKINDEX "I:"). */
  size: number;
  depends: string[];
  bins: string[];
}

// name version installedBytes depends bins — Alpine v3.21 (Feb 2025). Base packages of alpine:3.21 (musl, busybox, libcrypto3, libssl3, zlib, ca-certificates-bundle) are left out of the dependency lists.
const ROWS: readonly string[] = [
  "ca-certificates|20241121-r1|700000||update-ca-certificates",
  "brotli-libs|1.1.0-r2|750000||", "c-ares|1.34.5-r0|240000||", "libunistring|1.2-r0|1700000||", "libidn2|2.3.7-r0|140000|libunistring|",
  "nghttp2-libs|1.64.0-r0|170000||", "libpsl|0.21.5-r3|90000|libidn2|", "zstd-libs|1.5.6-r2|700000||",
  "libcurl|8.12.1-r1|560000|brotli-libs c-ares libidn2 libpsl nghttp2-libs zstd-libs|", "curl|8.12.1-r1|260000|ca-certificates libcurl|curl",
  "pcre2|10.43-r0|700000||", "wget|1.25.0-r0|500000|libidn2 pcre2|wget", "bash|5.2.37-r0|1300000|readline|bash", "readline|8.2.13-r0|300000|ncurses-terminfo-base|",
  "ncurses-terminfo-base|6.5_p20241006-r3|50000||", "git|2.47.2-r0|13500000|libcurl libexpat pcre2|git", "libexpat|2.7.0-r0|200000||",
  "build-base|0.5-r3|4096|binutils file gcc g++ make libc-dev fortify-headers patch|", "binutils|2.43.1-r2|10200000||ld as ar strip", "file|5.46-r2|9000000||file",
  "gcc|14.2.0-r4|130000000|binutils musl-dev|gcc cc", "g++|14.2.0-r4|40000000|gcc|g++ c++", "make|4.4.1-r2|280000||make", "libc-dev|0.7.2-r6|4096|musl-dev|",
  "musl-dev|1.2.5-r9|9900000||", "fortify-headers|1.1-r5|60000||", "patch|2.7.6-r10|120000||patch",
  "python3|3.12.9-r0|47000000|libffi sqlite-libs|python3 python3.12", "libffi|3.4.6-r0|50000||", "sqlite-libs|3.48.0-r1|1600000||",
  "py3-pip|24.3.1-r0|9500000|python3|pip pip3", "nodejs|22.13.1-r0|46000000|icu-libs|node", "icu-libs|74.2-r0|36000000||", "npm|10.9.1-r0|9000000|nodejs|npm npx",
  "tini|0.19.0-r3|30000||tini", "openssl|3.3.3-r0|800000||openssl", "postgresql17-client|17.4-r0|3200000|libpq|psql pg_dump", "libpq|17.4-r0|400000||",
  "jq|1.7.1-r0|300000|oniguruma|jq", "oniguruma|6.9.9-r0|600000||", "tzdata|2025a-r0|1400000||", "shadow|4.16.0-r1|3000000||useradd groupadd usermod",
];

/** The v3.21 main + community index by name; `postgresql-client` is the virtual name apk resolves to postgresql17-client. */
export const APK_INDEX: ReadonlyMap<string, ApkPackage> = new Map(
  ROWS.map((row) => {
    const [name = "", version = "", size = "0", deps = "", bins = ""] = row.split("|");
    return [name, { name, version, size: Number(size), depends: deps.split(" ").filter(Boolean), bins: bins.split(" ").filter(Boolean) }];
  }),
);
const PROVIDES: Record<string, string> = { "postgresql-client": "postgresql17-client" };
const MIRRORS = ["main", "community"].map((repo) => `https://dl-cdn.alpinelinux.org/alpine/v3.21/${repo}/x86_64/APKINDEX.tar.gz`);
const DB = "/lib/apk/db/installed";
/** alpine:3.21's own footprint: apk reports it in "OK: N MiB in M packages". */
const BASE_BYTES = 7_800_000;

function readDb(ctx: PosixCommandContext): Map<string, string> {
  const map = new Map<string, string>();
  for (const stanza of (readOptional(ctx, DB) ?? "").split(/\n\n+/)) {
    const name = /^P:(.+)$/m.exec(stanza)?.[1];
    if (name) map.set(name, /^V:(.+)$/m.exec(stanza)?.[1] ?? "");
  }
  return map;
}

function apkFiles(p: ApkPackage): InstalledFile[] {
  if (p.bins.length === 0) return [{ path: `/usr/lib/${p.name}.so`, size: p.size }];
  return p.bins.map((b) => ({ path: `/usr/bin/${b}`, size: Math.floor(p.size / p.bins.length), mode: 0o755 }));
}

function finish(ctx: PosixCommandContext, db: Map<string, string>): void {
  ensureParent(ctx, DB);
  ctx.fs.writeFile(DB, [...db].map(([p, v]) => `P:${p}\nV:${v}\n`).join("\n"));
  const bytes = BASE_BYTES + [...db.keys()].reduce((s, n) => s + (APK_INDEX.get(n)?.size ?? 0), 0);
  ctx.out.out(`OK: ${Math.round(bytes / 1048576)} MiB in ${db.size} packages\n`);
}

/**
 * apk-tools 2.14 of Alpine 3.21: `add [--no-cache] [--update|-U] pkg[=ver]…`
 * fetches the APKINDEX of main and community (kept in /var/cache/apk unless
 * --no-cache), prints `(i/n) Installing name (version)` and `OK: N MiB in M
 * packages`; an unknown name is "unable to select packages" with exit 1.
 * `update` refreshes the indexes, `del` purges packages. Needs root.
 */
export function runApk(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  const noCache = args.includes("--no-cache");
  const rest = args.filter((a) => !a.startsWith("-"));
  const command = rest.shift();
  if (ctx.user.uid !== 0 && command !== undefined && ["add", "del", "update", "upgrade"].includes(command)) {
    ctx.out.err("ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n");
    return 99;
  }
  const fetchIndexes = (): void => {
    for (const url of MIRRORS) {
      ctx.out.out(`fetch ${url}\n`);
      advanceDownload(ctx, 1_300_000, 100);
      if (!noCache) writeFiles(ctx, [{ path: `/var/cache/apk/APKINDEX.${url.includes("/main/") ? "4c7e2fa5" : "9a3b1d7e"}.tar.gz`, size: url.includes("/main/") ? 2_600_000 : 2_100_000 }], "index\n");
    }
  };
  const cached = (): boolean => ctx.fs.stat("/var/cache/apk")?.type === "dir" && ctx.fs.readdir("/var/cache/apk").some((n) => n.startsWith("APKINDEX."));
  const db = readDb(ctx);
  if (command === "update") {
    fetchIndexes();
    ctx.out.out("v3.21.3-186-g8c9b1e1b0a5 [https://dl-cdn.alpinelinux.org/alpine/v3.21/main]\nv3.21.3-185-g0f0ed2d3b29 [https://dl-cdn.alpinelinux.org/alpine/v3.21/community]\nOK: 25406 distinct packages available\n");
    return 0;
  }
  if (command === "add") {
    if (noCache || args.includes("--update") || args.includes("-U") || !cached()) fetchIndexes();
    const missing: string[] = [];
    const order: ApkPackage[] = [];
    const visit = (name: string, pin: string | undefined): void => {
      const p = APK_INDEX.get(PROVIDES[name] ?? name);
      if (!p || (pin !== undefined && pin !== p.version)) {
        missing.push(pin === undefined ? name : `${name}=${pin}`);
        return;
      }
      if (db.has(p.name) || order.includes(p)) return;
      for (const d of p.depends) visit(d, undefined);
      order.push(p);
    };
    for (const spec of rest) {
      const { name, version } = splitPin(spec, "=");
      visit(name, version);
    }
    if (missing.length > 0) {
      ctx.out.err(`ERROR: unable to select packages:\n${missing.map((m) => `  ${m} (no such package):\n    required by: world[${m}]\n`).join("")}`);
      return 1;
    }
    order.forEach((p, i) => {
      ctx.out.out(`(${i + 1}/${order.length}) Installing ${p.name} (${p.version})\n`);
      advanceDownload(ctx, Math.floor(p.size / 2.5), 10);
      writeFiles(ctx, apkFiles(p), `${p.name}-${p.version}\n`);
      db.set(p.name, p.version);
    });
    if (order.length > 0) ctx.out.out("Executing busybox-1.37.0-r12.trigger\n");
    if (order.some((p) => p.name === "ca-certificates")) ctx.out.out("Executing ca-certificates-20241121-r1.trigger\n");
    finish(ctx, db);
    return 0;
  }
  if (command === "del") {
    const gone = rest.map((n) => APK_INDEX.get(n)).filter((p): p is ApkPackage => p !== undefined && db.has(p.name));
    gone.forEach((p, i) => {
      ctx.out.out(`(${i + 1}/${gone.length}) Purging ${p.name} (${p.version})\n`);
      removeFiles(ctx, apkFiles(p).map((f) => f.path));
      db.delete(p.name);
    });
    finish(ctx, db);
    return 0;
  }
  ctx.out.err(`apk-tools 2.14.6, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n`);
  return 1;
}
