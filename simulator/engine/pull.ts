import { calculateShortId } from "../core/ids";
import { findCatalogRepository, isScratchReference, SCRATCH_PULL_ERROR, type CatalogImage } from "../image/catalog";
import { formatFamiliarName, formatFamiliarTagged, type ImageReference } from "../image/reference";
import { addImage, findImageByReference, type ImageStoreState } from "../image/store";
import { calculateCatalogHistory } from "../image/catalog-history";
import type { ImageRecord } from "../image/types";
import type { PullReport } from "../image/pull-report";
import type { RuntimeState } from "../runtime/containers";
import { engineError, type EngineResult } from "./errors";
import { openRegistry, type PushedImage, type RegistryState } from "./registries";
import type { VolumeStoreState } from "./volumes";

export type { PullReport } from "../image/pull-report";

function toRecord(ref: ImageReference, image: CatalogImage): ImageRecord {
  return {
    id: image.id,
    tags: [],
    repoDigests: [`${formatFamiliarName(ref)}@${image.indexDigest}`],
    created: Date.parse(image.created),
    size: image.size,
    layers: image.layers.map((l) => ({ digest: l.digest, size: l.size })),
    config: structuredClone(image.config),
    os: "linux",
    architecture: "amd64",
    executables: [...image.executables],
    history: calculateCatalogHistory(image),
  };
}

/** What a pull can reach besides the catalog: pushed repositories and running registry containers. */
export interface PullSources {
  registries: RegistryState;
  runtime: RuntimeState;
  volumes: VolumeStoreState;
  now: number;
}

/** The report for an image found in a registry's pushed repositories. */
function pullPushed(store: ImageStoreState, ref: ImageReference, pushed: PushedImage): PullReport {
  const familiar = formatFamiliarName(ref);
  const image = pushed.image;
  const upToDate = findImageByReference(store, ref)?.id === image.id;
  const imageExisted = store.images[image.id] !== undefined;
  const layers = image.layers.map((l) => ({ id: calculateShortId(l.digest), existed: store.layers[l.digest] === true }));
  const record: ImageRecord = { ...structuredClone(image), tags: [], repoDigests: [`${familiar}@${pushed.digest}`] };
  addImage(store, record, ref);
  return { ref, image: store.images[record.id] as ImageRecord, layers, digest: pushed.digest, upToDate, imageExisted };
}

/**
 * Looks the reference up in what was pushed: a public registry's pushed
 * repositories, or the registry container answering on a local address.
 * Returns undefined to fall through to the catalog. Errors are the daemon's
 * (moby/moby: distribution/errors.go translatePullError): an unknown
 * repository on a registry:2 is `repository NAME not found: name unknown:
 * repository name not known to registry`, a missing tag `manifest for
 * NAME:TAG not found: manifest unknown: manifest unknown`.
 */
function dispatchPushedPull(store: ImageStoreState, ref: ImageReference, sources: PullSources): EngineResult<PullReport> | undefined {
  const endpoint = openRegistry(sources, ref.domain, sources.now);
  if (!endpoint.ok) return { ok: false, error: engineError("pull-failed", endpoint.message) };
  const familiar = formatFamiliarName(ref);
  const tags = endpoint.view.find(ref.path);
  const pushed = tags && Object.entries(tags).find(([tag, p]) => (ref.digest ? p.digest === ref.digest : tag === (ref.tag ?? "latest")))?.[1];
  if (pushed) return { ok: true, value: pullPushed(store, ref, pushed) };
  if (endpoint.kind === "public" && (!tags || findCatalogRepository(ref.domain, ref.path))) return undefined;
  if (!tags) {
    return { ok: false, error: engineError("pull-failed", `repository ${familiar} not found: name unknown: repository name not known to registry`) };
  }
  const shown = ref.digest ? `${familiar}@${ref.digest}` : formatFamiliarTagged(ref);
  return { ok: false, error: engineError("pull-failed", `manifest for ${shown} not found: manifest unknown: manifest unknown`) };
}

/**
 * Pulls from the simulated registries. With `sources`, what learners pushed
 * comes first (Docker Hub user repositories, registry:2 containers on
 * published ports), then the catalog. Failures carry the daemon's messages
 * (fidelity-reference §3.1): `pull access denied for x, repository does not
 * exist or may require 'docker login': denied: requested access to the
 * resource is denied`; `manifest for x:t not found: manifest unknown: manifest unknown`;
 * an unknown registry host fails its DNS lookup, as it would offline; a
 * local registry that is not running refuses the connection.
 * Simplification: ghcr.io and quay.io answer an unknown repository with
 * Docker Hub's `pull access denied` wording.
 */
export function dispatchPull(store: ImageStoreState, ref: ImageReference, sources?: PullSources): EngineResult<PullReport> {
  if (isScratchReference(ref)) return { ok: false, error: engineError("pull-failed", SCRATCH_PULL_ERROR) };
  if (sources) {
    const pushed = dispatchPushedPull(store, ref, sources);
    if (pushed) return pushed;
  }
  const repository = findCatalogRepository(ref.domain, ref.path);
  const familiar = formatFamiliarName(ref);
  if (!repository) {
    if (ref.domain !== "docker.io" && !sources) {
      return { ok: false, error: engineError("pull-failed", `Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain.replace(/:\d+$/, "")}: no such host`) };
    }
    return {
      ok: false,
      error: engineError(
        "pull-failed",
        `pull access denied for ${familiar}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
      ),
    };
  }
  let image: CatalogImage | undefined;
  if (ref.digest) {
    image = Object.values(repository.images).find((i) => i.indexDigest === ref.digest || i.id === ref.digest);
  } else {
    const key = repository.tags[ref.tag ?? "latest"];
    image = key ? repository.images[key] : undefined;
  }
  if (!image) {
    const shown = ref.digest ? `${familiar}@${ref.digest}` : formatFamiliarTagged(ref);
    return { ok: false, error: engineError("pull-failed", `manifest for ${shown} not found: manifest unknown: manifest unknown`) };
  }
  const upToDate = findImageByReference(store, ref)?.id === image.id;
  const imageExisted = store.images[image.id] !== undefined;
  const layers = image.layers.map((l) => ({ id: calculateShortId(l.digest), existed: store.layers[l.digest] === true }));
  const record = toRecord(ref, image);
  addImage(store, record, ref);
  return {
    ok: true,
    value: { ref, image: store.images[record.id] as ImageRecord, layers, digest: image.indexDigest, upToDate, imageExisted },
  };
}
