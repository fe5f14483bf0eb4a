import { calculateShortId } from "../core/ids";
import { findCatalogRepository, isScratchReference, SCRATCH_PULL_ERROR, type CatalogImage } from "../image/catalog";
import { formatFamiliarName, formatFamiliarTagged, type ImageReference } from "../image/reference";
import { addImage, findImageByReference, type ImageStoreState } from "../image/store";
import { calculateCatalogHistory } from "../image/catalog-history";
import type { ImageRecord } from "../image/types";
import { engineError, type EngineResult } from "./errors";

/** What a pull did, for the CLI to print as docker's progress stream does. */
export interface PullReport {
  ref: ImageReference;
  image: ImageRecord;
  /** Each layer by its 12-hex short digest, and whether it was already present. */
  layers: { id: string; existed: boolean }[];
  /** The manifest-list digest (`Digest: sha256:…`). */
  digest: string;
  /** True when the local tag already pointed at this image (`Image is up to date`). */
  upToDate: boolean;
  /** True when the image itself was already stored (under another tag): no layer lines are shown. */
  imageExisted: boolean;
}

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

/**
 * Pulls from the simulated registries. Failures carry the daemon's messages
 * (fidelity-reference §3.1): `pull access denied for x, repository does not
 * exist or may require 'docker login': denied: requested access to the
 * resource is denied`; `manifest for x:t not found: manifest unknown: manifest unknown`;
 * an unknown registry host fails its DNS lookup, as it would offline.
 */
export function dispatchPull(store: ImageStoreState, ref: ImageReference): EngineResult<PullReport> {
  if (isScratchReference(ref)) return { ok: false, error: engineError("pull-failed", SCRATCH_PULL_ERROR) };
  const repository = findCatalogRepository(ref.domain, ref.path);
  const familiar = formatFamiliarName(ref);
  if (!repository) {
    if (ref.domain !== "docker.io") {
      return { ok: false, error: engineError("pull-failed", `Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain}: no such host`) };
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
