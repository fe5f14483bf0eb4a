/**
 * golang (docker-library/golang: FROM buildpack-deps:bookworm-scm, apt g++
 * gcc libc6-dev make pkg-config, the Go tarball, mkdir $GOPATH; alpine on
 * alpine3.21) and eclipse-temurin (adoptium/containers: JDK on
 * ubuntu:noble, ENTRYPOINT ["/__cacert_entrypoint.sh"], CMD ["jshell"]).
 * Sizes: `docker images`, early 2025. Simplification: synthetic digest.
 */
import { ALPINE_3_21, BOOKWORM_CURL, BOOKWORM_SCM, DEBIAN_BOOKWORM, UBUNTU_24_04 } from "./bases";
import { defineImage, defineLayer, defineRepository, defineStack, type CatalogImage, type CatalogRepository } from "./shape";

/** `apt-get install g++ gcc libc6-dev make pkg-config` in the golang Dockerfile. */
const GO_BUILD_DEPS = defineLayer("golang:bookworm-gcc", 92_325_108, 281_330_417, { kind: "packages", distro: "debian-bookworm", set: "build" });

function golangImage(version: string, variant: "bookworm" | "alpine", size: number, created: string): CatalogImage {
  const seed = `golang:${version}-${variant}`;
  const base = variant === "bookworm" ? [DEBIAN_BOOKWORM, BOOKWORM_CURL, BOOKWORM_SCM, GO_BUILD_DEPS] : [ALPINE_3_21, defineLayer("golang:alpine-ca-certificates", 283_010, 692_330, { kind: "packages", distro: "alpine-3.21", set: "runtime-deps" })];
  return defineImage(seed, {
    created,
    layers: defineStack(seed, base, [["go", 75_020_113, "rest", { kind: "go", version }], ["gopath", 126, 0, { kind: "gopath" }]], size),
    config: {
      Cmd: variant === "bookworm" ? ["bash"] : ["/bin/sh"],
      Env: ["PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", `GOLANG_VERSION=${version}`, "GOTOOLCHAIN=local", "GOPATH=/go"],
      WorkingDir: "/go",
    },
  });
}

/** golang: 1.24 (latest), 1.23, 1.22 on bookworm; alpine = 1.24-alpine3.21. */
const GOLANG = defineRepository(
  "docker.io", "library/golang",
  {
    latest: "1.24.0", "1": "1.24.0", "1.24": "1.24.0", "1.24.0": "1.24.0", bookworm: "1.24.0", "1.24-bookworm": "1.24.0",
    "1.23": "1.23.6", "1.23.6": "1.23.6", "1.23-bookworm": "1.23.6", "1.22": "1.22.12", "1.22.12": "1.22.12", "1.22-bookworm": "1.22.12",
    alpine: "1.24.0-alpine", "1-alpine": "1.24.0-alpine", "1.24-alpine": "1.24.0-alpine", "1.24.0-alpine": "1.24.0-alpine", "alpine3.21": "1.24.0-alpine",
  },
  {
    "1.24.0": golangImage("1.24.0", "bookworm", 852_960_117, "2025-02-11T20:13:40Z"),
    "1.23.6": golangImage("1.23.6", "bookworm", 823_440_210, "2025-02-04T18:40:10Z"),
    "1.22.12": golangImage("1.22.12", "bookworm", 838_020_331, "2025-02-04T18:40:10Z"),
    "1.24.0-alpine": golangImage("1.24.0", "alpine", 246_310_004, "2025-02-11T20:13:40Z"),
  },
);

function temurinImage(feature: string, version: string, size: number): CatalogImage {
  const seed = `eclipse-temurin:${version}-jdk-noble`;
  const javaVersion = `jdk-${version.replace("_", "+")}`;
  return defineImage(seed, {
    created: "2025-01-24T01:23:58Z",
    layers: defineStack(seed, [UBUNTU_24_04], [
      ["deps", 18_340_221, 52_110_335, { kind: "packages", distro: "ubuntu-24.04", set: "locale" }],
      ["jdk", 158_012_007, "rest", { kind: "java", version: javaVersion }],
      ["verify", 159, 0, { kind: "empty" }],
      ["entrypoint", 2_290, 5_112, { kind: "app", app: "temurin-entrypoint", version: feature, distro: "ubuntu-24.04" }],
    ], size),
    config: {
      Entrypoint: ["/__cacert_entrypoint.sh"],
      Cmd: ["jshell"],
      Env: [
        "PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "JAVA_HOME=/opt/java/openjdk",
        "LANG=en_US.UTF-8", "LANGUAGE=en_US:en", "LC_ALL=en_US.UTF-8", `JAVA_VERSION=${javaVersion}`,
      ],
      Labels: { "org.opencontainers.image.ref.name": "ubuntu", "org.opencontainers.image.version": "24.04" },
    },
  });
}

/** eclipse-temurin: 21 (latest), 17 — JDK on noble. */
const TEMURIN = defineRepository(
  "docker.io", "library/eclipse-temurin",
  {
    latest: "21.0.6_7", "21": "21.0.6_7", "21-jdk": "21.0.6_7", "21.0.6_7-jdk": "21.0.6_7", "21-jdk-noble": "21.0.6_7", "21.0.6_7-jdk-noble": "21.0.6_7",
    "17": "17.0.14_7", "17-jdk": "17.0.14_7", "17.0.14_7-jdk": "17.0.14_7", "17-jdk-noble": "17.0.14_7", "17.0.14_7-jdk-noble": "17.0.14_7",
  },
  { "21.0.6_7": temurinImage("21", "21.0.6_7", 456_120_440), "17.0.14_7": temurinImage("17", "17.0.14_7", 407_330_118) },
);

/** The language toolchain repositories (python and node are in their own files). */
export const LANGUAGE_REPOSITORIES: CatalogRepository[] = [GOLANG, TEMURIN];
