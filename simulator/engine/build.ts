import { runBuildKit, calculateImageId } from "../build/builder";
import { runClassic } from "../build/classic";
import { calculateSha256Hex } from "../core/sha256";
import type { PullReport } from "./pull";
import type { StepState } from "../build/cache";
import type { BuildRecord } from "../build/record";
import { calculateBuildRef } from "../build/build-ref";
import type { BuildHost, BuildOutcome, BuildRequest, ResolvedBase } from "../build/types";
import { calculateCatalogLayer, calculateLayerExecutables, findCatalogLayer, isScratchReference, resolveCatalogReference } from "../image/catalog";
import { calculateCatalogHistory } from "../image/catalog-history";
import { formatFamiliarName, formatFamiliarTagged, parseImageReference, ReferenceError, type ImageReference } from "../image/reference";
import { addImage, findImageByReference } from "../image/store";
import type { HistoryEntry, ImageRecord } from "../image/types";
import type { CatalogImage } from "../image/catalog";
import { CONTAINER_COMMANDS } from "./container-commands";
import { deserializeLayer, serializeLayer, type Layer } from "../vfs/layer";
import type { Engine } from "./engine";
import { createBuildNetwork } from "./internet";

/** Layers by digest, shared by every engine: content-addressed, so one object per digest is always right. */
const LAYER_CACHE = new Map<string, Layer>();

/** A layer of the engine's images: a built one from the store, else a catalog layer by blob digest. */
export function resolveEngineLayer(engine: Engine, digest: string): Layer {
  const cached = LAYER_CACHE.get(digest);
  if (cached) return cached;
  const stored = engine.state.images.builtLayers[digest];
  let layer: Layer | undefined;
  if (stored) layer = deserializeLayer(stored);
  else {
    const catalog = findCatalogLayer(digest);
    if (catalog) layer = calculateCatalogLayer(catalog);
  }
  if (!layer) throw new Error(`layer ${digest} is not known`);
  LAYER_CACHE.set(digest, layer);
  return layer;
}

/** The StepState of a local image (its layers, config and history). */
function toStepState(image: ImageRecord): StepState {
  return {
    layers: image.layers.map((l) => ({ digest: l.digest, size: l.size })),
    config: structuredClone(image.config),
    history: structuredClone(image.history),
    size: image.size,
    os: image.os,
    architecture: image.architecture,
  };
}

type BaseResolution = ReturnType<BuildHost["resolveBase"]>;

/** A FROM reference parsed, with the canonical name builds show; a bad reference is the same error for both builders. */
function parseBaseReference(text: string): { ref: ImageReference; canonical: string } | Extract<BaseResolution, { ok: false }> {
  try {
    const ref = parseImageReference(text);
    return { ref, canonical: `${ref.domain}/${ref.path}:${ref.tag ?? "latest"}` };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { ok: false, error: { buildkit: error.message, classic: error.message } };
  }
}

/**
 * The executables an image holds, as runc would find them on its root file
 * system; built images get theirs on first use and keep them in the record.
 */
export function findImageExecutables(engine: Engine, image: ImageRecord | undefined): string[] {
  if (!image) return [];
  if (image.executables.length === 0 && image.layers.length > 0) {
    try {
      image.executables = calculateLayerExecutables(image.layers.map((l) => resolveEngineLayer(engine, l.digest)));
    } catch {
      return [];
    }
  }
  return image.executables;
}

/** Resolves a FROM reference: the local image unless `--pull`, else the registry's; failures in BuildKit's and dockerd's words. */
function resolveBase(engine: Engine, text: string, pull: boolean): BaseResolution {
  const parsed = parseBaseReference(text);
  if ("error" in parsed) return parsed;
  const { ref, canonical } = parsed;
  const local = findImageByReference(engine.state.images, ref);
  if (local && !pull) {
    const digest = local.repoDigests[0]?.split("@")[1];
    return { ok: true, base: { id: local.id, state: toStepState(local), canonical, ...(digest ? { digest } : {}), downloaded: [] } };
  }
  if (isScratchReference(ref)) return { ok: false, error: { buildkit: "'scratch' is a reserved name", classic: "'scratch' is a reserved name" } };
  const found = resolveCatalogReference(ref);
  if (!found.ok) {
    const familiar = formatFamiliarName(ref);
    if (found.reason === "unknown-repository" && ref.domain !== "docker.io") {
      return {
        ok: false,
        error: {
          buildkit: `failed to do request: Head "https://${ref.domain}/v2/${ref.path}/manifests/${ref.tag ?? "latest"}": dial tcp: lookup ${ref.domain}: no such host`,
          classic: `Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain}: no such host`,
        },
      };
    }
    if (found.reason === "unknown-repository") {
      return {
        ok: false,
        error: {
          buildkit: "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
          classic: `pull access denied for ${familiar}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
        },
      };
    }
    return { ok: false, error: { buildkit: `${canonical}: not found`, classic: `manifest for ${formatFamiliarTagged(ref)} not found: manifest unknown: manifest unknown` } };
  }
  const image = found.image;
  const present = (digest: string): boolean => engine.state.images.layers[digest] === true || engine.state.buildCache.entries[`blob:${digest}`] !== undefined;
  const downloaded = image.layers.filter((l) => !present(l.digest)).map((l) => ({ digest: l.digest, size: l.size }));
  for (const l of downloaded) {
    const now = engine.clock.now();
    engine.state.buildCache.entries[`blob:${l.digest}`] = { key: `blob:${l.digest}`, created: now, size: l.size, description: `pulled layer of ${canonical}`, createdAt: now, lastUsedAt: now, usageCount: 1, type: "regular" };
  }
  const base: ResolvedBase = {
    id: image.id,
    state: {
      layers: image.layers.map((l) => ({ digest: l.digest, size: l.size })),
      config: structuredClone(image.config),
      history: calculateCachedHistory(image),
      size: image.size,
      os: "linux",
      architecture: "amd64",
    },
    canonical,
    digest: image.indexDigest,
    downloaded,
  };
  return { ok: true, base };
}

const HISTORY_CACHE = new Map<string, HistoryEntry[]>();

/** A catalog image's history, computed once per image. */
function calculateCachedHistory(image: CatalogImage): HistoryEntry[] {
  let history = HISTORY_CACHE.get(image.id);
  if (!history) {
    history = calculateCatalogHistory(image);
    HISTORY_CACHE.set(image.id, history);
  }
  return structuredClone(history);
}

/** The daemon side of a build: images, layers, cache, clock and IDs. */
export function createBuildHost(engine: Engine): BuildHost {
  const cache = engine.state.buildCache.entries;
  return {
    clock: engine.clock,
    ids: engine.ids,
    commands: CONTAINER_COMMANDS,
    network: createBuildNetwork(engine),
    resolveBase: (text, pull) => resolveBase(engine, text, pull),
    getLayer: (digest) => resolveEngineLayer(engine, digest),
    putLayer(layer) {
      if (!engine.state.images.builtLayers[layer.digest]) engine.state.images.builtLayers[layer.digest] = serializeLayer(layer);
      LAYER_CACHE.set(layer.digest, layer);
    },
    lookupCache(key) {
      const entry = cache[key];
      if (!entry) return undefined;
      entry.lastUsedAt = engine.clock.now();
      entry.usageCount++;
      return { ...(entry.layer ? { layer: entry.layer } : {}), created: entry.created };
    },
    storeCache(key, step, description) {
      const now = engine.clock.now();
      cache[key] = { key, ...(step.layer ? { layer: step.layer } : {}), created: step.created, size: step.layer?.size ?? 0, description, createdAt: now, lastUsedAt: now, usageCount: 1, type: "regular" };
    },
    lookupClassic(parentId, key) {
      const image = Object.values(engine.state.images.images).find((i) => (i.parent ?? "") === parentId && i.buildKey === key);
      return image ? { id: image.id, state: toStepState(image) } : undefined;
    },
    commitClassic(parentId, key, state) {
      const id = calculateImageId(state);
      const finalId = engine.state.images.images[id] ? `sha256:${calculateSha256Hex(`${id}${parentId}${key}`)}` : id;
      engine.state.images.images[finalId] = {
        id: finalId,
        tags: [],
        repoDigests: [],
        created: engine.clock.now(),
        size: state.size,
        layers: state.layers.map((l) => ({ digest: l.digest, size: l.size })),
        config: structuredClone(state.config),
        os: state.os,
        architecture: state.architecture,
        executables: [],
        history: structuredClone(state.history),
        ...(parentId ? { parent: parentId } : {}),
        buildKey: key,
      };
      return finalId;
    },
  };
}

/** The legacy builder's FROM: a real pull into the image store when the image is absent (or with --pull). */
function resolveClassicBase(engine: Engine, text: string, pull: boolean): BaseResolution {
  const parsed = parseBaseReference(text);
  if ("error" in parsed) return parsed;
  const { ref, canonical } = parsed;
  let local = findImageByReference(engine.state.images, ref);
  let report: PullReport | undefined;
  if (!local || pull) {
    const pulled = engine.pull(ref);
    if (!pulled.ok) return { ok: false, error: { buildkit: pulled.error.message, classic: pulled.error.message } };
    report = pulled.value;
    local = pulled.value.image;
  }
  return { ok: true, base: { id: local.id, state: toStepState(local), canonical, downloaded: [], ...(report ? { pull: report } : {}) } };
}

/** What a build left: the outcome, the image (if any) and the record. */
export interface BuildReport {
  outcome: BuildOutcome;
  image?: ImageRecord;
  record: BuildRecord;
}

/**
 * Builds and, on success, stores the image under every `-t` tag (a tag
 * moved off an older image leaves that one `<none>`), and records the build
 * (docker/buildx build; moby/moby: daemon/internal/builder-next exporter).
 */
export function dispatchBuild(engine: Engine, request: BuildRequest, paths: { context: string; dockerfile: string }): BuildReport {
  engine.settle();
  const previous = [...engine.state.builds].reverse().find((b) => b.contextPath === paths.context && b.dockerfilePath === paths.dockerfile);
  const startedAt = engine.clock.now();
  const host = createBuildHost(engine);
  const outcome = request.builder === "classic" ? runClassic(request, { ...host, resolveBase: (text, pull) => resolveClassicBase(engine, text, pull) }, previous) : runBuildKit(request, host, previous);
  const record: BuildRecord = {
    ref: calculateBuildRef(engine.ids),
    builder: request.builder,
    startedAt,
    finishedAt: engine.clock.now(),
    contextPath: paths.context,
    dockerfilePath: paths.dockerfile,
    tags: request.tags,
    ...(request.target ? { target: request.target } : {}),
    steps: outcome.steps,
  };
  let image: ImageRecord | undefined;
  if (outcome.ok && outcome.imageId) {
    image = tagImage(engine, outcome.imageId, request.tags);
    record.imageId = outcome.imageId;
  } else if (outcome.ok && outcome.result) {
    image = commitBuiltImage(engine, outcome.result, request.tags);
    record.imageId = image.id;
  } else if (outcome.error) record.error = outcome.error.message;
  record.finishedAt = engine.clock.now();
  engine.state.builds.push(record);
  return { outcome, record, ...(image ? { image } : {}) };
}

/** Points tags at an image already in the store (the legacy builder's last intermediate). */
function tagImage(engine: Engine, id: string, tags: readonly string[]): ImageRecord | undefined {
  const image = engine.state.images.images[id];
  if (!image) return undefined;
  for (const tag of tags) {
    addImage(engine.state.images, image, parseImageReference(tag));
    image.lastTagTime = engine.clock.now();
  }
  return engine.state.images.images[id];
}

/** Stores a built image (or finds the identical one) and points the tags at it. */
export function commitBuiltImage(engine: Engine, state: StepState, tags: readonly string[]): ImageRecord {
  const id = calculateImageId(state);
  const store = engine.state.images;
  const created = state.history.reduce((t, h) => Math.max(t, h.created), 0);
  const existing = store.images[id];
  const record: ImageRecord = existing ?? {
    id,
    tags: [],
    repoDigests: [],
    created,
    size: state.size,
    layers: state.layers.map((l) => ({ digest: l.digest, size: l.size })),
    config: state.config,
    os: state.os,
    architecture: state.architecture,
    // Worked out on first use (findImageExecutables): most built images are never run in a lesson.
    executables: [],
    history: state.history,
    comment: "buildkit.dockerfile.v0",
  };
  store.images[id] ??= record;
  return tagImage(engine, id, tags) ?? record;
}
