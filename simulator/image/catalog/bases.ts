/**
 * Distribution base images: alpine, busybox, debian, ubuntu, plus hello-world
 * and the base layers other catalog images build on. Configs as the images'
 * Dockerfiles set them (docker-library/official-images library/<name>;
 * alpinelinux/docker-alpine, debuerreotype/docker-debian-artifacts,
 * docker-library/busybox, Canonical's ubuntu-docker-images). Sizes are
 * `docker images` figures of early 2025.
 */
import type { LayerBlob } from "../types";
import { defineImage, defineLayer, defineRepository, PATH_ENV, type CatalogLayer, type CatalogRepository } from "./shape";

/** The real alpine 3.21.3 amd64 layer (Docker Hub, 2025-02): f18232174bc9. */
const ALPINE_3_21_REAL: LayerBlob = { digest: "sha256:f18232174bc91741fdf3da96d85011092101a032a93a388b79e99e69c2d5c870", size: 3_642_247 };

/** alpine:3.21.3's rootfs layer (real digest), shared by every *-alpine image built on alpine3.21. */
export const ALPINE_3_21: CatalogLayer = Object.freeze({ ...ALPINE_3_21_REAL, uncompressed: 7_834_112, content: { kind: "distro", distro: "alpine-3.21" } as const });
/** alpine:3.20.6. Simplification: synthetic digest. */
export const ALPINE_3_20 = defineLayer("alpine:3.20.6", 3_626_402, 7_798_291, { kind: "distro", distro: "alpine-3.20" });
/** alpine:3.19.7. Simplification: synthetic digest. */
export const ALPINE_3_19 = defineLayer("alpine:3.19.7", 3_418_909, 7_376_125, { kind: "distro", distro: "alpine-3.19" });
/** alpine:3.18.4 (2023), under registry:2.8.3, node:16-alpine and docker/getting-started. Simplification: synthetic digest. */
export const ALPINE_3_18 = defineLayer("alpine:3.18.4", 3_401_613, 7_331_806, { kind: "distro", distro: "alpine-3.18" });
/** alpine:3.14 (2022), under node:gallium-alpine3.14. Simplification: synthetic digest. */
export const ALPINE_3_14 = defineLayer("alpine:3.14.8", 2_828_820, 5_611_427, { kind: "distro", distro: "alpine-3.14" });
/** alpine:3.7 (2019), under kuard. Simplification: synthetic digest. */
export const ALPINE_3_7 = defineLayer("alpine:3.7.3", 2_107_098, 4_206_298, { kind: "distro", distro: "alpine-3.7" });

/** debian:bookworm (12.9, bookworm-20250203). Simplification: synthetic digest. */
export const DEBIAN_BOOKWORM = defineLayer("debian:bookworm-20250203", 48_494_272, 116_542_540, { kind: "distro", distro: "debian-bookworm" });
/** debian:bookworm-slim (12.9), shared by python:*-slim, node:*-slim, nginx, httpd, redis, postgres. Simplification: synthetic digest. */
export const DEBIAN_BOOKWORM_SLIM = defineLayer("debian:bookworm-20250203-slim", 28_231_223, 74_780_468, { kind: "distro", distro: "debian-bookworm-slim" });
/** debian:bullseye (2023-08), under node:16. Simplification: synthetic digest. */
export const DEBIAN_BULLSEYE = defineLayer("debian:bullseye-20230814", 55_052_631, 124_010_345, { kind: "distro", distro: "debian-bullseye" });
/** debian:bullseye-slim (2023-08), under node:16-slim. Simplification: synthetic digest. */
export const DEBIAN_BULLSEYE_SLIM = defineLayer("debian:bullseye-20230814-slim", 31_417_710, 80_548_120, { kind: "distro", distro: "debian-bullseye-slim" });

/** buildpack-deps:bookworm-curl's layer (ca-certificates curl gnupg netbase sq wget). Simplification: synthetic digest. */
export const BOOKWORM_CURL = defineLayer("buildpack-deps:bookworm-curl", 24_058_312, 56_981_322, { kind: "packages", distro: "debian-bookworm", set: "curl" });
/** buildpack-deps:bookworm-scm's layer (git mercurial openssh-client subversion procps). Simplification: synthetic digest. */
export const BOOKWORM_SCM = defineLayer("buildpack-deps:bookworm-scm", 64_393_045, 150_220_614, { kind: "packages", distro: "debian-bookworm", set: "scm" });
/** buildpack-deps:bookworm's layer (gcc make autoconf and the -dev libraries). Simplification: synthetic digest. */
export const BOOKWORM_BUILD = defineLayer("buildpack-deps:bookworm", 211_306_871, 578_312_890, { kind: "packages", distro: "debian-bookworm", set: "build" });
/** buildpack-deps:bullseye-curl (2023-08). Simplification: synthetic digest. */
export const BULLSEYE_CURL = defineLayer("buildpack-deps:bullseye-curl", 15_762_810, 45_120_033, { kind: "packages", distro: "debian-bullseye", set: "curl" });
/** buildpack-deps:bullseye-scm (2023-08). Simplification: synthetic digest. */
export const BULLSEYE_SCM = defineLayer("buildpack-deps:bullseye-scm", 54_592_344, 140_402_117, { kind: "packages", distro: "debian-bullseye", set: "scm" });
/** buildpack-deps:bullseye (2023-08). Simplification: synthetic digest. */
export const BULLSEYE_BUILD = defineLayer("buildpack-deps:bullseye", 196_881_430, 445_213_780, { kind: "packages", distro: "debian-bullseye", set: "build" });

/** ubuntu:24.04 (noble-20250127). Simplification: synthetic digest. */
export const UBUNTU_24_04 = defineLayer("ubuntu:noble-20250127", 29_754_290, 78_118_290, { kind: "distro", distro: "ubuntu-24.04" });
/** ubuntu:22.04 (jammy-20250126). Simplification: synthetic digest. */
export const UBUNTU_22_04 = defineLayer("ubuntu:jammy-20250126", 29_536_795, 77_863_911, { kind: "distro", distro: "ubuntu-22.04" });
/** ubuntu:20.04 (focal-20250127). Simplification: synthetic digest. */
export const UBUNTU_20_04 = defineLayer("ubuntu:focal-20250127", 27_514_563, 72_811_014, { kind: "distro", distro: "ubuntu-20.04" });
/** oraclelinux:9-slim (9.5, 2025-01), under mysql. Simplification: synthetic digest. */
export const ORACLELINUX_9_SLIM = defineLayer("oraclelinux:9-slim-20250115", 47_312_077, 118_120_340, { kind: "distro", distro: "oraclelinux-9-slim" });

const ALPINE_CMD = { Cmd: ["/bin/sh"], Env: [PATH_ENV] };

/** alpine (alpinelinux/docker-alpine; 3.21.3 IDs real, Docker Hub 2025-02). */
const ALPINE = defineRepository(
  "docker.io",
  "library/alpine",
  { latest: "3.21.3", "3": "3.21.3", "3.21": "3.21.3", "3.21.3": "3.21.3", "3.20": "3.20.6", "3.20.6": "3.20.6", "3.19": "3.19.7", "3.19.7": "3.19.7" },
  {
    "3.21.3": defineImage("alpine:3.21.3", {
      id: "sha256:aded1e1a5b3705116fa0a92ba074a5e0b0031647d9c315983ccba2ee5428ec8b",
      indexDigest: "sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c",
      created: "2025-02-14T03:28:36Z",
      layers: [ALPINE_3_21],
      config: { ...ALPINE_CMD, WorkingDir: "/" },
    }),
    "3.20.6": defineImage("alpine:3.20.6", { created: "2025-02-14T03:28:36Z", layers: [ALPINE_3_20], config: { ...ALPINE_CMD, WorkingDir: "/" } }),
    "3.19.7": defineImage("alpine:3.19.7", { created: "2025-02-14T03:28:36Z", layers: [ALPINE_3_19], config: { ...ALPINE_CMD, WorkingDir: "/" } }),
  },
);

/** hello-world: docker-library/hello-world amd64/oci/image-config.json (Cmd ["/hello"], created 2025-01-21T23:32:32Z); IDs real (Docker Hub, early 2025). */
const HELLO_WORLD = defineRepository("docker.io", "library/hello-world", { latest: "linux", linux: "linux" }, {
  linux: defineImage("hello-world:linux", {
    id: "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602",
    indexDigest: "sha256:e0b569a5163a5e6be84e210a2587e7d447e08f87a0e90798363fa44a0464a1e8",
    created: "2025-01-21T23:32:32Z",
    layers: [
      Object.freeze({ digest: "sha256:e6590344b1a5dc518829d6ea1524fc12f8bcd14ee9a02aa6ad8360cce3a9a9e9", size: 2520, uncompressed: 10_072, content: { kind: "app", app: "hello", version: "1", distro: "busybox" } as const }),
    ],
    config: { Cmd: ["/hello"], Env: [PATH_ENV], WorkingDir: "/" },
  }),
});

/** busybox (docker-library/busybox latest/glibc: CMD ["sh"]). Simplification: synthetic digest. */
const BUSYBOX = defineRepository(
  "docker.io",
  "library/busybox",
  { latest: "1.37.0", "1": "1.37.0", "1.37": "1.37.0", "1.37.0": "1.37.0", glibc: "1.37.0", stable: "1.36.1", "1.36": "1.36.1", "1.36.1": "1.36.1" },
  {
    "1.37.0": defineImage("busybox:1.37.0", { created: "2024-09-26T21:31:42Z", layers: [defineLayer("busybox:1.37.0-glibc", 2_152_262, 4_269_992, { kind: "distro", distro: "busybox" })], config: { Cmd: ["sh"], Env: [PATH_ENV] } }),
    "1.36.1": defineImage("busybox:1.36.1", { created: "2024-09-26T21:31:42Z", layers: [defineLayer("busybox:1.36.1-glibc", 2_151_802, 4_261_550, { kind: "distro", distro: "busybox" })], config: { Cmd: ["sh"], Env: [PATH_ENV] } }),
  },
);

function ubuntuImage(version: string, created: string, layer: CatalogLayer) {
  return defineImage(`ubuntu:${version}`, {
    created,
    layers: [layer],
    config: { Cmd: ["/bin/bash"], Env: [PATH_ENV], Labels: { "org.opencontainers.image.ref.name": "ubuntu", "org.opencontainers.image.version": version } },
  });
}

/** ubuntu (Canonical's ubuntu-docker-images: LABEL org.opencontainers.image.version, CMD ["/bin/bash"]). */
const UBUNTU = defineRepository(
  "docker.io",
  "library/ubuntu",
  {
    latest: "24.04", "24.04": "24.04", noble: "24.04", "noble-20250127": "24.04",
    "22.04": "22.04", jammy: "22.04", "jammy-20250126": "22.04", "20.04": "20.04", focal: "20.04", "focal-20250127": "20.04",
  },
  {
    "24.04": ubuntuImage("24.04", "2025-01-27T19:42:53Z", UBUNTU_24_04),
    "22.04": ubuntuImage("22.04", "2025-01-26T05:31:28Z", UBUNTU_22_04),
    "20.04": ubuntuImage("20.04", "2025-01-27T19:41:46Z", UBUNTU_20_04),
  },
);

/** debian (debuerreotype/docker-debian-artifacts: CMD ["bash"]). */
const DEBIAN = defineRepository(
  "docker.io",
  "library/debian",
  {
    latest: "bookworm", bookworm: "bookworm", "12": "bookworm", "12.9": "bookworm", "bookworm-20250203": "bookworm", stable: "bookworm",
    "bookworm-slim": "bookworm-slim", "12-slim": "bookworm-slim", "12.9-slim": "bookworm-slim", "stable-slim": "bookworm-slim",
  },
  {
    bookworm: defineImage("debian:bookworm", { created: "2025-02-03T00:00:00Z", layers: [DEBIAN_BOOKWORM], config: { Cmd: ["bash"], Env: [PATH_ENV] } }),
    "bookworm-slim": defineImage("debian:bookworm-slim", { created: "2025-02-03T00:00:00Z", layers: [DEBIAN_BOOKWORM_SLIM], config: { Cmd: ["bash"], Env: [PATH_ENV] } }),
  },
);

/** The distribution repositories. */
export const BASE_REPOSITORIES: CatalogRepository[] = [HELLO_WORLD, ALPINE, BUSYBOX, UBUNTU, DEBIAN];
