/**
 * The engine's image catalog, seen from the editor: the names a learner
 * writes after FROM, their tags, and the concrete tag a floating one
 * (`latest`, `3`) points at today.
 */
import type { CatalogRepository } from "@/simulator";

/** An image reference as written after FROM, resolved to registry coordinates. */
export interface ImageRef {
  /** The repository part as written (`alpine`, `docker.io/library/alpine`). */
  name: string;
  tag?: string;
  digest?: string;
  domain: string;
  path: string;
}

/** Reads `name[:tag][@digest]`; undefined when it holds a variable or is not a plausible reference. */
export function parseImageRef(text: string): ImageRef | undefined {
  if (text === "" || /[$\s]/.test(text)) return undefined;
  const at = text.indexOf("@");
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  const withTag = at >= 0 ? text.slice(0, at) : text;
  const colon = withTag.lastIndexOf(":");
  const slash = withTag.lastIndexOf("/");
  const hasTag = colon > slash;
  const name = hasTag ? withTag.slice(0, colon) : withTag;
  const tag = hasTag ? withTag.slice(colon + 1) : undefined;
  if (name === "" || !/^[a-z0-9._\-/:]+$/.test(name)) return undefined;
  const parts = name.split("/");
  const first = parts[0] ?? "";
  const hasDomain = parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  let domain = hasDomain ? first : "docker.io";
  if (domain === "index.docker.io") domain = "docker.io";
  const rest = hasDomain ? parts.slice(1).join("/") : name;
  const path = domain === "docker.io" && !rest.includes("/") ? `library/${rest}` : rest;
  return { name, tag, digest, domain, path };
}

/** How learners write a repository: `alpine` for official images, `user/app` on Docker Hub, `host/path` elsewhere. */
export function shortName(repo: CatalogRepository): string {
  if (repo.domain !== "docker.io") return `${repo.domain}/${repo.path}`;
  return repo.path.startsWith("library/") ? repo.path.slice("library/".length) : repo.path;
}

export function findRepository(catalog: readonly CatalogRepository[], ref: ImageRef): CatalogRepository | undefined {
  return catalog.find((r) => r.domain === ref.domain && r.path === ref.path);
}

/** How specific a tag is: 3.21.3 beats 3.21 beats 3 beats words; `latest` comes last. */
function specificity(tag: string): number {
  if (tag === "latest") return -1;
  const version = /^v?\d+(\.\d+)*/.exec(tag);
  return version ? 10 + version[0].split(".").length : 0;
}

/** The repository's tags, most specific first and `latest` last. */
export function tagsBySpecificity(repo: CatalogRepository): string[] {
  // Within the same specificity, newest versions first (numeric-aware, descending): 3.21.3 before 3.20.6.
  return Object.keys(repo.tags).sort(
    (a, b) => specificity(b) - specificity(a) || b.localeCompare(a, undefined, { numeric: true }),
  );
}

/**
 * The most specific tag naming the same image as `tag` (default `latest`):
 * alpine `latest` → `3.21.3`. Undefined when the tag is unknown or nothing
 * more specific exists.
 */
export function concreteTag(repo: CatalogRepository, tag = "latest"): string | undefined {
  const key = repo.tags[tag];
  if (key === undefined) return undefined;
  const same = tagsBySpecificity(repo).filter((t) => t !== "latest" && repo.tags[t] === key);
  const best = same[0];
  return best !== undefined && best !== tag ? best : undefined;
}
