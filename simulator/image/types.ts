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
  /** `VOLUME` mount points (postgres, redis, mysql, mongo, registry). */
  Volumes?: Record<string, Record<string, never>>;
}

/** One layer as a registry serves it: compressed blob digest and size. */
export interface LayerBlob {
  digest: string;
  /** Compressed size in bytes. */
  size: number;
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
}
