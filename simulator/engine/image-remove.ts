import { calculateShortId } from "../core/ids";
import { parseImageReference, ReferenceError } from "../image/reference";
import type { ImageRecord } from "../image/types";
import type { ContainerRecord } from "../runtime/types";
import type { Engine } from "./engine";
import { engineError, type EngineError, type EngineResult } from "./errors";
import { calculateChainIds, calculateLayerSize, countChainReferences, findChildImages, removeUnusedLayers } from "./image-layers";
import { describeReference, isImageIdPrefix, listImageReferences, removeStoredReference, resolveImage, type StoredReference } from "./image-lookup";
import { recordEvent } from "./events";

/** One line of ImageDelete's answer: `Untagged: alpine:latest` or `Deleted: sha256:…` (api/types/image DeleteResponse). */
export type DeleteRecord = { untagged: string } | { deleted: string };

/** What `docker rmi` did, plus the bytes each deleted layer held (for prune's "Total reclaimed space"). */
export interface RemoveReport {
  records: DeleteRecord[];
  /** DiffSize of every deleted layer (ChainID → bytes). */
  layerSizes: Record<string, number>;
}

/** Conflict kinds, as moby/moby daemon/images/image_delete.go conflictType. */
const CHILD = 1;
const RUNNING = 2;
const REFERENCE = 4;
const STOPPED = 8;
const HARD = CHILD | RUNNING;
const SOFT = REFERENCE | STOPPED;

interface Conflict {
  hard: boolean;
  used: boolean;
  message: string;
}

/** imageDeleteConflict.Error(): `conflict: unable to delete <id> (cannot be forced|must be forced) - <why>`. */
function conflictError(imageId: string, conflict: Conflict): EngineError {
  const force = conflict.hard ? "cannot be forced" : "must be forced";
  return engineError("conflict", `conflict: unable to delete ${calculateShortId(imageId)} (${force}) - ${conflict.message}`, 1);
}

/** isSingleReference: every reference is in one repository and at most one is a tag (false for none). */
function isSingleReference(refs: readonly StoredReference[]): boolean {
  if (refs.length <= 1) return refs.length === 1;
  let single: StoredReference | undefined;
  const canonical = new Set<string>();
  for (const ref of refs) {
    if (ref.kind === "digest") canonical.add(ref.name);
    else if (single === undefined) single = ref;
    else return false;
  }
  const chosen = single ?? refs[0];
  return canonical.size === 1 && chosen !== undefined && canonical.has(chosen.name);
}

/** One ImageDelete call's working state. */
class Deleter {
  readonly records: DeleteRecord[] = [];
  readonly layerSizes: Record<string, number> = {};
  private readonly candidates = new Set<string>();

  constructor(private readonly engine: Engine) {}

  private get store() {
    return this.engine.state.images;
  }

  private containers(): ContainerRecord[] {
    return Object.values(this.engine.state.runtime.containers);
  }

  /** checkImageDeleteConflict: children, running containers, references, stopped containers, in that order. */
  findConflict(image: ImageRecord, mask: number): Conflict | undefined {
    if (mask & CHILD && findChildImages(this.store, image.id).length > 0) return { hard: true, used: false, message: "image has dependent child images" };
    const users = this.containers().filter((c) => c.imageId === image.id);
    const running = users.find((c) => c.state.Running);
    if (mask & RUNNING && running) return { hard: true, used: true, message: `image is being used by running container ${calculateShortId(running.id)}` };
    if (mask & REFERENCE && listImageReferences(image).length > 0) return { hard: false, used: false, message: "image is referenced in multiple repositories" };
    const stopped = users.find((c) => !c.state.Running);
    if (mask & STOPPED && stopped) return { hard: false, used: true, message: `image is being used by stopped container ${calculateShortId(stopped.id)}` };
    return undefined;
  }

  untag(image: ImageRecord, ref: StoredReference): void {
    removeStoredReference(this.store, image, ref);
    this.records.push({ untagged: ref.familiar });
    recordEvent(this.engine, "image", "untag", image.id, { name: image.id });
  }

  /**
   * Drops the image record and releases its layers from the top down while
   * no other image's stack holds the same ChainID (layer/layer_store.go
   * Release); a container still using the image keeps them all.
   */
  private deleteImage(image: ImageRecord): void {
    const chains = calculateChainIds(image.layers);
    delete this.store.images[image.id];
    for (const [key, id] of Object.entries(this.store.tags)) if (id === image.id) delete this.store.tags[key];
    this.records.push({ deleted: image.id });
    recordEvent(this.engine, "image", "delete", image.id, { name: image.id });
    if (this.containers().some((c) => c.imageId === image.id)) return;
    const held = countChainReferences(Object.values(this.store.images));
    for (let i = chains.length - 1; i >= 0; i--) {
      const chain = chains[i] as string;
      if (held.has(chain)) break;
      const layer = image.layers[i];
      if (!layer) continue;
      this.layerSizes[chain] = calculateLayerSize(this.store, layer);
      this.records.push({ deleted: chain });
      this.candidates.add(layer.digest);
    }
  }

  /** imageDeleteHelper: conflicts (soft ones only without force), untag all, delete, then the untagged parents quietly. */
  deleteHelper(image: ImageRecord, force: boolean, prune: boolean, quiet: boolean): EngineError | undefined {
    const conflict = this.findConflict(image, force ? HARD : HARD | SOFT);
    if (conflict) {
      const dangling = listImageReferences(image).length === 0 && findChildImages(this.store, image.id).length === 0;
      if (quiet && (!dangling || conflict.used)) return undefined;
      return conflictError(image.id, conflict);
    }
    const parent = image.parent ? this.store.images[image.parent] : undefined;
    for (const ref of listImageReferences(image)) this.untag(image, ref);
    this.deleteImage(image);
    if (!prune || !parent) return undefined;
    return this.deleteHelper(parent, false, true, true);
  }

  /** Forgets layer blobs no image holds any more. */
  finish(): void {
    removeUnusedLayers(this.engine.state, this.candidates);
  }

  /** ImageDelete by name: the untag step, with its "must force" conflict and the digest-reference cleanup. */
  removeByName(image: ImageRecord, text: string, force: boolean): EngineError | "done" | "continue" {
    const refs = listImageReferences(image);
    if (!force && isSingleReference(refs)) {
      const user = this.containers().find((c) => c.imageId === image.id);
      if (user) {
        return engineError(
          "conflict",
          `conflict: unable to remove repository reference "${text}" (must force) - container ${calculateShortId(user.id)} is using its referenced image ${calculateShortId(image.id)}`,
          1,
        );
      }
    }
    let wanted: StoredReference;
    try {
      wanted = describeReference(parseImageReference(text));
    } catch (error) {
      if (error instanceof ReferenceError) return engineError("invalid", error.message, 1);
      throw error;
    }
    this.untag(image, wanted);
    let remaining = listImageReferences(image);
    if (wanted.kind === "tag" && !remaining.some((r) => r.kind === "tag" && r.name === wanted.name)) {
      for (const ref of remaining) if (ref.kind === "digest" && ref.name === wanted.name) this.untag(image, ref);
      remaining = listImageReferences(image);
    }
    return remaining.length > 0 ? "done" : "continue";
  }
}

/**
 * ImageDelete as the graphdriver image service does it (moby/moby:
 * daemon/images/image_delete.go; fidelity-reference §3.7). By name: untag
 * (refused without force when it is the image's only name and a container
 * uses it), drop the repository's digest references when no tag of it is
 * left, and delete the image once nothing names it. By ID: untag a single
 * repository's names and delete, subject to the conflicts: child images and
 * running containers can never be forced; other tags and stopped containers
 * need `-f`. With prune (no `--no-prune`), untagged parents go too, quietly.
 */
export function removeImage(engine: Engine, text: string, options: { force: boolean; prune: boolean }): EngineResult<RemoveReport> {
  engine.settle();
  const found = resolveImage(engine.state.images, text);
  if (!found.ok) return found;
  const image = found.value.image;
  const deleter = new Deleter(engine);
  let removedRepositoryRef = false;
  if (!isImageIdPrefix(image.id, text)) {
    const outcome = deleter.removeByName(image, text, options.force);
    if (outcome !== "done" && outcome !== "continue") return { ok: false, error: outcome };
    if (outcome === "done") return { ok: true, value: { records: deleter.records, layerSizes: deleter.layerSizes } };
    removedRepositoryRef = true;
  } else {
    const refs = listImageReferences(image);
    if (isSingleReference(refs)) {
      const conflict = deleter.findConflict(image, options.force ? HARD : HARD | STOPPED);
      if (conflict) return { ok: false, error: conflictError(image.id, conflict) };
      for (const ref of refs) deleter.untag(image, ref);
    }
  }
  const error = deleter.deleteHelper(image, options.force, options.prune, removedRepositoryRef);
  deleter.finish();
  if (error) return { ok: false, error };
  return { ok: true, value: { records: deleter.records, layerSizes: deleter.layerSizes } };
}
