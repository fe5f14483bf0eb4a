/**
 * Files the simulated internet serves to build containers: release binaries,
 * source tarballs, signatures and OpenPGP keys that official-image
 * Dockerfiles fetch with wget/curl and check with sha256sum and gpg.
 *
 * A served file is a short stand-in body whose declared size and digests are
 * the real file's (published on the project's release page and pinned in the
 * Dockerfiles that fetch it), so `sha256sum -c` verifies it exactly as it
 * verifies the real bytes. A detached signature's stand-in names the key that
 * made it and the file it signs; gpg verifies it against that file.
 */

import { REDIS_DOWNLOADS } from "./downloads/redis";
import { RUST_DOWNLOADS } from "./downloads/rust";
import { NODE_DOWNLOADS, NODE_KEYS } from "./downloads/node";
import { PYTHON_DOWNLOADS, PYTHON_KEYS } from "./downloads/python";
import { RUBY_DOWNLOADS } from "./downloads/ruby";
import { PHP_DOWNLOADS, PHP_KEYS } from "./downloads/php";
import { REPOSITORY_DOWNLOADS } from "./repos";
import { NGINX_ALPINE_DOWNLOADS } from "./repos/nginx-alpine";
import { REPOSITORY_KEYS } from "./repos/keys";
import type { SourceDistribution } from "./downloads/source";

/** Files of per-project modules (downloads/*.ts): source tarballs with their trees, installers. */
const PROJECT_DOWNLOADS: readonly Download[] = [
  ...REDIS_DOWNLOADS,
  ...RUST_DOWNLOADS,
  ...REPOSITORY_DOWNLOADS,
  ...NODE_DOWNLOADS,
  ...PYTHON_DOWNLOADS,
  ...RUBY_DOWNLOADS,
  ...PHP_DOWNLOADS,
  ...NGINX_ALPINE_DOWNLOADS,
];

/** One file on a web server. */
export interface Download {
  /** Host and path, without scheme ("github.com/tianon/gosu/releases/download/1.17/gosu-amd64"). */
  location: string;
  /** Content-Length of the real file. */
  size: number;
  /** Real sha256 (lower-case hex), where published. */
  sha256?: string;
  /** Real sha512, where published. */
  sha512?: string;
  /** The body served: the real text for small text files, else a stand-in. */
  body: string;
  /** For a program: the name and version it reports (`gosu --version`). */
  program?: { name: string; version: string };
  /** For a detached signature: the key's fingerprint and the signed file's location. */
  signature?: { key: string; signs: string; made: string };
  /** For a release tarball: the tree tar unpacks and the programs its build makes. */
  source?: SourceDistribution;
}

/** An OpenPGP public key a keyserver serves (fingerprint upper-case hex, primary user ID, creation date, algorithm). */
export interface PgpKey {
  fingerprint: string;
  uid: string;
  created: string;
  algo: string;
}

// Keys from keys.openpgp.org / keyserver.ubuntu.com, as `gpg --list-keys` shows them.
const KEYS: readonly PgpKey[] = [
  { fingerprint: "B42F6819007F00F88E364FD4036A9C25BF357DD4", uid: "Tianon Gravi <tianon@tianon.xyz>", created: "2014-06-30", algo: "rsa4096" },
  { fingerprint: "B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8", uid: "PostgreSQL Debian Repository", created: "2011-10-13", algo: "rsa4096" },
  ...REPOSITORY_KEYS,
  ...NODE_KEYS,
  ...PYTHON_KEYS,
  ...PHP_KEYS,
];

/** Keys by fingerprint. */
export const PGP_KEYS: ReadonlyMap<string, PgpKey> = new Map(KEYS.map((k) => [k.fingerprint, k]));

/** The body of a stand-in file: what it stands for and its real size. */
function standIn(location: string, size: number): string {
  return `\x7fELF stand-in for https://${location} (${size} bytes)\n`;
}

// location|size|sha256|program name=version. Digests are the published ones the Dockerfiles pin (gosu's SHA256SUMS, redis' releases
// hashes); Simplification: sizes approximate the release assets.
const FILES: readonly string[] = [
  "github.com/tianon/gosu/releases/download/1.17/gosu-amd64|2269184|bbc4136d03ab138b1ad66fa4fc051bafc6cc7ffae632b069a53657279a450de3|gosu=1.17",
  "github.com/tianon/gosu/releases/download/1.17/gosu-arm64|2228224|c3805a85d17f4454c23d7059bcb97e1ec1af272b90126e79ed002342de08389b|gosu=1.17",
  "github.com/tianon/gosu/releases/download/1.19/gosu-amd64|2396312||gosu=1.19",
  "github.com/tianon/gosu/releases/download/1.19/gosu-arm64|2359296||gosu=1.19",
];

// signature location|signing key|signed location|date made (gpg's "Signature made", UTC; Simplification: the release day, time approximate)
const SIGNATURES: readonly string[] = [
  "github.com/tianon/gosu/releases/download/1.17/gosu-amd64.asc|B42F6819007F00F88E364FD4036A9C25BF357DD4|github.com/tianon/gosu/releases/download/1.17/gosu-amd64|Mon Oct 30 19:32:43 2023",
  "github.com/tianon/gosu/releases/download/1.17/gosu-arm64.asc|B42F6819007F00F88E364FD4036A9C25BF357DD4|github.com/tianon/gosu/releases/download/1.17/gosu-arm64|Mon Oct 30 19:32:43 2023",
  "github.com/tianon/gosu/releases/download/1.19/gosu-amd64.asc|B42F6819007F00F88E364FD4036A9C25BF357DD4|github.com/tianon/gosu/releases/download/1.19/gosu-amd64|Tue Sep 16 20:05:11 2025",
  "github.com/tianon/gosu/releases/download/1.19/gosu-arm64.asc|B42F6819007F00F88E364FD4036A9C25BF357DD4|github.com/tianon/gosu/releases/download/1.19/gosu-arm64|Tue Sep 16 20:05:11 2025",
];

function build(): Map<string, Download> {
  const map = new Map<string, Download>();
  for (const row of FILES) {
    const [location = "", size = "0", sha256 = "", program = ""] = row.split("|");
    const [name, version] = program.split("=");
    map.set(location, { location, size: Number(size), body: standIn(location, Number(size)), ...(sha256 ? { sha256 } : {}), ...(name && version ? { program: { name, version } } : {}) });
  }
  for (const row of SIGNATURES) {
    const [location = "", key = "", signs = "", made = ""] = row.split("|");
    const body = `-----BEGIN PGP SIGNATURE-----\n\nstand-in: signature by ${key} over https://${signs}\n-----END PGP SIGNATURE-----\n`;
    map.set(location, { location, size: 833, body, signature: { key, signs, made } });
  }
  for (const d of PROJECT_DOWNLOADS) map.set(d.location, d);
  return map;
}

/** Every served file by location (host + path). */
export const DOWNLOADS: ReadonlyMap<string, Download> = build();

/** The hosts that serve something (others do not resolve). */
export const DOWNLOAD_HOSTS: ReadonlySet<string> = new Set([...DOWNLOADS.keys()].map((l) => l.slice(0, l.indexOf("/"))));

const BY_BODY: ReadonlyMap<string, Download> = new Map([...DOWNLOADS.values()].map((d) => [d.body, d]));

/** The served file whose body `content` is, unchanged (a file edited after download is no longer one). */
export function findDownloadByBody(content: string): Download | undefined {
  return BY_BODY.get(content);
}

/** The declared digest ("SHA256", "SHA512") of a downloaded stand-in, the real file's; undefined for any other content. */
export function getDeclaredDigest(content: string, tag: string): string | undefined {
  const d = BY_BODY.get(content);
  return tag === "SHA256" ? d?.sha256 : tag === "SHA512" ? d?.sha512 : undefined;
}

const SOURCES: ReadonlyMap<string, SourceDistribution> = new Map([...DOWNLOADS.values()].flatMap((d) => (d.source ? [[d.source.root, d.source] as const] : [])));

/** The source distribution whose top directory is `root` ("redis-7.2.5"). */
export function getSourceDistribution(root: string): SourceDistribution | undefined {
  return SOURCES.get(root);
}

/** Every name a catalog source distribution's build installs a program under (for the command table). */
export function listBuiltProgramNames(): string[] {
  return [...new Set([...SOURCES.values()].flatMap((d) => [...Object.keys(d.programs), ...(d.commands ?? [])]))];
}
