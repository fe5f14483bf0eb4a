import type { EngineState } from "./engine";
import { calculateSha256Hex } from "../core/sha256";
import { CATALOG } from "../image/catalog";
import type { ImageStoreState } from "../image/store";
import type { ImageRecord, LayerBlob } from "../image/types";
import { deserializeLayer } from "../vfs/layer";

let catalogSizes: Map<string, number> | undefined;

/** Uncompressed sizes of every catalog layer, by blob digest (built once, on first use). */
function readCatalogSizes(): Map<string, number> {
  if (!catalogSizes) {
    catalogSizes = new Map();
    for (const repository of CATALOG) {
      for (const image of Object.values(repository.images)) for (const layer of image.layers) catalogSizes.set(layer.digest, layer.uncompressed);
    }
  }
  return catalogSizes;
}

/** True when `digest` is a layer of some catalog image (so a saved archive may reference it without its blob). */
export function isCatalogLayer(digest: string): boolean {
  return readCatalogSizes().has(digest);
}

/**
 * A layer's DiffSize: the bytes it adds uncompressed, as the layer store
 * reports it (moby/moby: layer/layer_store.go roLayer.DiffSize): the catalog's
 * uncompressed figure, or the sum of a built layer's file sizes; the blob size
 * when neither is known.
 */
export function calculateLayerSize(store: ImageStoreState, layer: LayerBlob): number {
  const built = store.builtLayers[layer.digest];
  if (built) return deserializeLayer(built).size;
  return readCatalogSizes().get(layer.digest) ?? layer.size;
}

/**
 * The ChainIDs of an image's layer stack, bottom → top: ChainID(L0) = DiffID(L0),
 * ChainID(L0…Ln) = sha256(ChainID(L0…Ln-1) + " " + DiffID(Ln))
 * (opencontainers/image-spec: config.md "Layer ChainID"). Layers are keyed by
 * ChainID in the daemon's layer store, which is what `docker rmi` prints.
 * Simplification: a catalog layer's blob digest stands in for its DiffID.
 */
export function calculateChainIds(layers: readonly LayerBlob[]): string[] {
  const chains: string[] = [];
  for (const layer of layers) {
    const previous = chains[chains.length - 1];
    chains.push(previous === undefined ? layer.digest : `sha256:${calculateSha256Hex(`${previous} ${layer.digest}`)}`);
  }
  return chains;
}

/** Every ChainID some image in `images` holds, with how many images hold it (moby/moby: daemon/images/images.go layerRefs). */
export function countChainReferences(images: readonly ImageRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const image of images) for (const chain of calculateChainIds(image.layers)) counts.set(chain, (counts.get(chain) ?? 0) + 1);
  return counts;
}

/** The images whose `.Parent` is `imageId` (moby/moby: image/store.go Children). */
export function findChildImages(store: ImageStoreState, imageId: string): ImageRecord[] {
  return Object.values(store.images).filter((i) => i.parent === imageId);
}

/**
 * Forgets layer blobs that nothing holds any more: after `docker rmi`,
 * `image prune` or `builder prune`, each candidate digest that no image and
 * no build cache record uses is dropped from the store's layer set and from
 * the built layers (so a later pull says `Pull complete` again, as the real
 * layer store does once a layer is released: moby/moby layer/layer_store.go Release).
 */
export function removeUnusedLayers(state: EngineState, candidates: Iterable<string>): void {
  const used = new Set<string>();
  for (const image of Object.values(state.images.images)) for (const layer of image.layers) used.add(layer.digest);
  for (const entry of Object.values(state.buildCache.entries)) if (entry.layer) used.add(entry.layer.digest);
  // Images pushed to a registry keep their layers' contents: the registry's blob store holds them, so a pull brings them back.
  const pushed = [state.registries.repositories, ...Object.values(state.volumes ?? {}).map((v) => v.registry ?? {})];
  for (const repositories of pushed) for (const tags of Object.values(repositories)) for (const p of Object.values(tags)) for (const layer of p.image.layers) used.add(layer.digest);
  for (const digest of candidates) {
    if (used.has(digest)) {
      // Simplification: the local layer set forgets it (so a pull shows the download), its content stays for the registry.
      if (!Object.values(state.images.images).some((i) => i.layers.some((l) => l.digest === digest))) delete state.images.layers[digest];
      continue;
    }
    delete state.images.layers[digest];
    delete state.images.builtLayers[digest];
  }
}
