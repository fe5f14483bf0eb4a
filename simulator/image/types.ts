/**
 * An image's runtime configuration, as in the OCI image config / `docker
 * image inspect` `.Config` (moby/moby: api/types/container/config.go).
 */
export interface ImageConfig {
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  Env: string[];
  WorkingDir: string;
  User: string;
  ExposedPorts: Record<string, Record<string, never>>;
  Labels: Record<string, string>;
  StopSignal?: string;
  /** `SHELL` of the Dockerfile that built it (moby/moby: api/types/container/config.go Shell). */
  Shell?: string[];
  /** `HEALTHCHECK` (moby/moby: api/types/container/config.go HealthConfig; durations in ns). */
  Healthcheck?: { Test: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; StartInterval?: number; Retries?: number };
  /** `ONBUILD` triggers, as written after the keyword. */
  OnBuild?: string[];
  /** `VOLUME` mount points (postgres, redis, mysql, mongo, registry). */
  Volumes?: Record<string, Record<string, never>>;
}

/** One layer as a registry serves it: compressed blob digest and size. */
export interface LayerBlob {
  digest: string;
  /** Compressed size in bytes. */
  size: number;
}

/**
 * One entry of an image's history, as the image config's `history` array
 * holds it (opencontainers/image-spec: config.md "history"; `docker history`).
 */
export interface HistoryEntry {
  /** ms since the epoch. */
  created: number;
  createdBy: string;
  /** Metadata-only step: no layer (image-spec `empty_layer`). */
  emptyLayer?: boolean;
  /** `buildkit.dockerfile.v0` for BuildKit steps. */
  comment?: string;
  author?: string;
}

/** An image in the local store (the daemon's image record). */
export interface ImageRecord {
  /** `sha256:<64 hex>`: the config digest, which is what docker calls the image ID. */
  id: string;
  /** Canonical references (`docker.io/library/alpine:latest`) that point at it. */
  tags: string[];
  /** `familiar-name@sha256:…` per repository it was pulled from. */
  repoDigests: string[];
  /** Creation time, ms since the epoch. */
  created: number;
  /** Uncompressed size in bytes (the SIZE column). */
  size: number;
  layers: LayerBlob[];
  config: ImageConfig;
  os: string;
  architecture: string;
  /** Executables the image contains, so a container can tell what it can run. */
  executables: string[];
  /**
   * The config's history, oldest first; entries without `emptyLayer` pair
   * up with `layers` in order (image-spec config.md "history").
   */
  history: HistoryEntry[];
  /** The parent image ID (classic builder intermediates), as `docker inspect` `.Parent`. */
  parent?: string;
  /** The legacy builder's cache key of the step that made it (moby/moby: image/cache compares parent + config). */
  buildKey?: string;
  /** `docker inspect` `.Comment` (`buildkit.dockerfile.v0` for BuildKit builds). */
  comment?: string;
  /** `docker inspect` `.Author` (`docker commit -a`). */
  author?: string;
  /** `.Metadata.LastTagTime`, ms (0 = never tagged locally). */
  lastTagTime?: number;
}
