import type { ImageConfig, LayerBlob } from "./types";

/**
 * One repository as a registry serves it. The figures are the real images'
 * (amd64) at the dates given, read from pulls of that time: config digest
 * (image ID), index digest (the `Digest:` line), layer blobs, size and config.
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
  size: number;
  layers: LayerBlob[];
  config: ImageConfig;
  executables: string[];
}

const PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** busybox applets on Alpine's /bin/sh image (alpine: the busybox package's symlinks), as absolute paths. */
const BUSYBOX_APPLETS = [
  "/bin/sh", "/bin/ash", "/bin/busybox", "/bin/cat", "/bin/cp", "/bin/date", "/bin/echo", "/bin/env",
  "/bin/false", "/bin/grep", "/bin/hostname", "/bin/kill", "/bin/ln", "/bin/ls", "/bin/mkdir", "/bin/mv",
  "/bin/ping", "/bin/ps", "/bin/pwd", "/bin/rm", "/bin/sed", "/bin/sleep", "/bin/tar", "/bin/touch",
  "/bin/true", "/bin/uname", "/usr/bin/id", "/usr/bin/printenv", "/usr/bin/top", "/usr/bin/wget",
  "/usr/bin/whoami", "/usr/bin/head", "/usr/bin/tail", "/usr/bin/wc", "/usr/bin/yes", "/sbin/apk",
];

/**
 * The registries' contents this slice needs. The base-image issue extends it.
 * hello-world: docker-library/hello-world amd64/oci/image-config.json
 * (Cmd ["/hello"], WorkingDir "/", created 2025-01-21T23:32:32Z); layer
 * e6590344b1a5 and index digest as Docker Hub served them in early 2025.
 * alpine 3.21.3: layer f18232174bc9, index digest a8560b36e8b8… (Docker Hub, 2025-02).
 */
export const CATALOG: CatalogRepository[] = [
  {
    domain: "docker.io",
    path: "library/hello-world",
    tags: { latest: "linux", linux: "linux" },
    images: {
      linux: {
        id: "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602",
        indexDigest: "sha256:e0b569a5163a5e6be84e210a2587e7d447e08f87a0e90798363fa44a0464a1e8",
        created: "2025-01-21T23:32:32Z",
        size: 10072,
        layers: [{ digest: "sha256:e6590344b1a5dc518829d6ea1524fc12f8bcd14ee9a02aa6ad8360cce3a9a9e9", size: 2520 }],
        config: {
          Cmd: ["/hello"],
          Entrypoint: null,
          Env: [PATH_ENV],
          WorkingDir: "/",
          User: "",
          ExposedPorts: {},
          Labels: {},
        },
        executables: ["/hello"],
      },
    },
  },
  {
    domain: "docker.io",
    path: "library/alpine",
    tags: { latest: "3.21.3", "3": "3.21.3", "3.21": "3.21.3", "3.21.3": "3.21.3" },
    images: {
      "3.21.3": {
        id: "sha256:aded1e1a5b3705116fa0a92ba074a5e0b0031647d9c315983ccba2ee5428ec8b",
        indexDigest: "sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c",
        created: "2025-02-14T03:28:36Z",
        size: 7_834_112,
        layers: [{ digest: "sha256:f18232174bc91741fdf3da96d85011092101a032a93a388b79e99e69c2d5c870", size: 3_642_247 }],
        config: {
          Cmd: ["/bin/sh"],
          Entrypoint: null,
          Env: [PATH_ENV],
          WorkingDir: "/",
          User: "",
          ExposedPorts: {},
          Labels: {},
        },
        executables: BUSYBOX_APPLETS,
      },
    },
  },
];

/** Finds a repository in the catalog. */
export function findCatalogRepository(domain: string, path: string): CatalogRepository | undefined {
  return CATALOG.find((r) => r.domain === domain && r.path === path);
}
