/**
 * mysql (docker-library/mysql 8.4 and 9.2 on oraclelinux:9-slim), mongo
 * (docker-library/mongo 7.0 and 8.0 on ubuntu:jammy), registry
 * (distribution/distribution-library-image 2.8.3 on alpine:3.18),
 * docker/getting-started (docker/getting-started, nginx:alpine based) and
 * gcr.io/kuar-demo/kuard-amd64 (kubernetes-up-and-running/kuard: FROM alpine,
 * COPY kuard, CMD ["/kuard"]). Sizes: `docker images`, early 2025.
 * Simplification: synthetic digest.
 */
import { ALPINE_3_18, ALPINE_3_7, ORACLELINUX_9_SLIM, UBUNTU_22_04 } from "./bases";
import { NGINX_SCRIPTS } from "./servers";
import { defineImage, defineRepository, defineStack, exposed, PATH_ENV, type AppId, type CatalogImage, type CatalogRepository, type DistroId, type StackPart } from "./shape";

const app = (a: AppId, version: string, distro: DistroId) => ({ kind: "app", app: a, version, distro }) as const;
const users = (distro: DistroId, names: string[]) => ({ kind: "users", distro, users: names }) as const;

function mysqlImage(major: string, version: string, size: number, created: string): CatalogImage {
  const d: DistroId = "oraclelinux-9-slim";
  const parts: StackPart[] = [
    ["users", 1_006, 9_320, users(d, ["mysql"])],
    ["gosu", 983_100, 2_417_344, app("gosu", "1.17", d)],
    ["deps", 4_210_776, 14_820_117, { kind: "packages", distro: d, set: "runtime-deps" }],
    ["install", 147_920_440, "rest", app("mysql", version, d)],
    ["entrypoint", 5_261, 15_690, app("mysql", "entrypoint", d)],
  ];
  return defineImage(`mysql:${version}`, {
    created,
    layers: defineStack(`mysql:${version}`, [ORACLELINUX_9_SLIM], parts, size),
    config: {
      Entrypoint: ["docker-entrypoint.sh"],
      Cmd: ["mysqld"],
      Env: [PATH_ENV, "GOSU_VERSION=1.17", `MYSQL_MAJOR=${major}`, `MYSQL_VERSION=${version}-1.el9`, `MYSQL_SHELL_VERSION=${version}-1.el9`],
      ExposedPorts: exposed("3306", "33060"),
      Volumes: { "/var/lib/mysql": {} },
    },
  });
}

/** mysql: 8 / 8.4 (8.4.4), latest / 9 (9.2.0). */
const MYSQL = defineRepository(
  "docker.io", "library/mysql",
  { latest: "9.2.0", "9": "9.2.0", "9.2": "9.2.0", "9.2.0": "9.2.0", oracle: "9.2.0", lts: "8.4.4", "8": "8.4.4", "8.4": "8.4.4", "8.4.4": "8.4.4" },
  { "9.2.0": mysqlImage("innovation", "9.2.0", 600_320_440, "2025-01-22T00:21:47Z"), "8.4.4": mysqlImage("8.4", "8.4.4", 603_120_118, "2025-01-22T00:21:47Z") },
);

function mongoImage(major: string, version: string, size: number): CatalogImage {
  const d: DistroId = "ubuntu-22.04";
  const parts: StackPart[] = [
    ["users", 1_130, 8_702, users(d, ["mongodb"])],
    ["deps", 4_812_310, 12_310_004, { kind: "packages", distro: d, set: "runtime-deps" }],
    ["gosu", 1_231_772, 3_940_120, app("gosu", "1.17", d)],
    ["dirs", 117, 0, app("mongo", "dirs", d)],
    ["install", 250_118_003, "rest", app("mongo", version, d)],
    ["entrypoint", 5_102, 14_917, app("mongo", "entrypoint", d)],
  ];
  return defineImage(`mongo:${version}`, {
    created: "2025-01-14T23:12:51Z",
    layers: defineStack(`mongo:${version}`, [UBUNTU_22_04], parts, size),
    config: {
      Entrypoint: ["docker-entrypoint.sh"],
      Cmd: ["mongod"],
      Env: [PATH_ENV, "GOSU_VERSION=1.17", "JSYAML_VERSION=3.13.1", "MONGO_PACKAGE=mongodb-org", "MONGO_REPO=repo.mongodb.org", `MONGO_MAJOR=${major}`, `MONGO_VERSION=${version}`, "HOME=/data/db"],
      ExposedPorts: exposed("27017"),
      Volumes: { "/data/configdb": {}, "/data/db": {} },
    },
  });
}

/** mongo: 7 (7.0.16), latest / 8 (8.0.4). */
const MONGO = defineRepository(
  "docker.io", "library/mongo",
  { latest: "8.0.4", "8": "8.0.4", "8.0": "8.0.4", "8.0.4": "8.0.4", jammy: "8.0.4", "7": "7.0.16", "7.0": "7.0.16", "7.0.16": "7.0.16" },
  { "8.0.4": mongoImage("8.0", "8.0.4", 857_330_117), "7.0.16": mongoImage("7.0", "7.0.16", 795_212_044) },
);

/** registry:2.8.3 (distribution-library-image: ENTRYPOINT ["/entrypoint.sh"], CMD ["/etc/docker/registry/config.yml"]). */
const REGISTRY = defineRepository(
  "docker.io", "library/registry",
  { latest: "2.8.3", "2": "2.8.3", "2.8": "2.8.3", "2.8.3": "2.8.3" },
  {
    "2.8.3": defineImage("registry:2.8.3", {
      created: "2023-10-02T18:43:25Z",
      layers: defineStack("registry:2.8.3", [ALPINE_3_18], [
        ["ca-certificates", 278_310, 691_210, { kind: "packages", distro: "alpine-3.18", set: "runtime-deps" }],
        ["binary", 6_112_004, "rest", app("registry", "2.8.3", "alpine-3.18")],
      ], 25_434_010),
      config: {
        Entrypoint: ["/entrypoint.sh"],
        Cmd: ["/etc/docker/registry/config.yml"],
        Env: [PATH_ENV],
        ExposedPorts: exposed("5000"),
        Volumes: { "/var/lib/registry": {} },
      },
    }),
  },
);

/** docker/getting-started (the tutorial site served by nginx on alpine). */
const GETTING_STARTED = defineRepository("docker.io", "docker/getting-started", { latest: "latest" }, {
  latest: defineImage("docker/getting-started:latest", {
    created: "2023-09-20T16:49:59Z",
    layers: defineStack("docker/getting-started", [ALPINE_3_18], [
      ["nginx", 11_612_170, "rest", app("nginx", "1.25.2", "alpine-3.18")],
      ...NGINX_SCRIPTS.map(([file, size]): StackPart => [file, 600, size, app("nginx-entrypoint", file, "alpine-3.18")]),
      ["site", 3_910_430, 9_230_110, app("getting-started", "1", "alpine-3.18")],
    ], 47_002_430),
    config: {
      Entrypoint: ["/docker-entrypoint.sh"],
      Cmd: ["nginx", "-g", "daemon off;"],
      Env: [PATH_ENV, "NGINX_VERSION=1.25.2", "NJS_VERSION=0.8.0", "PKG_RELEASE=1"],
      ExposedPorts: exposed("80"),
      StopSignal: "SIGQUIT",
      Labels: { maintainer: "NGINX Docker Maintainers <docker-maint@nginx.com>" },
    },
  }),
});

function kuardImage(color: string, size: number): CatalogImage {
  return defineImage(`kuard-amd64:${color}`, {
    created: "2019-04-26T17:43:34Z",
    layers: defineStack(`kuard-amd64:${color}`, [ALPINE_3_7], [["kuard", 6_992_330, "rest", app("kuard", color, "alpine-3.7")]], size),
    config: { Cmd: ["/kuard"], Env: [PATH_ENV] },
  });
}

/** gcr.io/kuar-demo/kuard-amd64: blue (= 1), green (= 2), from Kubernetes: Up and Running. */
const KUARD = defineRepository("gcr.io", "kuar-demo/kuard-amd64", { "1": "blue", blue: "blue", "2": "green", green: "green" }, {
  blue: kuardImage("blue", 19_967_213),
  green: kuardImage("green", 19_967_213),
});

/** The repositories of this file. */
export const MORE_SERVER_REPOSITORIES: CatalogRepository[] = [MYSQL, MONGO, REGISTRY, GETTING_STARTED, KUARD];
