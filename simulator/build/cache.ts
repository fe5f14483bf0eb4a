import type { HistoryEntry, ImageConfig } from "../image/types";

/**
 * The state after a build step: the image the step would produce. Layers
 * are referenced by digest, bottom → top (catalog blob digests for base
 * layers, vfs layer digests for built ones).
 */
export interface StepState {
  layers: { digest: string; size: number }[];
  config: ImageConfig;
  history: HistoryEntry[];
  /** Uncompressed bytes of all layers. */
  size: number;
  os: string;
  architecture: string;
}

/**
 * One BuildKit cache record (`docker buildx du` / `docker system df` "Build
 * Cache"): what a file-system step produced, keyed by its cache key. A
 * metadata-only step (ENV, CMD…) has no record: it is not an LLB operation.
 */
export interface BuildCacheEntry {
  key: string;
  /** The layer the step added, if it changed anything. */
  layer?: { digest: string; size: number };
  /** When the step first ran (its history entry's time on every later hit). */
  created: number;
  /** Bytes the step's own layer adds (0 for metadata steps). */
  size: number;
  /** The step, as `docker buildx du --verbose` describes it (`[2/4] WORKDIR /app`). */
  description: string;
  createdAt: number;
  lastUsedAt: number;
  usageCount: number;
  /** `regular`, `source.local` (context transfers) or `frontend`, as buildx du types records. */
  type: "regular" | "source.local" | "frontend";
}

/** BuildKit's cache as plain data: records by cache key. */
export interface BuildCacheState {
  entries: Record<string, BuildCacheEntry>;
}

/** An empty build cache. */
export function createBuildCache(): BuildCacheState {
  return { entries: {} };
}
