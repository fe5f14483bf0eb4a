import type { PosixCommandContext } from "../commands/types";
import { OFFLINE_NETWORK } from "../commands/network";
import type { AptPackage } from "./apt-catalog";
import { APT_LISTS } from "./apt-state";
import { readOptional } from "./common";
import { APT_REPOSITORIES, type AptRepository } from "./repos";

/** One `deb` line of a one-line-style sources file (sources.list(5)): `deb [ options ] uri suite [component...]`. */
export interface AptSource {
  uri: string;
  suite: string;
  components: string[];
  /** The signed-by= keyring, when given. */
  signedBy?: string;
  /** trusted=yes: no signature check. */
  trusted: boolean;
}

/** The `deb` lines of /etc/apt/sources.list.d/*.list (in name order, as apt reads them). Simplification: deb822 .sources files are the base release's and are read by detectRelease. */
export function readExtraSources(ctx: PosixCommandContext): AptSource[] {
  const dir = "/etc/apt/sources.list.d";
  let names: string[];
  try {
    names = ctx.fs.stat(dir)?.type === "dir" ? ctx.fs.readdir(dir).filter((n) => n.endsWith(".list")).sort() : [];
  } catch {
    names = [];
  }
  const sources: AptSource[] = [];
  for (const name of names) {
    for (const raw of (readOptional(ctx, `${dir}/${name}`) ?? "").split("\n")) {
      const line = raw.replace(/#.*$/, "").trim();
      const m = /^deb\s+(?:\[([^\]]*)\]\s*)?(\S+)\s+(\S+)((?:\s+\S+)*)$/.exec(line);
      if (!m) continue;
      const options = (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
      const opt = (key: string): string | undefined => options.find((o) => o.startsWith(`${key}=`))?.slice(key.length + 1);
      const signedBy = opt("signed-by");
      sources.push({ uri: (m[2] as string).replace(/\/+$/, ""), suite: m[3] as string, components: (m[4] ?? "").trim().split(/\s+/).filter(Boolean), ...(signedBy ? { signedBy } : {}), trusted: opt("trusted") === "yes" });
    }
  }
  return sources;
}

/** apt's list file name for a URI path: scheme dropped, "/" → "_" (apt-pkg/acquire-item.cc URItoFileName). */
function listName(source: AptSource, rest: string): string {
  return `${source.uri.replace(/^[a-z]+:\/\//, "").replace(/\//g, "_")}_dists_${source.suite}_${rest}`;
}

function findRepository(source: AptSource): AptRepository | undefined {
  return APT_REPOSITORIES.find((r) => r.uri === source.uri.replace(/^https?:\/\//, "") && r.suite === source.suite);
}

/** What one source's update fetched: the Get:/Err: lines' parts, and the warnings/errors apt prints at the end. */
export interface SourceUpdate {
  gets: { label: string; size: number; list: string }[];
  errs: string[];
  warnings: string[];
  errors: string[];
}

/**
 * `apt-get update` for one extra source: fetches `dists/SUITE/InRelease`
 * from the simulated internet, checks its signature against the signed-by
 * keyring (apt-secure(8): NO_PUBKEY, "is not signed"), then one Packages
 * index per component (acquire-item.cc). An unknown host is apt's "Could not
 * resolve" warning; a suite the server lacks is its 404 "does not have a
 * Release file" error.
 */
export function updateSource(ctx: PosixCommandContext, source: AptSource): SourceUpdate {
  const result: SourceUpdate = { gets: [], errs: [], warnings: [], errors: [] };
  const label = `${source.uri} ${source.suite} InRelease`;
  const host = source.uri.replace(/^[a-z]+:\/\//, "").replace(/[/:].*$/, "");
  const response = (ctx.network ?? OFFLINE_NETWORK).request(`${source.uri}/dists/${source.suite}/InRelease`, "GET", {});
  if (response.kind !== "response") {
    result.errs.push(`${label}\n  Could not resolve '${host}'`);
    result.warnings.push(`W: Failed to fetch ${source.uri}/dists/${source.suite}/InRelease  Could not resolve '${host}'\n`, "W: Some index files failed to download. They have been ignored, or old ones used instead.\n");
    return result;
  }
  const repo = findRepository(source);
  if (response.status !== 200 || !repo) {
    result.errs.push(`${label}\n  404  Not Found [IP: ${response.address ?? "0.0.0.0"} ${source.uri.startsWith("https") ? 443 : 80}]`);
    result.errors.push(`E: The repository '${source.uri} ${source.suite} Release' does not have a Release file.\n`);
    return result;
  }
  result.gets.push({ label, size: repo.inReleaseSize, list: listName(source, "InRelease") });
  const keyring = source.signedBy ? readOptional(ctx, source.signedBy) : undefined;
  if (!source.trusted && !(keyring ?? "").includes(repo.key)) {
    const why = `The following signatures couldn't be verified because the public key is not available: NO_PUBKEY ${repo.key.slice(-16)}`;
    result.gets.pop();
    result.errs.push(`${label}\n  ${why}`);
    result.warnings.push(`W: GPG error: ${label}: ${why}\n`);
    result.errors.push(`E: The repository '${label}' is not signed.\n`);
    return result;
  }
  for (const component of source.components) {
    const index = repo.components[component];
    if (index) result.gets.push({ label: `${source.uri} ${source.suite}/${component} amd64 Packages`, size: index.size, list: listName(source, `${component}_binary-amd64_Packages`) });
  }
  return result;
}

/** The packages the extra sources offer, for those whose Packages index `apt-get update` stored in /var/lib/apt/lists. */
export function readSourcePackages(ctx: PosixCommandContext): AptPackage[] {
  const out: AptPackage[] = [];
  for (const source of readExtraSources(ctx)) {
    const repo = findRepository(source);
    if (!repo) continue;
    for (const component of source.components) {
      const index = repo.components[component];
      if (!index || !ctx.fs.stat(`${APT_LISTS}/${listName(source, `${component}_binary-amd64_Packages`)}`)) continue;
      for (const p of index.packages) out.push({ ...p, pool: `${source.uri} ${source.suite}/${component}` });
    }
  }
  return out;
}

/** The archive apt installs from: the release's packages, overridden by the extra sources' (their versions are newer, which apt's candidate policy prefers). */
export function mergeArchive(base: ReadonlyMap<string, AptPackage>, extra: readonly AptPackage[]): ReadonlyMap<string, AptPackage> {
  if (extra.length === 0) return base;
  const map = new Map(base);
  for (const p of extra) map.set(p.name, p);
  return map;
}
