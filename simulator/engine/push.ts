import { calculateShortId } from "../core/ids";
import { CATALOG } from "../image/catalog";
import { formatFamiliarName, parseImageReference, type ImageReference } from "../image/reference";
import type { ImageRecord } from "../image/types";
import type { Engine } from "./engine";
import { calculateDiffId, calculateImageManifest } from "./manifest";
import { findLogin, openRegistry, type RegistryView } from "./registries";
import { createVolumeStore } from "./volumes";

/** One message of the push's progress stream (moby/moby: pkg/jsonmessage JSONMessage). */
export interface PushMessage {
  /** The layer's short DiffID, for per-layer status lines. */
  id?: string;
  status: string;
}

/** What a push printed, and the stream error it ended with, if any. */
export interface PushReport {
  messages: PushMessage[];
  /** The error the stream ends with (`denied: requested access to the resource is denied`). */
  error?: string;
}

/** Uploads the daemon runs at once (moby/moby: daemon/config, default max-concurrent-uploads 5). */
const MAX_CONCURRENT_UPLOADS = 5;

/** Whether a repository of the registry holds a layer blob. */
function holdsLayer(images: Record<string, { image: ImageRecord }> | undefined, digest: string): boolean {
  return Object.values(images ?? {}).some((p) => p.image.layers.some((l) => l.digest === digest));
}

/** Repository paths of the catalog on `domain` whose images contain `digest`, in catalog order. */
function findCatalogSources(domain: string, digest: string): string[] {
  return CATALOG.filter((r) => r.domain === domain && Object.values(r.images).some((i) => i.layers.some((l) => l.digest === digest))).map((r) => r.path);
}

/**
 * The repository of the same registry a layer can be mounted from: the
 * repository the image was pulled from when it holds the layer (the v2
 * metadata the puller recorded), else another catalog or pushed repository
 * holding it (moby/moby: distribution/push_v2.go getRepositoryMountCandidates).
 * Simplification: candidates are ranked by that rule, not by the metadata
 * service's path-similarity sort.
 */
function findMountSource(view: RegistryView, domain: string, target: string, image: ImageRecord, digest: string): string | undefined {
  const catalog = findCatalogSources(domain, digest);
  const pushed = view.paths().filter((p) => p !== target && holdsLayer(view.find(p), digest));
  const candidates = [...catalog, ...pushed].filter((p) => p !== target);
  for (const repoDigest of image.repoDigests) {
    try {
      const ref = parseImageReference(repoDigest);
      if (ref.domain === domain && candidates.includes(ref.path)) return ref.path;
    } catch {
      // A malformed repo digest names no source.
    }
  }
  return candidates[0];
}

/**
 * ImagePush (moby/moby: distribution/push.go Push, push_v2.go, xfer/upload.go):
 * `The push refers to repository [docker.io/myuser/web-app]`; then, per tag,
 * `Preparing` for every layer top to bottom, `Waiting` for those past the
 * fifth upload slot, one result per layer (`Pushed`, `Layer already exists`
 * when the repository holds it, `Mounted from library/python` when another
 * repository of the registry does), and `TAG: digest: sha256:… size: N`.
 * Failures end the stream with the daemon's error: no local tag
 * (`An image does not exist locally with the tag: NAME`), an unreachable
 * registry, or Docker Hub refusing a push outside the logged-in user's
 * namespace (`denied: requested access to the resource is denied`,
 * fidelity-reference §3.8). A successful push stores the image in the
 * registry and records the repo digest on the local image
 * (push_v2.go addDigestReference).
 * Simplification: other public registries refuse an anonymous push with
 * distribution's `unauthorized: authentication required`.
 */
export function dispatchPush(engine: Engine, ref: ImageReference, allTags: boolean): PushReport {
  engine.settle();
  const now = engine.clock.now();
  const store = engine.state.images;
  const repository = `${ref.domain}/${ref.path}`;
  const familiar = formatFamiliarName(ref);
  const messages: PushMessage[] = [{ status: `The push refers to repository [${repository}]` }];
  const fail = (error: string): PushReport => ({ messages, error });

  const tags = Object.keys(store.tags)
    .filter((k) => k.startsWith(`${repository}:`))
    .map((k) => k.slice(repository.length + 1))
    .sort();
  if (tags.length === 0) return fail(`An image does not exist locally with the tag: ${familiar}`);
  engine.state.volumes ??= createVolumeStore();
  const endpoint = openRegistry({ ...engine.state, volumes: engine.state.volumes }, ref.domain, now);
  if (!endpoint.ok) return fail(endpoint.message);
  const wanted = allTags ? tags : [ref.tag ?? "latest"];
  let refusal: string | undefined;
  if (endpoint.kind === "public") {
    const login = findLogin(engine.state.registries, ref.domain);
    const namespace = ref.path.split("/")[0];
    if (!login && ref.domain !== "docker.io") refusal = "unauthorized: authentication required";
    else if (!login || namespace !== login.username.toLowerCase()) refusal = "denied: requested access to the resource is denied";
  }

  const remote = new Set<string>();
  for (const tag of wanted) {
    const id = store.tags[`${repository}:${tag}`];
    const image = id ? store.images[id] : undefined;
    if (!image) return fail(`tag does not exist: ${familiar}:${tag}`);
    const layers = [...image.layers].reverse();
    const shown = layers.map((l) => calculateShortId(calculateDiffId(l.digest)));
    for (const layerId of shown) messages.push({ id: layerId, status: "Preparing" });
    const unique = layers.filter((l, i) => layers.findIndex((o) => o.digest === l.digest) === i);
    unique.forEach((l, i) => {
      if (i >= MAX_CONCURRENT_UPLOADS) messages.push({ id: calculateShortId(calculateDiffId(l.digest)), status: "Waiting" });
    });
    if (refusal) return fail(refusal);
    const target = endpoint.view.find(ref.path);
    for (const layer of unique) {
      const layerId = calculateShortId(calculateDiffId(layer.digest));
      let status = "Pushed";
      if (remote.has(layer.digest) || holdsLayer(target, layer.digest)) status = "Layer already exists";
      else {
        const source = findMountSource(endpoint.view, ref.domain, ref.path, image, layer.digest);
        if (source !== undefined) status = `Mounted from ${source}`;
      }
      remote.add(layer.digest);
      messages.push({ id: layerId, status });
    }
    const manifest = calculateImageManifest(image);
    const stored: ImageRecord = { ...structuredClone(image), tags: [], repoDigests: [] };
    endpoint.view.ensure(ref.path)[tag] = { image: stored, digest: manifest.digest, pushedAt: now };
    const repoDigest = `${familiar}@${manifest.digest}`;
    if (!image.repoDigests.includes(repoDigest)) image.repoDigests.push(repoDigest);
    messages.push({ status: `${tag}: digest: ${manifest.digest} size: ${manifest.size}` });
  }
  return { messages };
}
