import { calculateSha256Hex } from "../core/sha256";
import type { ImageRecord } from "../image/types";

/** A schema2 image manifest as a push uploads it: the exact bytes, their digest and length. */
export interface ImageManifest {
  json: string;
  /** `sha256:…` of `json`: what `latest: digest: sha256:…` prints. */
  digest: string;
  /** Bytes of `json`: the `size: 1570` of the digest line. */
  size: number;
}

/**
 * The uncompressed digest (DiffID) of a layer, which `docker push` shows
 * truncated per layer (moby/moby: distribution/push_v2.go v2PushDescriptor.ID,
 * `stringid.TruncateID(pd.layer.DiffID().String())`), where `docker pull`
 * shows the compressed blob digest.
 * Simplification: derived from the blob digest, the simulator has no layer tarballs.
 */
export function calculateDiffId(blobDigest: string): string {
  return `sha256:${calculateSha256Hex(`diffid:${blobDigest}`)}`;
}

/** Go's RFC 3339 time with nanoseconds, trailing zeros trimmed. */
function formatGoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, "Z");
}

/**
 * The image's config blob as the daemon serialises it (opencontainers
 * image-spec config.md: architecture, config, created, history, os, rootfs).
 * Simplification: the field set is the spec's, not every field moby writes,
 * so the blob's length (the manifest's config size) is close to, not equal to, Docker's.
 */
export function formatImageConfig(image: ImageRecord): string {
  return JSON.stringify({
    architecture: image.architecture,
    config: image.config,
    created: formatGoTime(image.created),
    history: image.history.map((h) => ({
      created: formatGoTime(h.created),
      created_by: h.createdBy,
      ...(h.comment ? { comment: h.comment } : {}),
      ...(h.emptyLayer ? { empty_layer: true } : {}),
    })),
    os: image.os,
    rootfs: { type: "layers", diff_ids: image.layers.map((l) => calculateDiffId(l.digest)) },
  });
}

/**
 * The Docker schema2 manifest the pusher builds (distribution: manifest/schema2
 * manifest.go, serialised with json.MarshalIndent(m, "", "   ")): config
 * descriptor, then the layers bottom to top, each `mediaType`, `size`,
 * `digest`. Its sha256 and byte length are the push's digest line
 * (moby/moby: distribution/push_v2.go `%s: digest: %s size: %d`).
 */
export function calculateImageManifest(image: ImageRecord): ImageManifest {
  const descriptor = (indent: string, mediaType: string, size: number, digest: string): string =>
    `${indent}{\n${indent}   "mediaType": "${mediaType}",\n${indent}   "size": ${size},\n${indent}   "digest": "${digest}"\n${indent}}`;
  const layers = image.layers.map((l) => descriptor("      ", "application/vnd.docker.image.rootfs.diff.tar.gzip", l.size, l.digest));
  const config = descriptor("   ", "application/vnd.docker.container.image.v1+json", formatImageConfig(image).length, image.id).trimStart();
  const json =
    "{\n" +
    '   "schemaVersion": 2,\n' +
    '   "mediaType": "application/vnd.docker.distribution.manifest.v2+json",\n' +
    `   "config": ${config},\n` +
    `   "layers": ${layers.length === 0 ? "[]" : `[\n${layers.join(",\n")}\n   ]`}\n` +
    "}";
  return { json, digest: `sha256:${calculateSha256Hex(json)}`, size: json.length };
}
