import type { Engine } from "./engine";
import type { EngineResult } from "./errors";
import { findChildImages } from "./image-layers";
import { listImageReferences } from "./image-lookup";
import { removeImage, type DeleteRecord } from "./image-remove";
import { matchLabelFilters, parseUntilFilter, readBoolFilter, validateFilterKeys, type FilterArgs } from "./prune-filters";

/** ImagesPrune's report (api/types/image PruneReport). */
export interface ImagePruneReport {
  deleted: DeleteRecord[];
  /** Bytes of the layers deleted. */
  spaceReclaimed: number;
}

/** The filters the image prune endpoint accepts (moby/moby: daemon/images/image_prune.go imagesAcceptedFilters). */
const ACCEPTED = ["dangling", "label", "label!", "until"];

/**
 * ImagesPrune (moby/moby: daemon/images/image_prune.go): dangling images
 * (no tag; intermediates of a classic build, which have children, are
 * skipped), or with `dangling=false` (`-a`) every image no container uses;
 * `until` and `label` filters narrow it. Each image goes through ImageDelete
 * without force, so in-use images are left alone silently. The space
 * reclaimed is the deleted layers' size.
 */
export function pruneImages(engine: Engine, args: FilterArgs): EngineResult<ImagePruneReport> {
  engine.settle();
  const valid = validateFilterKeys(args, ACCEPTED);
  if (!valid.ok) return valid;
  const danglingFilter = readBoolFilter(args, "dangling");
  if (!danglingFilter.ok) return danglingFilter;
  const dangling = danglingFilter.value ?? true;
  const until = parseUntilFilter(args, engine.clock.now());
  if (!until.ok) return until;
  const store = engine.state.images;
  const candidates = Object.values(store.images)
    .filter((image) => !dangling || findChildImages(store, image.id).length === 0)
    .filter((image) => !(listImageReferences(image).length === 0 && findChildImages(store, image.id).length > 0))
    .filter((image) => until.value === undefined || image.created <= until.value)
    .filter((image) => matchLabelFilters(args, image.config.Labels))
    .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  const report: ImagePruneReport = { deleted: [], spaceReclaimed: 0 };
  for (const image of candidates) {
    if (!store.images[image.id]) continue;
    const refs = listImageReferences(image);
    const names: string[] = [];
    if (refs.length > 0) {
      // With dangling=true an image that still has a tag is kept; digest-only references do not count.
      if (!dangling || !refs.some((r) => r.kind === "tag")) names.push(...refs.map((r) => (r.kind === "tag" ? r.key : `${r.name}@${r.key.slice(r.key.indexOf("@") + 1)}`)));
    } else {
      names.push(image.id.slice(7));
    }
    for (const name of names) {
      const removed = removeImage(engine, name, { force: false, prune: true });
      if (!removed.ok) continue;
      report.deleted.push(...removed.value.records);
      report.spaceReclaimed += Object.values(removed.value.layerSizes).reduce((a, b) => a + b, 0);
    }
  }
  return { ok: true, value: report };
}
