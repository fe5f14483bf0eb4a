import type { Engine } from "./engine";
import type { EngineResult } from "./errors";
import { calculateLayerSize } from "./image-layers";
import { listImageReferences, resolveImage } from "./image-lookup";

/** One row of ImageHistory (api/types/image HistoryResponseItem). */
export interface HistoryItem {
  /** The image ID, or `<missing>` when no local image corresponds to the step. */
  id: string;
  /** Unix seconds (0 when the entry has no time). */
  created: number;
  createdBy: string;
  tags: string[];
  /** The layer's DiffSize; 0 for metadata-only steps. */
  size: number;
  comment: string;
}

/**
 * ImageHistory (moby/moby: daemon/images/image_history.go): the config's
 * history newest first, each non-empty entry sized by its layer; then the
 * IDs are filled in walking the `.Parent` chain from the image itself, one
 * entry per ancestor, so a classic build's intermediates show their IDs and
 * everything else below the top reads `<missing>`.
 */
export function readImageHistory(engine: Engine, text: string): EngineResult<HistoryItem[]> {
  const store = engine.state.images;
  const found = resolveImage(store, text);
  if (!found.ok) return found;
  let image = found.value.image;
  const items: HistoryItem[] = [];
  let layerIndex = 0;
  for (const entry of image.history) {
    let size = 0;
    if (!entry.emptyLayer) {
      const layer = image.layers[layerIndex++];
      if (layer) size = calculateLayerSize(store, layer);
    }
    items.unshift({ id: "<missing>", created: Math.floor(entry.created / 1000), createdBy: entry.createdBy, tags: [], size, comment: entry.comment ?? "" });
  }
  for (const item of items) {
    item.id = image.id;
    item.tags = listImageReferences(image).filter((r) => r.kind === "tag").map((r) => r.familiar);
    const parent = image.parent ? store.images[image.parent] : undefined;
    if (!parent) break;
    image = parent;
  }
  return { ok: true, value: items };
}
