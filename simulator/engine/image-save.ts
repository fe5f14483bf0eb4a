import { calculateSha256Hex } from "../core/sha256";
import { formatFamiliarName, parseImageReference, ReferenceError, type ImageReference } from "../image/reference";
import type { ImageRecord } from "../image/types";
import { formatArchive } from "../shell/posix/index";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { describeReference, listImageReferences } from "./image-lookup";

/** One member of the simulated tar format (simulator/shell/commands/tar.ts). */
export type ArchiveMember = Parameters<typeof formatArchive>[0][number];

/** The `oci-layout` file every saved archive carries (opencontainers/image-spec: image-layout.md). */
export const OCI_LAYOUT = '{"imageLayoutVersion":"1.0.0"}';

/** An image chosen for the archive and the tags it is saved under. */
interface SaveItem {
  image: ImageRecord;
  /** Familiar `repo:tag` strings, in the order they were named. */
  tags: string[];
}

/** The record as the config blob carries it: names are the archive's business, not the config's. */
function formatConfigBlob(image: ImageRecord): string {
  const { tags: _tags, repoDigests: _digests, lastTagTime: _tagTime, parent: _parent, ...rest } = image;
  return JSON.stringify({ ...rest, tags: [], repoDigests: [] });
}

/**
 * The images `docker save NAME...` asks for, as the tar exporter reads the
 * names (moby/moby: image/tarexport/save.go parseNames): an ID or digest; a
 * repository without a tag (every tag of it; else an ID prefix); a tag; a
 * digest reference (saved without a tag). Errors are the daemon's.
 */
function resolveSaveNames(engine: Engine, names: readonly string[]): EngineResult<SaveItem[]> {
  const store = engine.state.images;
  const items = new Map<string, SaveItem>();
  const add = (image: ImageRecord, tag?: string): void => {
    const item = items.get(image.id) ?? { image, tags: [] };
    if (tag && !item.tags.includes(tag)) item.tags.push(tag);
    items.set(image.id, item);
  };
  const search = (term: string): ImageRecord | undefined => {
    const hex = term.replace(/^sha256:/, "");
    const found = /^[a-f0-9]+$/.test(hex) ? Object.values(store.images).filter((i) => i.id.slice(7).startsWith(hex)) : [];
    return found.length === 1 ? found[0] : undefined;
  };
  for (const name of names) {
    const id = /^[a-f0-9]{64}$/.test(name) ? `sha256:${name}` : /^sha256:[a-f0-9]{64}$/.test(name) ? name : undefined;
    if (id !== undefined) {
      const image = store.images[id];
      if (!image) return { ok: false, error: engineError("not-found", `No such image: ${id}`, 1) };
      add(image);
      continue;
    }
    let ref: ImageReference;
    try {
      ref = parseImageReference(name);
    } catch (error) {
      if (error instanceof ReferenceError) return { ok: false, error: engineError("invalid", error.message, 1) };
      throw error;
    }
    if (formatFamiliarName(ref) === "sha256" || (ref.tag === undefined && ref.digest === undefined)) {
      const repository = `${ref.domain}/${ref.path}`;
      const tagged = formatFamiliarName(ref) === "sha256" ? [] : Object.values(store.images).filter((i) => listImageReferences(i).some((r) => r.name === repository));
      for (const image of tagged) for (const r of listImageReferences(image)) if (r.name === repository && r.kind === "tag") add(image, r.familiar);
      if (tagged.length === 0) {
        const image = search(name);
        if (!image) return { ok: false, error: engineError("not-found", `No such image: ${name}`, 1) };
        add(image);
      }
      continue;
    }
    const wanted = describeReference(ref);
    const image = Object.values(store.images).find((i) => (wanted.kind === "tag" ? store.tags[wanted.key] === i.id : i.repoDigests.includes(wanted.key)));
    if (!image) return { ok: false, error: engineError("not-found", "reference does not exist", 1) };
    add(image, wanted.kind === "tag" ? wanted.familiar : undefined);
  }
  for (const item of items.values()) {
    if (item.image.layers.length === 0) return { ok: false, error: engineError("invalid", "empty export - not implemented", 1) };
  }
  return { ok: true, value: [...items.values()] };
}

/**
 * ImageSave (moby/moby: image/tarexport/save.go): an OCI image layout plus
 * docker's manifest.json and repositories, as a tar: blobs/sha256/<config>
 * (the image record), blobs/sha256/<layer> for layers made here (their
 * serialized entries), the OCI manifest blobs, index.json, manifest.json,
 * oci-layout and repositories (only when something is tagged).
 * Simplification: catalog layers are not written out; manifest.json
 * references them by digest and `docker load` finds them in the catalog.
 */
export function saveImages(engine: Engine, names: readonly string[]): EngineResult<string> {
  engine.settle();
  const resolved = resolveSaveNames(engine, names);
  if (!resolved.ok) return resolved;
  const store = engine.state.images;
  const blobs = new Map<string, { data: string; time: number }>();
  const manifest: unknown[] = [];
  const indexManifests: unknown[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  for (const { image, tags } of resolved.value) {
    const hex = (digest: string) => digest.slice(digest.indexOf(":") + 1);
    const config = formatConfigBlob(image);
    blobs.set(hex(image.id), { data: config, time: image.created });
    for (const layer of image.layers) {
      const built = store.builtLayers[layer.digest];
      if (built) blobs.set(hex(layer.digest), { data: JSON.stringify(built), time: image.created });
    }
    const ociManifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: image.id, size: config.length, platform: { architecture: image.architecture, os: image.os } },
      layers: [],
    });
    const manifestDigest = calculateSha256Hex(ociManifest);
    blobs.set(manifestDigest, { data: ociManifest, time: 0 });
    for (const tag of tags) {
      const colon = tag.lastIndexOf(":");
      (repositories[tag.slice(0, colon)] ??= {})[tag.slice(colon + 1)] = hex(image.layers[image.layers.length - 1]?.digest ?? image.id);
      const canonical = parseImageReference(tag);
      indexManifests.push({
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        digest: `sha256:${manifestDigest}`,
        size: ociManifest.length,
        annotations: { "io.containerd.image.name": `${canonical.domain}/${canonical.path}:${canonical.tag ?? "latest"}`, "org.opencontainers.image.ref.name": tag.slice(colon + 1) },
        platform: { architecture: image.architecture, os: image.os },
      });
    }
    const saved = resolved.value.map((i) => i.image.id);
    manifest.push({
      Config: `blobs/sha256/${hex(image.id)}`,
      RepoTags: tags.length > 0 ? tags : null,
      Layers: image.layers.map((l) => `blobs/sha256/${hex(l.digest)}`),
      ...(image.parent && saved.includes(image.parent) ? { Parent: image.parent } : {}),
    });
  }
  const file = (p: string, d: string, time = 0): ArchiveMember => ({ p, t: "f", m: 0o644, u: 0, g: 0, time, d });
  const members: ArchiveMember[] = [
    { p: "blobs/", t: "d", m: 0o755, u: 0, g: 0, time: 0 },
    { p: "blobs/sha256/", t: "d", m: 0o755, u: 0, g: 0, time: 0 },
    ...[...blobs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, blob]) => file(`blobs/sha256/${name}`, blob.data, blob.time)),
    file("index.json", JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: indexManifests })),
    file("manifest.json", `${JSON.stringify(manifest)}\n`),
    file("oci-layout", OCI_LAYOUT),
  ];
  if (Object.keys(repositories).length > 0) members.push(file("repositories", `${JSON.stringify(repositories)}\n`));
  return { ok: true, value: formatArchive(members, false) };
}
