import type { PackageFile } from "./apt-catalog";
import { ALPINE_BUILD_ROWS } from "./repos/alpine-build";
import { NGINX_ALPINE, type ApkRepository } from "./repos/nginx-alpine";
import { parsePackageFile } from "./repos/rows";

/** An Alpine package as its APKINDEX entry describes it (v3.21 main/community, x86_64, or a third-party repository). */
export interface ApkPackage {
  name: string;
  version: string;
  /** Installed size in bytes (APKINDEX "I:"). */
  size: number;
  /** D: dependencies (names, `so:` sonames). */
  depends: string[];
  /** Executables it puts in /usr/bin (/usr/sbin when prefixed "sbin/"). */
  bins: string[];
  /** p: names it provides besides its own (`so:libssl.so.3`). */
  provides: string[];
  /** DT_NEEDED sonames of its executables, as scanelf reads them. */
  needed: string[];
  /** Its files, where they matter to later steps; else derived from `bins`. */
  files?: readonly PackageFile[];
}

// name version installedBytes depends bins — Alpine v3.21 (Feb 2025). Base packages of alpine:3.21 (musl, busybox, libcrypto3, libssl3, zlib, ca-certificates-bundle) are left out of the dependency lists.
const ROWS: readonly string[] = [
  "ca-certificates|20241121-r1|700000||update-ca-certificates",
  "brotli-libs|1.1.0-r2|750000||", "c-ares|1.34.5-r0|240000||", "libunistring|1.2-r0|1700000||", "libidn2|2.3.7-r0|140000|libunistring|",
  "nghttp2-libs|1.64.0-r0|170000||", "libpsl|0.21.5-r3|90000|libidn2|", "zstd-libs|1.5.6-r2|700000||",
  "libcurl|8.12.1-r1|560000|brotli-libs c-ares libidn2 libpsl nghttp2-libs zstd-libs|", "curl|8.12.1-r1|260000|ca-certificates libcurl|curl",
  "pcre2|10.43-r0|700000|||so:libpcre2-8.so.0", "wget|1.25.0-r0|500000|libidn2 pcre2|wget", "bash|5.2.37-r0|1300000|readline|bash", "readline|8.2.13-r0|300000|ncurses-terminfo-base|",
  "ncurses-terminfo-base|6.5_p20241006-r3|50000||", "git|2.47.2-r0|13500000|libcurl libexpat pcre2|git", "libexpat|2.7.0-r0|200000||",
  "build-base|0.5-r3|4096|binutils file gcc g++ make libc-dev fortify-headers patch|", "binutils|2.43.1-r2|10200000|jansson zstd-libs|ld as ar strip", "file|5.46-r2|9000000||file",
  "gcc|14.2.0-r4|130000000|binutils gmp isl26 libatomic libgcc libgomp libstdc++ mpc1 mpfr4|gcc cc", "g++|14.2.0-r4|40000000|gcc|g++ c++", "make|4.4.1-r2|280000||make", "libc-dev|0.7.2-r6|4096|musl-dev|",
  "musl-dev|1.2.5-r9|9900000||", "fortify-headers|1.1-r5|60000||", "patch|2.7.6-r10|120000||patch",
  "python3|3.12.9-r0|47000000|libffi sqlite-libs|python3 python3.12", "libffi|3.4.6-r0|50000|||so:libffi.so.8", "sqlite-libs|3.48.0-r1|1600000|||so:libsqlite3.so.0",
  "py3-pip|24.3.1-r0|9500000|python3|pip pip3", "nodejs|22.13.1-r0|46000000|icu-libs|node", "icu-libs|74.2-r0|36000000||", "npm|10.9.1-r0|9000000|nodejs|npm npx",
  "tini|0.19.0-r3|30000||tini", "openssl|3.3.3-r0|800000||openssl", "postgresql17-client|17.4-r0|3200000|libpq|psql pg_dump|postgresql-client", "libpq|17.4-r0|400000||",
  "jq|1.7.1-r0|300000|oniguruma|jq", "oniguruma|6.9.9-r0|600000||", "tzdata|2025a-r0|1400000||", "shadow|4.16.0-r1|3000000||useradd groupadd usermod",
  ...ALPINE_BUILD_ROWS,
];

/** Packages from rows `name|version|installedBytes|depends|bins|provides|needed`, with files by name. */
export function parseApkRows(rows: readonly string[], files: Readonly<Record<string, readonly string[]>> = {}): ApkPackage[] {
  const words = (s: string | undefined): string[] => (s ?? "").split(" ").filter(Boolean);
  return rows.map((row) => {
    const [name = "", version = "", size = "0", deps, bins, provides, needed] = row.split("|");
    const list = files[name]?.map(parsePackageFile);
    return { name, version, size: Number(size), depends: words(deps), bins: words(bins), provides: words(provides), needed: words(needed), ...(list ? { files: list } : {}) };
  });
}

/** The v3.21 main + community index by name. */
export const APK_INDEX: ReadonlyMap<string, ApkPackage> = new Map(parseApkRows(ROWS).map((p) => [p.name, p]));

/** Third-party repositories the simulated internet serves (`apk add -X https://…`). */
export const APK_REPOSITORIES: readonly ApkRepository[] = [NGINX_ALPINE];

/** Every name a package of `index` provides (its own, its p: names), mapped to the package. */
export function indexProviders(index: ReadonlyMap<string, ApkPackage>): Map<string, ApkPackage> {
  const map = new Map<string, ApkPackage>();
  for (const p of index.values()) for (const n of [p.name, ...p.provides]) if (!map.has(n)) map.set(n, p);
  return map;
}
