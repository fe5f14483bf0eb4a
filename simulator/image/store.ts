import { calculateShortId } from "../core/ids";
import type { ImageReference } from "./reference";
import { calculateTagKey, formatFamiliarName } from "./reference";
import type { SerializedLayer } from "../vfs/layer";
import type { ImageRecord } from "./types";

/** The daemon's image store as plain data: images by ID, tags to IDs, layers held. */
export interface ImageStoreState {
  images: Record<string, ImageRecord>;
  /** Canonical `domain/path:tag` → image ID. */
  tags: Record<string, string>;
  /** Layer blob digests present locally (for `Already exists`). */
  layers: Record<string, true>;
  /**
   * Layers made here (build steps, commits, loads), by digest, as plain data;
   * catalog layers are not stored, they are rebuilt from the catalog on demand.
   */
  builtLayers: Record<string, SerializedLayer>;
}

/** An empty image store. */
export function createImageStore(): ImageStoreState {
  return { images: {}, tags: {}, layers: {}, builtLayers: {} };
}

/** The image a tagged reference points at locally, if any. */
export function findImageByReference(store: ImageStoreState, ref: ImageReference): ImageRecord | undefined {
  const id = store.tags[calculateTagKey(ref)];
  return id ? store.images[id] : undefined;
}

/**
 * Looks an image up the way the daemon's GetImage does: a full or short ID
 * (with or without `sha256:`), else a reference by name.
 */
export function findImage(store: ImageStoreState, text: string, ref: ImageReference | undefined): ImageRecord | undefined {
  const bare = text.startsWith("sha256:") ? text.slice(7) : text;
  if (/^[a-f0-9]{6,64}$/.test(bare)) {
    const matches = Object.values(store.images).filter((img) => img.id.slice(7).startsWith(bare));
    if (matches.length === 1) return matches[0];
  }
  return ref ? findImageByReference(store, ref) : undefined;
}

/** Adds (or updates) an image and points `ref`'s tag at it; a tag moved off another image leaves that one dangling. */
export function addImage(store: ImageStoreState, image: ImageRecord, ref: ImageReference): void {
  // Simplification: an image pulled by digest is kept untagged (docker lists it as `repo <none>`).
  const key = ref.digest ? undefined : calculateTagKey(ref);
  if (key === undefined) {
    store.images[image.id] ??= image;
    for (const layer of image.layers) store.layers[layer.digest] = true;
    return;
  }
  const previous = store.tags[key];
  if (previous && previous !== image.id) {
    const old = store.images[previous];
    if (old) old.tags = old.tags.filter((t) => t !== key);
  }
  const existing = store.images[image.id];
  const record = existing ?? image;
  if (!record.tags.includes(key)) record.tags.push(key);
  for (const digest of image.repoDigests) if (!record.repoDigests.includes(digest)) record.repoDigests.push(digest);
  store.images[image.id] = record;
  store.tags[key] = image.id;
  for (const layer of image.layers) store.layers[layer.digest] = true;
}

/** One `docker images` row's identity: familiar repository and tag, or `<none>` for dangling images. */
export interface ImageTagRow {
  repository: string;
  tag: string;
  image: ImageRecord;
}

/**
 * The image list as `docker images` shows it: one row per tag, dangling
 * images as `<none>`, newest first. Untagged images that are the parent of
 * another image (a classic build's intermediates) show only with `all`
 * (moby/moby: daemon/images/images.go, "intermediate images").
 */
export function listImageTags(store: ImageStoreState, all = false): ImageTagRow[] {
  const images = Object.values(store.images).sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  const parents = new Set<string>();
  for (const image of images) if (image.parent) parents.add(image.parent);
  const rows: ImageTagRow[] = [];
  for (const image of images) {
    if (image.tags.length === 0) {
      if (!all && parents.has(image.id)) continue;
      rows.push({ repository: "<none>", tag: "<none>", image });
      continue;
    }
    for (const key of [...image.tags].sort()) {
      const colon = key.lastIndexOf(":");
      const name = key.slice(0, colon);
      const slash = name.indexOf("/");
      rows.push({
        repository: formatFamiliarName({ domain: name.slice(0, slash), path: name.slice(slash + 1) }),
        tag: key.slice(colon + 1),
        image,
      });
    }
  }
  return rows;
}

/** The 12-hex short form of an image ID. */
export function formatShortImageId(image: ImageRecord): string {
  return calculateShortId(image.id);
}
