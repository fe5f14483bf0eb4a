/**
 * Server images: nginx (nginxinc/docker-nginx mainline/bookworm and alpine),
 * httpd (docker-library/httpd 2.4), postgres, redis, mysql, mongo
 * (docker-library/<name>), registry (distribution/distribution-library-image),
 * docker/getting-started and gcr.io/kuar-demo/kuard-amd64 (kubernetes-up-and-running/kuard).
 * Config fields from those Dockerfiles; sizes: `docker images`, early 2025.
 * Simplification: synthetic digest for every layer but the shared alpine 3.21 one.
 */
import { ALPINE_3_19, ALPINE_3_21, DEBIAN_BOOKWORM_SLIM } from "./bases";
import { defineImage, defineRepository, defineStack, exposed, PATH_ENV, type AppId, type CatalogImage, type CatalogLayer, type CatalogRepository, type DistroId, type StackPart } from "./shape";

const app = (a: AppId, version: string, distro: DistroId) => ({ kind: "app", app: a, version, distro }) as const;
const users = (distro: DistroId, names: string[]) => ({ kind: "users", distro, users: names }) as const;
const distroOf = (base: CatalogLayer): DistroId => (base.content.kind === "distro" ? base.content.distro : "debian-bookworm-slim");

/** The COPY'd entrypoint scripts (nginxinc/docker-nginx entrypoint/), one layer each, with their sizes. */
export const NGINX_SCRIPTS: readonly (readonly [string, number])[] = [
  ["docker-entrypoint.sh", 1620], ["10-listen-on-ipv6-by-default.sh", 2125], ["15-local-resolvers.envsh", 336],
  ["20-envsubst-on-templates.sh", 3018], ["30-tune-worker-processes.sh", 4738],
];

const NGINX_LABELS = { maintainer: "NGINX Docker Maintainers <docker-maint@nginx.com>" };

/** nginx on debian:bookworm-slim or alpine: the install RUN, then docker-entrypoint.sh and the four docker-entrypoint.d scripts (one COPY each). */
function nginxImage(version: string, njs: string, base: CatalogLayer, created: string, size: number, installCompressed: number): CatalogImage {
  const distro = distroOf(base);
  const alpine = distro.startsWith("alpine");
  const parts: StackPart[] = [
    ["install", installCompressed, "rest", app("nginx", version, distro)],
    ...NGINX_SCRIPTS.map(([file, size]): StackPart => [file, 600, size, app("nginx-entrypoint", file, distro)]),
  ];
  const rel = alpine ? "1" : "1~bookworm";
  const env = [PATH_ENV, `NGINX_VERSION=${version}`, `NJS_VERSION=${njs}`, ...(version >= "1.27" ? [`NJS_RELEASE=${rel}`] : []), `PKG_RELEASE=${rel}`];
  if (version >= "1.27" && !alpine) env.push("DYNPKG_RELEASE=1~bookworm");
  return defineImage(`nginx:${version}-${distro}`, {
    created,
    layers: defineStack(`nginx:${version}-${distro}`, [base], parts, size),
    config: { Entrypoint: ["/docker-entrypoint.sh"], Cmd: ["nginx", "-g", "daemon off;"], Env: env, ExposedPorts: exposed("80"), StopSignal: "SIGQUIT", Labels: NGINX_LABELS },
  });
}

/** nginx: latest / mainline / 1.27 (1.27.4), alpine, 1.25 (1.25.5) and 1.25-alpine. */
const NGINX = defineRepository(
  "docker.io", "library/nginx",
  {
    latest: "1.27.4", mainline: "1.27.4", "1": "1.27.4", "1.27": "1.27.4", "1.27.4": "1.27.4", bookworm: "1.27.4",
    alpine: "1.27.4-alpine", "mainline-alpine": "1.27.4-alpine", "1.27-alpine": "1.27.4-alpine", "1.27.4-alpine": "1.27.4-alpine",
    "1.25": "1.25.5", "1.25.5": "1.25.5", "1.25-alpine": "1.25.5-alpine", "1.25.5-alpine": "1.25.5-alpine",
  },
  {
    "1.27.4": nginxImage("1.27.4", "0.8.9", DEBIAN_BOOKWORM_SLIM, "2025-02-05T21:27:16Z", 192_004_242, 43_964_113),
    "1.27.4-alpine": nginxImage("1.27.4", "0.8.9", ALPINE_3_21, "2025-02-05T21:27:16Z", 47_972_115, 15_823_408),
    "1.25.5": nginxImage("1.25.5", "0.8.4", DEBIAN_BOOKWORM_SLIM, "2024-04-16T21:36:35Z", 187_691_017, 41_825_720),
    "1.25.5-alpine": nginxImage("1.25.5", "0.8.4", ALPINE_3_19, "2024-04-16T21:36:35Z", 43_243_211, 14_102_330),
  },
);

function httpdImage(base: CatalogLayer, size: number): CatalogImage {
  const distro = distroOf(base);
  const alpine = distro.startsWith("alpine");
  const parts: StackPart[] = [
    ...(alpine ? [["www-data", 1_260, 1_700, users(distro, ["www-data"])] satisfies StackPart] : []),
    ["workdir", 147, 0, app("httpd", "workdir", distro)],
    ["deps", alpine ? 1_012_330 : 1_885_117, alpine ? 2_911_004 : 5_210_346, { kind: "packages", distro, set: "runtime-deps" }],
    ["install", alpine ? 10_812_005 : 25_120_442, "rest", app("httpd", "2.4.63", distro)],
    ["foreground", 291, 138, app("httpd", "foreground", distro)],
  ];
  return defineImage(`httpd:2.4.63-${distro}`, {
    created: "2025-01-23T18:08:12Z",
    layers: defineStack(`httpd:2.4.63-${distro}`, [base], parts, size),
    config: {
      Cmd: ["httpd-foreground"],
      Env: ["PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HTTPD_PREFIX=/usr/local/apache2", "HTTPD_VERSION=2.4.63", 'HTTPD_PATCHES='],
      WorkingDir: "/usr/local/apache2",
      ExposedPorts: exposed("80"),
      StopSignal: "SIGWINCH",
    },
  });
}

/** httpd: 2.4 (2.4.63 bookworm), alpine; latest = 2.4. */
const HTTPD = defineRepository(
  "docker.io", "library/httpd",
  { latest: "2.4.63", "2": "2.4.63", "2.4": "2.4.63", "2.4.63": "2.4.63", bookworm: "2.4.63", alpine: "2.4.63-alpine", "2.4-alpine": "2.4.63-alpine", "2.4.63-alpine": "2.4.63-alpine" },
  { "2.4.63": httpdImage(DEBIAN_BOOKWORM_SLIM, 148_116_212), "2.4.63-alpine": httpdImage(ALPINE_3_21, 61_462_340) },
);

function postgresImage(major: string, pgVersion: string, base: CatalogLayer, size: number): CatalogImage {
  const distro = distroOf(base);
  const alpine = distro.startsWith("alpine");
  const seed = `postgres:${pgVersion}-${distro}`;
  const parts: StackPart[] = [
    ["users", 1_112, alpine ? 1_678 : 9_211, users(distro, ["postgres"])],
    ["gosu", 1_231_772, 3_940_120, app("gosu", "1.17", distro)],
    ["install", alpine ? 96_410_112 : 108_540_117, "rest", app("postgres", pgVersion, distro)],
    ["entrypoint", 4_390, 12_478, app("postgres", `${pgVersion}-entrypoint`, distro)],
  ];
  return defineImage(seed, {
    created: "2025-02-20T23:05:41Z",
    layers: defineStack(seed, [base], parts, size),
    config: {
      Entrypoint: ["docker-entrypoint.sh"],
      Cmd: ["postgres"],
      Env: [
        alpine ? PATH_ENV : `${PATH_ENV}:/usr/lib/postgresql/${major}/bin`, "GOSU_VERSION=1.17", `LANG=en_US.utf8`, `PG_MAJOR=${major}`,
        `PG_VERSION=${alpine ? pgVersion : `${pgVersion}-1.pgdg120+1`}`, "PGDATA=/var/lib/postgresql/data",
      ],
      ExposedPorts: exposed("5432"),
      StopSignal: "SIGINT",
      Volumes: { "/var/lib/postgresql/data": {} },
    },
  });
}

/** postgres: 17 (latest), 16, 15 on bookworm; alpine = 17-alpine3.21. */
const POSTGRES = defineRepository(
  "docker.io", "library/postgres",
  {
    latest: "17.4", "17": "17.4", "17.4": "17.4", bookworm: "17.4", "16": "16.8", "16.8": "16.8", "15": "15.12", "15.12": "15.12",
    alpine: "17.4-alpine", "17-alpine": "17.4-alpine", "17.4-alpine": "17.4-alpine", "alpine3.21": "17.4-alpine",
  },
  {
    "17.4": postgresImage("17", "17.4", DEBIAN_BOOKWORM_SLIM, 437_940_112),
    "16.8": postgresImage("16", "16.8", DEBIAN_BOOKWORM_SLIM, 434_740_515),
    "15.12": postgresImage("15", "15.12", DEBIAN_BOOKWORM_SLIM, 425_180_321),
    "17.4-alpine": postgresImage("17", "17.4", ALPINE_3_21, 278_420_010),
  },
);

function redisImage(base: CatalogLayer, size: number): CatalogImage {
  const distro = distroOf(base);
  const seed = `redis:7.4.2-${distro}`;
  const parts: StackPart[] = [
    ["users", 1_102, distro.startsWith("alpine") ? 1_690 : 9_022, users(distro, ["redis"])],
    ["gosu", 1_231_772, 3_940_120, app("gosu", "1.17", distro)],
    ["install", distro.startsWith("alpine") ? 9_420_110 : 18_140_330, "rest", app("redis", "7.4.2", distro)],
    ["data", 96, 0, app("redis", "data", distro)],
    ["entrypoint", 1_028, 2_320, app("redis", "entrypoint", distro)],
  ];
  return defineImage(seed, {
    created: "2025-01-07T03:41:15Z",
    layers: defineStack(seed, [base], parts, size),
    config: {
      Entrypoint: ["docker-entrypoint.sh"],
      Cmd: ["redis-server"],
      Env: [PATH_ENV, "GOSU_VERSION=1.17", "REDIS_VERSION=7.4.2", "REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.2.tar.gz"],
      WorkingDir: "/data",
      ExposedPorts: exposed("6379"),
      Volumes: { "/data": {} },
    },
  });
}

/** redis: 7 (7.4.2, bookworm) = latest, alpine. */
const REDIS = defineRepository(
  "docker.io", "library/redis",
  { latest: "7.4.2", "7": "7.4.2", "7.4": "7.4.2", "7.4.2": "7.4.2", bookworm: "7.4.2", alpine: "7.4.2-alpine", "7-alpine": "7.4.2-alpine", "7.4-alpine": "7.4.2-alpine" },
  { "7.4.2": redisImage(DEBIAN_BOOKWORM_SLIM, 117_234_011), "7.4.2-alpine": redisImage(ALPINE_3_21, 41_406_210) },
);

/** The server repositories of this file (mysql, mongo, registry and the rest are in servers-more.ts). */
export const SERVER_REPOSITORIES: CatalogRepository[] = [NGINX, HTTPD, POSTGRES, REDIS];
