import { getOwn } from "../../core/own";
/**
 * The simulated registries' contents: official images as Docker Hub served
 * them in early 2025 (docker-library/official-images), plus docker/getting-started
 * and gcr.io/kuar-demo/kuard-amd64.
 */
import { BASE_REPOSITORIES } from "./bases";
import { LANGUAGE_REPOSITORIES } from "./languages";
import { NODE_REPOSITORY } from "./node";
import { PYTHON_REPOSITORY } from "./python";
import { MORE_SERVER_REPOSITORIES } from "./servers-more";
import { SERVER_REPOSITORIES } from "./servers";
import type { CatalogImage, CatalogRepository } from "./shape";

export * from "./shape";

/** Every repository of the simulated registries. */
export const CATALOG: CatalogRepository[] = [
  ...BASE_REPOSITORIES, PYTHON_REPOSITORY, NODE_REPOSITORY, ...LANGUAGE_REPOSITORIES, ...SERVER_REPOSITORIES, ...MORE_SERVER_REPOSITORIES,
];

/** Finds a repository in the catalog. */
export function findCatalogRepository(domain: string, path: string): CatalogRepository | undefined {
  return CATALOG.find((r) => r.domain === domain && r.path === path);
}

/** `scratch`: the reserved empty base (moby/moby: image/spec "scratch"; FROM scratch starts from no layers). */
export const SCRATCH_NAME = "scratch";

/** True for `scratch` / `docker.io/library/scratch` (any tag): FROM accepts it, pull refuses it. */
export function isScratchReference(ref: { domain: string; path: string }): boolean {
  return ref.domain === "docker.io" && ref.path === `library/${SCRATCH_NAME}`;
}

/** The daemon's refusal to pull `scratch` (moby/moby: daemon/images/image_pull.go, "'scratch' is a reserved name"). */
export const SCRATCH_PULL_ERROR = "'scratch' is a reserved name";

/** What `resolveCatalogReference` finds. */
export type CatalogResolution =
  | { ok: true; repository: CatalogRepository; key: string; image: CatalogImage }
  | { ok: false; reason: "scratch" | "unknown-repository" | "unknown-tag" };

/**
 * Resolves `domain/path[:tag][@digest]` as Docker Hub does: the tag (default
 * `latest`) names an image key, so `latest`, `3` and `3.21.3` can be one image;
 * a digest matches the index digest or the config digest. `scratch` is
 * reserved (no manifest), an unknown repository and an unknown tag are the
 * two pull failures (distribution/distribution: registry/api/errcode NAME_UNKNOWN / MANIFEST_UNKNOWN).
 */
export function resolveCatalogReference(ref: { domain: string; path: string; tag?: string; digest?: string }): CatalogResolution {
  if (isScratchReference(ref)) return { ok: false, reason: "scratch" };
  const repository = findCatalogRepository(ref.domain, ref.path);
  if (!repository) return { ok: false, reason: "unknown-repository" };
  if (ref.digest) {
    const found = Object.entries(repository.images).find(([, i]) => i.indexDigest === ref.digest || i.id === ref.digest);
    return found ? { ok: true, repository, key: found[0], image: found[1] } : { ok: false, reason: "unknown-tag" };
  }
  const key = getOwn(repository.tags, ref.tag ?? "latest");
  const image = key === undefined ? undefined : getOwn(repository.images, key);
  return key !== undefined && image ? { ok: true, repository, key, image } : { ok: false, reason: "unknown-tag" };
}
