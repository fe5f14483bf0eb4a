import { formatFamiliarName, formatFamiliarTagged, parseImageReference, ReferenceError, type ImageReference } from "../image/reference";
import type { ImageStoreState } from "../image/store";
import type { ImageRecord } from "../image/types";
import { engineError, type EngineResult } from "./errors";

/**
 * One entry of the reference store pointing at an image: a tag
 * (`docker.io/library/alpine:latest`) or a digest reference
 * (`alpine@sha256:…`) (moby/moby: reference/store.go).
 */
export interface StoredReference {
  kind: "tag" | "digest";
  /** The canonical repository name, `docker.io/library/alpine`. */
  name: string;
  /** FamiliarString: `alpine:latest`, `alpine@sha256:…`. */
  familiar: string;
  /** How the store files it: the tag key, or the repoDigests entry. */
  key: string;
}

const DIGEST_TEXT = /^sha256:[a-f0-9]{64}$/;

/** The canonical `domain/path` of a familiar or canonical name (`alpine` → `docker.io/library/alpine`). */
function canonicalName(familiarName: string): string {
  try {
    const ref = parseImageReference(familiarName);
    return `${ref.domain}/${ref.path}`;
  } catch {
    return familiarName;
  }
}

/**
 * The references to an image, sorted by their familiar form as the reference
 * store returns them (moby/moby: reference/store.go References, lexicalRefs).
 */
export function listImageReferences(image: ImageRecord): StoredReference[] {
  const refs: StoredReference[] = [];
  for (const key of image.tags) {
    const colon = key.lastIndexOf(":");
    const name = key.slice(0, colon);
    const slash = name.indexOf("/");
    const familiar = `${formatFamiliarName({ domain: name.slice(0, slash), path: name.slice(slash + 1) })}:${key.slice(colon + 1)}`;
    refs.push({ kind: "tag", name, familiar, key });
  }
  for (const entry of image.repoDigests) {
    const at = entry.indexOf("@");
    refs.push({ kind: "digest", name: canonicalName(entry.slice(0, at)), familiar: entry, key: entry });
  }
  return refs.sort((a, b) => (a.familiar < b.familiar ? -1 : a.familiar > b.familiar ? 1 : 0));
}

/** Removes one reference from the store (reference/store.go Delete); a no-op when it is not there. */
export function removeStoredReference(store: ImageStoreState, image: ImageRecord, ref: StoredReference): void {
  if (ref.kind === "tag") {
    image.tags = image.tags.filter((t) => t !== ref.key);
    if (store.tags[ref.key] === image.id) delete store.tags[ref.key];
  } else {
    image.repoDigests = image.repoDigests.filter((d) => d !== ref.key);
  }
}

/** The store entry a parsed reference names (tag defaulting to `latest`, or a digest reference). */
export function describeReference(ref: ImageReference): StoredReference {
  const name = `${ref.domain}/${ref.path}`;
  if (ref.digest) {
    const familiar = `${formatFamiliarName(ref)}@${ref.digest}`;
    return { kind: "digest", name, familiar, key: familiar };
  }
  return { kind: "tag", name, familiar: formatFamiliarTagged(ref), key: `${name}:${ref.tag ?? "latest"}` };
}

/** What resolving an image name found: the image, and the parsed name when one was given. */
export interface ResolvedImage {
  image: ImageRecord;
  ref?: ImageReference;
}

/** A unique image whose ID starts with `hex` (image/store.go Search over the digest set). */
function searchImageId(store: ImageStoreState, text: string): ImageRecord | undefined {
  const hex = text.startsWith("sha256:") ? text.slice(7) : text;
  if (!/^[a-f0-9]+$/.test(hex)) return undefined;
  const matches = Object.values(store.images).filter((i) => i.id.slice(7).startsWith(hex));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The daemon's GetImage (moby/moby: daemon/images/image.go): a 64-hex ID or
 * `sha256:` digest names an image ID; otherwise the text is a reference,
 * looked up in the reference store (tag defaulting to `latest`), then
 * tried as an ID prefix. Errors: the reference grammar's message (invalid
 * parameter), or `No such image: <familiar ref>` (ErrImageDoesNotExist).
 */
export function resolveImage(store: ImageStoreState, text: string): EngineResult<ResolvedImage> {
  const digestText = /^[a-f0-9]{64}$/.test(text) ? `sha256:${text}` : DIGEST_TEXT.test(text) ? text : undefined;
  if (digestText !== undefined) {
    const image = store.images[digestText];
    return image ? { ok: true, value: { image } } : { ok: false, error: engineError("not-found", `No such image: ${digestText}`, 1) };
  }
  let ref: ImageReference;
  try {
    ref = parseImageReference(text);
  } catch (error) {
    if (error instanceof ReferenceError) return { ok: false, error: engineError("invalid", error.message, 1) };
    throw error;
  }
  const wanted = describeReference(ref);
  const byName = Object.values(store.images).find((i) => (wanted.kind === "tag" ? store.tags[wanted.key] === i.id : i.repoDigests.includes(wanted.key)));
  const image = byName ?? searchImageId(store, text);
  if (!image) return { ok: false, error: engineError("not-found", `No such image: ${wanted.familiar}`, 1) };
  return { ok: true, value: { image, ref } };
}

/** isImageIDPrefix (moby/moby: daemon/images/image_delete.go): `text` is a prefix of the ID, with or without `sha256:`. */
export function isImageIdPrefix(imageId: string, text: string): boolean {
  return imageId.startsWith(text) || imageId.slice(imageId.indexOf(":") + 1).startsWith(text);
}

