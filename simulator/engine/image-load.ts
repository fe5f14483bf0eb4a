import { calculateShortId } from "../core/ids";
import { calculateSha256Hex } from "../core/sha256";
import { formatFamiliarTagged, parseImageReference, ReferenceError } from "../image/reference";
import { addImage, findImageByReference } from "../image/store";
import type { ImageRecord } from "../image/types";
import { parseArchive } from "../shell/posix/index";
import type { SerializedLayer } from "../vfs/layer";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { calculateChainIds, calculateLayerSize, countChainReferences, isCatalogLayer } from "./image-layers";
import type { ArchiveMember } from "./image-save";

/** What a load printed, in order: layer progress (TTY only) and the daemon's stream lines. */
export type LoadEvent = { kind: "layer"; id: string; size: number } | { kind: "line"; text: string };

/** One manifest.json entry (moby/moby: image/tarexport/tarexport.go manifestItem). */
interface ManifestItem {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
  Parent?: string;
}

function fail(message: string): { ok: false; error: ReturnType<typeof engineError> } {
  return { ok: false, error: engineError("invalid", message, 1) };
}

/** The legacy (pre-1.10) load path, taken when there is no manifest.json: each directory must be a v1 image, then `repositories` is read. */
function failLegacyLoad(members: readonly ArchiveMember[], tmp: string): { ok: false; error: ReturnType<typeof engineError> } {
  const dir = members.find((m) => m.t === "d" && /^[^/]+\/$/.test(m.p));
  if (dir) return fail(`open ${tmp}/${dir.p}json: no such file or directory`);
  return fail(`open ${tmp}/repositories: no such file or directory`);
}

/** JSON.parse with Go's decoder error for text that is not JSON. */
function readJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/**
 * ImageLoad (moby/moby: image/tarexport/load.go): reads manifest.json (or
 * fails the legacy way), loads each layer not already in the store (a
 * `Loading layer` progress line each), creates the image from its config,
 * sets its tags (telling when a tag moves off another image) and prints
 * `Loaded image: repo:tag`, or `Loaded image ID: sha256:…` when the last
 * image has no tag. A file that is not a tar fails as Go's archive/tar does.
 * Simplification: catalog layers the archive only references are taken from the catalog.
 */
export function loadImages(engine: Engine, text: string): EngineResult<LoadEvent[]> {
  engine.settle();
  const tmp = `/var/lib/docker/tmp/docker-import-${parseInt(calculateSha256Hex(`import:${text.length}:${engine.clock.now()}`).slice(0, 8), 16) % 1_000_000_000}`;
  let members: ArchiveMember[];
  if (text === "") members = [];
  else {
    const parsed = parseArchive(text);
    if (!parsed) return fail(text.length < 512 ? "unexpected EOF" : "archive/tar: invalid tar header");
    members = parsed;
  }
  const byPath = new Map(members.filter((m) => m.t === "f").map((m) => [m.p.replace(/^\.\//, ""), m.d ?? ""]));
  const manifestText = byPath.get("manifest.json");
  if (manifestText === undefined) return failLegacyLoad(members, tmp);
  const manifest = readJson<ManifestItem[]>(manifestText);
  if (!Array.isArray(manifest)) return fail("invalid character looking for beginning of value");
  const store = engine.state.images;
  const events: LoadEvent[] = [];
  let idLines = "";
  let refCount = 0;
  const loaded: { image: ImageRecord; parent?: string }[] = [];
  for (const item of manifest) {
    const config = byPath.get(item.Config);
    if (config === undefined) return fail(`open ${tmp}/${item.Config}: no such file or directory`);
    const record = readJson<ImageRecord>(config);
    if (!record || typeof record.id !== "string" || !Array.isArray(record.layers) || !Array.isArray(record.history) || typeof record.config !== "object") {
      return fail("invalid image JSON, no RootFS key");
    }
    if (item.Layers.length !== record.layers.length) {
      return fail(`invalid manifest, layers length mismatch: expected ${item.Layers.length}, got ${record.layers.length}`);
    }
    const present = countChainReferences(Object.values(store.images));
    const chains = calculateChainIds(record.layers);
    for (const [i, layer] of record.layers.entries()) {
      if (present.has(chains[i] as string)) continue;
      const blob = byPath.get(item.Layers[i] as string);
      if (blob !== undefined) {
        const serialized = readJson<SerializedLayer>(blob);
        if (serialized && Array.isArray(serialized.entries)) store.builtLayers[layer.digest] = serialized;
      } else if (!isCatalogLayer(layer.digest) && !store.builtLayers[layer.digest]) {
        return fail(`open ${tmp}/${item.Layers[i]}: no such file or directory`);
      }
      events.push({ kind: "layer", id: calculateShortId(layer.digest), size: calculateLayerSize(store, layer) });
    }
    const image: ImageRecord = store.images[record.id] ?? { ...record, tags: [], repoDigests: [], lastTagTime: undefined, parent: undefined };
    store.images[image.id] = image;
    for (const layer of image.layers) store.layers[layer.digest] = true;
    idLines += `Loaded image ID: ${image.id}\n`;
    refCount = 0;
    for (const repoTag of item.RepoTags ?? []) {
      let ref;
      try {
        ref = parseImageReference(repoTag);
      } catch (error) {
        if (error instanceof ReferenceError) return fail(error.message);
        throw error;
      }
      const tagged = { ...ref, tag: ref.tag ?? "latest", digest: undefined };
      const previous = findImageByReference(store, tagged);
      if (previous && previous.id !== image.id) {
        events.push({ kind: "line", text: `The image ${formatFamiliarTagged(tagged)} already exists, renaming the old one with ID ${previous.id} to empty string\n` });
      }
      addImage(store, image, tagged);
      events.push({ kind: "line", text: `Loaded image: ${formatFamiliarTagged(tagged)}\n` });
      refCount++;
    }
    loaded.push({ image, parent: item.Parent });
  }
  const ids = new Set(loaded.map((l) => l.image.id));
  for (const { image, parent } of loaded) if (parent && ids.has(parent)) image.parent = parent;
  if (refCount === 0) events.push({ kind: "line", text: idLines });
  return { ok: true, value: events };
}
