import type { BuildCacheEntry } from "../build/cache";
import { calculateSha256Hex } from "../core/sha256";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { removeUnusedLayers } from "./image-layers";
import { parseGoDuration, type FilterArgs } from "./prune-filters";

/**
 * A cache record's ID as BuildKit shows it: 25 characters of [a-z0-9]
 * (moby/buildkit: identity.NewID, base36 of 128 random bits). Derived from
 * the cache key so it is stable. Simplification: not BuildKit's own ID.
 */
export function calculateCacheRecordId(entry: BuildCacheEntry): string {
  const hex = calculateSha256Hex(`buildkit-record:${entry.key}`);
  let value = BigInt(`0x${hex.slice(0, 32)}`);
  let id = "";
  for (let i = 0; i < 25; i++) {
    id += "0123456789abcdefghijklmnopqrstuvwxyz"[Number(value % 36n)];
    value /= 36n;
  }
  return id;
}

/** What a prune removed, in the order BuildKit reported it. */
export interface BuildCachePruneReport {
  removed: BuildCacheEntry[];
}

/**
 * The build cache records a prune would consider, as BuildKit's cache
 * manager filters them (moby/buildkit: cache/manager.go prune): without
 * `--all` internal and frontend records are kept; `until` / `unused-for`
 * keeps records used more recently than that (docker/buildx:
 * commands/prune.go toBuildkitPruneInfo); `type=` and `id=` match the
 * record's type and ID (prefix, `id~=`). No record is in use between builds.
 */
export function pruneBuildCache(engine: Engine, options: { all: boolean; filters: FilterArgs }): EngineResult<BuildCachePruneReport> {
  const { filters } = options;
  if (filters["until"] && filters["unused-for"]) return { ok: false, error: engineError("invalid", `conflicting filters "until" and "unused-for"`, 1) };
  const untilKey = filters["unused-for"] ? "unused-for" : "until";
  let keepMs: number | undefined;
  for (const [key, values] of Object.entries(filters)) {
    if (values.length > 1) return { ok: false, error: engineError("invalid", "filters expect only one value", 1) };
    if (key !== untilKey) continue;
    const parsed = parseGoDuration(values[0] as string);
    if (!parsed.ok) return { ok: false, error: engineError("invalid", `"${untilKey}" filter expects a duration (e.g., '24h'): ${parsed.error}`, 1) };
    keepMs = parsed.ms;
  }
  const now = engine.clock.now();
  const matches = (entry: BuildCacheEntry): boolean =>
    Object.entries(filters).every(([key, [value = ""]]) => {
      if (key === untilKey) return true;
      if (key === "id") return calculateCacheRecordId(entry).startsWith(value);
      if (key === "type") return entry.type === value;
      if (key === "description") return entry.description === value;
      return false;
    });
  const entries = Object.values(engine.state.buildCache.entries)
    .filter((e) => options.all || e.type === "regular" || e.type === "source.local")
    .filter((e) => keepMs === undefined || now - e.lastUsedAt > keepMs)
    .filter(matches)
    .sort((a, b) => a.lastUsedAt - b.lastUsedAt || (a.key < b.key ? -1 : 1));
  const layers: string[] = [];
  for (const entry of entries) {
    delete engine.state.buildCache.entries[entry.key];
    if (entry.layer) layers.push(entry.layer.digest);
  }
  removeUnusedLayers(engine.state, layers);
  return { ok: true, value: { removed: entries } };
}
