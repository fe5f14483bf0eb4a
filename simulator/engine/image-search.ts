import { SEARCH_ENTRIES, type SearchEntry } from "../image/search-data";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { readBoolFilter, validateFilterKeys, type FilterArgs } from "./prune-filters";

/** Docker Hub's default page size for a search (moby/moby: registry/config.go DefaultSearchLimit). */
export const DEFAULT_SEARCH_LIMIT = 25;

/**
 * Hub's answer for a term: repositories whose name contains it, the exact
 * name first, then official images, then by stars. Simplification: Hub
 * ranks by its own relevance score; this order is close to what it shows.
 * Pushed Docker Hub repositories are found too (no description, no stars).
 */
function searchHub(engine: Engine, term: string): SearchEntry[] {
  const needle = term.toLowerCase();
  const pushed = Object.keys(engine.state.registries.repositories)
    .filter((key) => key.startsWith("docker.io/"))
    .map((key): SearchEntry => ({ name: key.slice("docker.io/".length).replace(/^library\//, ""), description: "", stars: 0, official: false }));
  const all = [...SEARCH_ENTRIES, ...pushed.filter((p) => !SEARCH_ENTRIES.some((e) => e.name === p.name))];
  const rank = (e: SearchEntry): number => (e.name === needle ? 0 : e.official ? 1 : 2);
  return all.filter((e) => e.name.includes(needle)).sort((a, b) => rank(a) - rank(b) || b.stars - a.stars || (a.name < b.name ? -1 : 1));
}

/**
 * ImageSearch (moby/moby: registry/search.go Service.Search): validates the
 * filters (is-automated, is-official, stars), the limit (1–100, 25 when not
 * given), asks the index, then filters: `is-automated=true` yields nothing
 * (Hub dropped automated builds), `is-official` must match, `stars` is a
 * minimum. A term naming another registry goes to that registry's v1 search,
 * which the simulated network cannot reach.
 */
export function searchImages(engine: Engine, term: string, options: { limit: number; filters: FilterArgs }): EngineResult<SearchEntry[]> {
  const { filters } = options;
  const valid = validateFilterKeys(filters, ["is-automated", "is-official", "stars"]);
  if (!valid.ok) return valid;
  const automated = readBoolFilter(filters, "is-automated");
  if (!automated.ok) return automated;
  const isOfficial = readBoolFilter(filters, "is-official");
  if (!isOfficial.ok) return isOfficial;
  let minStars = 0;
  for (const value of filters["stars"] ?? []) {
    if (!/^[+-]?\d+$/.test(value)) {
      return { ok: false, error: engineError("invalid", `invalid filter 'stars=${value}': strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`, 1) };
    }
    minStars = Math.max(minStars, Number(value));
  }
  const limit = options.limit > 0 ? options.limit : DEFAULT_SEARCH_LIMIT;
  if (limit < 1 || limit > 100) return { ok: false, error: engineError("invalid", `limit ${limit} is outside the range of [1, 100]`, 1) };
  const slash = term.indexOf("/");
  const first = slash >= 0 ? term.slice(0, slash) : "";
  if (first.includes(".") || first.includes(":") || first === "localhost") {
    if (first !== "docker.io" && first !== "index.docker.io") {
      return { ok: false, error: engineError("invalid", `Get "https://${first}/v1/_ping": dial tcp: lookup ${first}: no such host`, 1) };
    }
    term = term.slice(slash + 1);
  }
  if (automated.value === true) return { ok: true, value: [] };
  const results = searchHub(engine, term)
    .slice(0, limit)
    .filter((e) => (isOfficial.value === undefined || e.official === isOfficial.value) && e.stars >= minStars);
  return { ok: true, value: results };
}
