import type { BuildCacheEntry } from "../build/cache";
import type { ImageRecord } from "../image/types";
import type { ContainerRecord } from "../runtime/types";
import type { Engine } from "./engine";
import { calculateChainIds, calculateLayerSize, countChainReferences, findChildImages } from "./image-layers";

/** One image of the disk usage report (api/types/image Summary with SharedSize and Containers). */
export interface ImageUsage {
  image: ImageRecord;
  /** Containers created from it. */
  containers: number;
  /** Bytes of its layers that another image holds too. */
  sharedSize: number;
}

/** One container of the report: its writable layer's size. */
export interface ContainerUsage {
  container: ContainerRecord;
  /** SizeRw. Simplification: containers' writable layers are not modelled, so 0. */
  sizeRw: number;
}

/** The daemon's DiskUsage answer (moby/moby: daemon/disk_usage.go, api/types/system DiskUsage). */
export interface DiskUsage {
  /** The layer store's total: every distinct layer stack's DiffSize once. */
  layersSize: number;
  images: ImageUsage[];
  containers: ContainerUsage[];
  /** Volumes are not modelled yet: always empty. */
  volumes: never[];
  buildCache: BuildCacheEntry[];
  /** Sum of the build cache records' sizes. */
  builderSize: number;
}

/**
 * DiskUsage as the graphdriver daemon computes it: images as `docker
 * images` lists them (untagged parents of classic builds left out), each
 * with its container count and the size it shares with other images;
 * LayersSize over the whole layer store; BuildKit's records for the build
 * cache (moby/moby: daemon/disk_usage.go, daemon/images/images.go Images
 * with SharedSize and ContainerCount).
 */
export function calculateDiskUsage(engine: Engine): DiskUsage {
  engine.settle();
  const store = engine.state.images;
  const all = Object.values(store.images);
  const containers = Object.values(engine.state.runtime.containers);
  const listed = all
    .filter((i) => i.tags.length > 0 || findChildImages(store, i.id).length === 0)
    .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  const refs = countChainReferences(listed);
  const sizes = new Map<string, number>();
  for (const image of all) {
    calculateChainIds(image.layers).forEach((chain, i) => {
      const layer = image.layers[i];
      if (layer && !sizes.has(chain)) sizes.set(chain, calculateLayerSize(store, layer));
    });
  }
  const images = listed.map((image): ImageUsage => {
    let sharedSize = 0;
    calculateChainIds(image.layers).forEach((chain) => {
      if ((refs.get(chain) ?? 0) > 1) sharedSize += sizes.get(chain) ?? 0;
    });
    return { image, containers: containers.filter((c) => c.imageId === image.id).length, sharedSize };
  });
  const buildCache = Object.values(engine.state.buildCache.entries).sort((a, b) => b.lastUsedAt - a.lastUsedAt || b.createdAt - a.createdAt);
  return {
    layersSize: [...sizes.values()].reduce((a, b) => a + b, 0),
    images,
    containers: [...containers].reverse().sort((a, b) => b.created - a.created).map((container) => ({ container, sizeRw: 0 })),
    volumes: [],
    buildCache,
    builderSize: buildCache.reduce((n, e) => n + e.size, 0),
  };
}
