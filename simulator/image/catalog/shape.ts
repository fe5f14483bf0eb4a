import { calculateSha256Hex } from "../../core/sha256";
import type { ImageConfig, LayerBlob } from "../types";

/**
 * One repository as a registry serves it. The figures are the real images'
 * (amd64) at the dates given: config digest (image ID), index digest (the
 * `Digest:` line), layer blobs, size and config (docker-library/official-images,
 * Docker Hub tag pages, docker-library/repo-info).
 */
export interface CatalogRepository {
  domain: string;
  path: string;
  /** Tag → image key in `images`. */
  tags: Record<string, string>;
  images: Record<string, CatalogImage>;
}

/** One image of a catalog repository. */
export interface CatalogImage {
  id: string;
  /** The manifest-list digest `docker pull` reports. */
  indexDigest: string;
  created: string;
  /** Uncompressed size: the sum of the layers' `uncompressed` (docker images SIZE). */
  size: number;
  /** Layer blobs bottom → top; a `CatalogLayer` also says what the layer holds. */
  layers: CatalogLayer[];
  config: ImageConfig;
  /** Executable paths in the image (computed lazily from the root filesystem). */
  executables: string[];
}

/** Linux distributions the root filesystem templates know (os-release ID + release). */
export type DistroId =
  | "alpine-3.21" | "alpine-3.20" | "alpine-3.19" | "alpine-3.18" | "alpine-3.14" | "alpine-3.7"
  | "busybox" | "ubuntu-20.04" | "ubuntu-22.04" | "ubuntu-24.04"
  | "debian-bookworm" | "debian-bookworm-slim" | "debian-bullseye" | "debian-bullseye-slim" | "oraclelinux-9-slim";

/** Server and tool packages an image layer can install on top of a distro. */
export type AppId =
  | "nginx" | "nginx-entrypoint" | "httpd" | "postgres" | "redis" | "mysql" | "mongo" | "registry"
  | "hello" | "kuard" | "getting-started" | "temurin-entrypoint" | "node-entrypoint" | "gosu";

/**
 * What a catalog layer contains, for simulator/image/rootfs to materialise:
 * a distro base, a package set, a language runtime or an application.
 */
export type LayerContent =
  | { kind: "empty" }
  | { kind: "distro"; distro: DistroId }
  | { kind: "packages"; distro: DistroId; set: "curl" | "scm" | "build" | "python-deps" | "runtime-deps" | "locale" }
  | { kind: "python"; version: string; distro: DistroId; pip: string; setuptools?: string; wheel?: string }
  | { kind: "python-links"; version: string }
  | { kind: "node"; version: string; distro: DistroId; npm: string }
  | { kind: "yarn"; version: string }
  | { kind: "go"; version: string }
  | { kind: "gopath" }
  | { kind: "java"; version: string }
  | { kind: "users"; distro: DistroId; users: readonly string[] }
  | { kind: "app"; app: AppId; version: string; distro: DistroId };

/** A layer blob plus its uncompressed size (what the layer adds to SIZE) and its contents. */
export interface CatalogLayer extends LayerBlob {
  uncompressed: number;
  content: LayerContent;
}

/** Docker's default PATH for a container (moby/moby: oci/defaults.go DefaultPathEnv). */
export const PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/**
 * A deterministic `sha256:` digest named after `seed`.
 * Simplification: synthetic digest — stands in where the real registry digest is not recorded.
 */
export function calculateSyntheticDigest(seed: string): string {
  return `sha256:${calculateSha256Hex(`dockyard-catalog:${seed}`)}`;
}

/**
 * A catalog layer whose blob digest is synthetic, named by `seed`; two images
 * built on the same base use the same constant, so the digests match and
 * `docker pull` prints `Already exists` (moby/moby: distribution/pull_v2.go).
 * Simplification: synthetic digest.
 */
export function defineLayer(seed: string, compressed: number, uncompressed: number, content: LayerContent): CatalogLayer {
  return Object.freeze({ digest: calculateSyntheticDigest(`layer:${seed}`), size: compressed, uncompressed, content });
}

/** The fields a catalog entry states; the rest has Docker's defaults (moby/moby: api/types/container/config.go). */
export interface ImageSpec {
  created: string;
  layers: CatalogLayer[];
  config: Partial<ImageConfig> & { Env: string[] };
  /** Real config digest, when known. */
  id?: string;
  /** Real index digest, when known. */
  indexDigest?: string;
}

type ExecutablesOf = (image: CatalogImage) => string[];
let executablesOf: ExecutablesOf = () => [];

/** Installs the function that lists an image's executables (simulator/image/rootfs registers it, avoiding an import cycle). */
export function setExecutablesProvider(provider: ExecutablesOf): void {
  executablesOf = provider;
}

/**
 * A catalog image from `spec`; `seed` (`repo:key`) names its synthetic IDs
 * (Simplification: synthetic digest) unless real ones are given. Size is the
 * sum of the layers' uncompressed sizes, as `docker images` adds them.
 */
export function defineImage(seed: string, spec: ImageSpec): CatalogImage {
  let cached: string[] | undefined;
  const { Env, ...rest } = spec.config;
  const image: CatalogImage = {
    id: spec.id ?? calculateSyntheticDigest(`config:${seed}`),
    indexDigest: spec.indexDigest ?? calculateSyntheticDigest(`index:${seed}`),
    created: spec.created,
    size: spec.layers.reduce((n, l) => n + l.uncompressed, 0),
    layers: spec.layers,
    config: {
      Cmd: null,
      Entrypoint: null,
      Env,
      WorkingDir: "",
      User: "",
      ExposedPorts: {},
      Labels: {},
      ...rest,
    },
    get executables(): string[] {
      cached ??= executablesOf(image);
      return cached;
    },
  };
  return image;
}

/** `{ "80/tcp": {} }` from port specs, as EXPOSE records them. */
export function exposed(...ports: string[]): Record<string, Record<string, never>> {
  return Object.fromEntries(ports.map((p) => [p.includes("/") ? p : `${p}/tcp`, {}]));
}

/** A repository from its images and tag → key map. */
export function defineRepository(domain: string, path: string, tags: Record<string, string>, images: Record<string, CatalogImage>): CatalogRepository {
  return { domain, path, tags, images };
}

/** A layer of `defineStack`: seed suffix, compressed size, uncompressed size ("rest" = the remainder up to the total), contents. */
export type StackPart = [name: string, compressed: number, uncompressed: number | "rest", content: LayerContent];

/**
 * Layers `base` + `parts` whose uncompressed sizes add up to `total` (the
 * `docker images` SIZE of the real image): the part declared "rest" takes the
 * remainder. Simplification: synthetic digest for the parts.
 */
export function defineStack(seed: string, base: readonly CatalogLayer[], parts: readonly StackPart[], total: number): CatalogLayer[] {
  const known = [...base.map((l) => l.uncompressed), ...parts.map((p) => (p[2] === "rest" ? 0 : p[2]))].reduce((a, b) => a + b, 0);
  return [
    ...base,
    ...parts.map(([name, compressed, uncompressed, content]) => defineLayer(`${seed}:${name}`, compressed, uncompressed === "rest" ? total - known : uncompressed, content)),
  ];
}
