import type { EngineState, ImageRecord } from "@/simulator";

/** One layer of an image as the engine view draws it. */
export interface LayerView {
  digest: string;
  /** Compressed size in bytes (what a registry transfers; `docker image inspect` .RootFS pairs with these). */
  size: number;
  /** The history line that made it (`COPY . /app`, `RUN pip install …`). */
  createdBy: string;
  /** How many other listed images hold the same layer; above 0 it is stored once and shared. */
  sharedWith: number;
}

/** One image as a stack of layers, base at index 0. */
export interface ImageStackView {
  id: string;
  shortId: string;
  /** Familiar names (`python:3.8`, `myuser/app:v1`), or `<none>:<none>` for a dangling image. */
  names: string[];
  /** Uncompressed size, as `docker images` SIZE shows it. */
  size: number;
  created: number;
  layers: LayerView[];
}

/** `docker.io/library/alpine:3.20` → `alpine:3.20`, `docker.io/me/app:v1` → `me/app:v1` (docker/cli's FamiliarString). */
export function formatFamiliarTag(canonical: string): string {
  return canonical.replace(/^docker\.io\/library\//, "").replace(/^docker\.io\//, "");
}

/** Strips BuildKit's and the classic builder's history prefixes so the line reads like the Dockerfile. */
export function formatCreatedBy(createdBy: string): string {
  return createdBy
    .replace(/^\/bin\/sh -c #\(nop\)\s+/, "")
    .replace(/^\/bin\/sh -c /, "RUN ")
    .replace(/^RUN \/bin\/sh -c /, "RUN ")
    .replace(/\s*# buildkit$/, "")
    .trim();
}

function layersOf(image: ImageRecord): Omit<LayerView, "sharedWith">[] {
  const made = image.history.filter((entry) => !entry.emptyLayer);
  return image.layers.map((layer, i) => ({
    digest: layer.digest,
    size: layer.size,
    createdBy: formatCreatedBy(made[i]?.createdBy ?? ""),
  }));
}

/**
 * The images `docker images` lists (tagged ones and dangling ones, not the
 * classic builder's intermediates), newest first, each as its layers with
 * the layers other images share marked: what overlay2 stores once (docker
 * docs: storage/storagedriver "Images and layers", "Container and layers").
 */
export function calculateImageStacks(state: EngineState): ImageStackView[] {
  const images = Object.values(state.images.images);
  const parents = new Set(images.map((image) => image.parent).filter((p): p is string => p !== undefined));
  const listed = images.filter((image) => image.tags.length > 0 || !parents.has(image.id));
  const holders = new Map<string, number>();
  for (const image of listed) {
    for (const digest of new Set(image.layers.map((l) => l.digest))) holders.set(digest, (holders.get(digest) ?? 0) + 1);
  }
  return listed
    .sort((a, b) => b.created - a.created || a.id.localeCompare(b.id))
    .map((image) => ({
      id: image.id,
      shortId: image.id.replace(/^sha256:/, "").slice(0, 12),
      names: image.tags.length > 0 ? image.tags.map(formatFamiliarTag) : ["<none>:<none>"],
      size: image.size,
      created: image.created,
      layers: layersOf(image).map((layer) => ({ ...layer, sharedWith: (holders.get(layer.digest) ?? 1) - 1 })),
    }));
}

/** Bytes the listed images would take if no layer were shared, and what they take with sharing. */
export function calculateSharedSavings(stacks: ImageStackView[]): { separate: number; stored: number } {
  const seen = new Map<string, number>();
  let separate = 0;
  for (const stack of stacks) {
    for (const layer of stack.layers) {
      separate += layer.size;
      seen.set(layer.digest, layer.size);
    }
  }
  let stored = 0;
  for (const size of seen.values()) stored += size;
  return { separate, stored };
}
