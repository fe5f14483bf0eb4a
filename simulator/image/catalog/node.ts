/**
 * node (nodejs/docker-node: 22/bookworm/Dockerfile and friends). Plain
 * variants build on buildpack-deps, -slim on debian:*-slim, -alpine on
 * alpine; each adds the node user (uid 1000), node, yarn and
 * docker-entrypoint.sh. ENV NODE_VERSION, YARN_VERSION; ENTRYPOINT
 * ["docker-entrypoint.sh"], CMD ["node"]. Sizes: `docker images`, early 2025
 * (node:18-alpine 127MB, node:20 1.1GB…). Simplification: synthetic digest.
 */
import {
  ALPINE_3_14, ALPINE_3_18, ALPINE_3_21, BOOKWORM_BUILD, BOOKWORM_CURL, BOOKWORM_SCM, BULLSEYE_BUILD, BULLSEYE_CURL, BULLSEYE_SCM,
  DEBIAN_BOOKWORM, DEBIAN_BOOKWORM_SLIM, DEBIAN_BULLSEYE, DEBIAN_BULLSEYE_SLIM,
} from "./bases";
import { defineImage, defineLayer, defineRepository, PATH_ENV, type CatalogImage, type CatalogLayer, type CatalogRepository, type DistroId } from "./shape";

type Variant = "full" | "slim" | "alpine";

interface NodeBuild {
  version: string;
  npm: string;
  created: string;
  variant: Variant;
  distro: DistroId;
  base: CatalogLayer[];
  size: number;
}

const YARN = "1.22.22";
const BOOKWORM_FULL = [DEBIAN_BOOKWORM, BOOKWORM_CURL, BOOKWORM_SCM, BOOKWORM_BUILD];
const BULLSEYE_FULL = [DEBIAN_BULLSEYE, BULLSEYE_CURL, BULLSEYE_SCM, BULLSEYE_BUILD];

function nodeImage(b: NodeBuild): CatalogImage {
  const seed = `node:${b.version}-${b.variant}-${b.distro}`;
  // The alpine Dockerfile creates the user in the same RUN as the node install; Debian ones in a RUN of their own.
  const users = b.variant === "alpine" ? [] : [defineLayer(`${seed}:users`, 3_312, 9_810, { kind: "users", distro: b.distro, users: ["node"] })];
  const yarn = defineLayer(`${seed}:yarn`, 1_250_108, 5_347_996, { kind: "yarn", version: YARN });
  const entry = defineLayer(`node-entrypoint:${b.distro}`, 451, 388, { kind: "app", app: "node-entrypoint", version: "1", distro: b.distro });
  const below = [...b.base, ...users, yarn, entry].reduce((n, l) => n + l.uncompressed, 0);
  const runtime = defineLayer(seed, Math.round((b.size - below) * 0.27), b.size - below, { kind: "node", version: b.version, distro: b.distro, npm: b.npm });
  return defineImage(seed, {
    created: b.created,
    layers: [...b.base, ...users, runtime, yarn, entry],
    config: {
      Entrypoint: ["docker-entrypoint.sh"],
      Cmd: ["node"],
      Env: [PATH_ENV, `NODE_VERSION=${b.version}`, `YARN_VERSION=${YARN}`],
    },
  });
}

interface NodeLine {
  major: number;
  codename: string;
  version: string;
  npm: string;
  created: string;
  /** Sizes: full, slim, alpine. */
  sizes: [number, number, number];
}

/** Release lines in the catalog (nodejs.org/dist index.json); node 16 is EOL, last built 2023-08 on bullseye / alpine3.18. */
const LINES: NodeLine[] = [
  { major: 23, codename: "", version: "23.8.0", npm: "10.9.2", created: "2025-02-14T01:38:01Z", sizes: [1_131_480_000, 232_890_000, 165_630_000] },
  { major: 22, codename: "jod", version: "22.14.0", npm: "10.9.2", created: "2025-02-11T18:42:01Z", sizes: [1_117_260_000, 225_560_000, 157_070_000] },
  { major: 20, codename: "iron", version: "20.18.3", npm: "10.8.2", created: "2025-02-11T18:42:01Z", sizes: [1_100_140_000, 200_440_000, 135_140_000] },
  { major: 18, codename: "hydrogen", version: "18.20.7", npm: "10.8.2", created: "2025-02-20T05:11:47Z", sizes: [1_090_330_000, 190_470_000, 127_320_000] },
  { major: 16, codename: "gallium", version: "16.20.2", npm: "8.19.4", created: "2023-08-09T00:53:11Z", sizes: [909_760_000, 175_180_000, 115_240_000] },
];

function buildRepository(): CatalogRepository {
  const tags: Record<string, string> = {};
  const images: Record<string, CatalogImage> = {};
  for (const line of LINES) {
    const old = line.major === 16;
    const [full, slim, alpine] = line.sizes;
    const suite = old ? "bullseye" : "bookworm";
    const alpineName = old ? "alpine3.18" : "alpine3.21";
    const builds: [string, NodeBuild][] = [
      [`${line.version}-${suite}`, { ...line, variant: "full", distro: old ? "debian-bullseye" : "debian-bookworm", base: old ? BULLSEYE_FULL : BOOKWORM_FULL, size: full }],
      [`${line.version}-${suite}-slim`, { ...line, variant: "slim", distro: old ? "debian-bullseye-slim" : "debian-bookworm-slim", base: [old ? DEBIAN_BULLSEYE_SLIM : DEBIAN_BOOKWORM_SLIM], size: slim }],
      [`${line.version}-${alpineName}`, { ...line, variant: "alpine", distro: old ? "alpine-3.18" : "alpine-3.21", base: [old ? ALPINE_3_18 : ALPINE_3_21], size: alpine }],
    ];
    const [minorVersion] = /^\d+\.\d+/.exec(line.version) ?? [line.version];
    const names = [String(line.major), minorVersion, line.version, ...(line.codename ? [line.codename] : [])];
    builds.forEach(([key, build], i) => {
      images[key] = nodeImage(build);
      const suffixes = i === 0 ? ["", `-${suite}`] : i === 1 ? ["-slim", `-${suite}-slim`] : ["-alpine", `-${alpineName}`];
      for (const name of names) for (const s of suffixes) tags[`${name}${s}`] = key;
    });
  }
  // node:gallium-alpine3.14 (node 16.17.1 on alpine3.14, 2022-10).
  images["16.17.1-alpine3.14"] = nodeImage({ version: "16.17.1", npm: "8.15.0", created: "2022-10-13T00:29:43Z", variant: "alpine", distro: "alpine-3.14", base: [ALPINE_3_14], size: 111_210_000 });
  for (const t of ["gallium-alpine3.14", "16-alpine3.14", "16.17-alpine3.14", "16.17.1-alpine3.14"]) tags[t] = "16.17.1-alpine3.14";
  Object.assign(tags, {
    latest: "23.8.0-bookworm", current: "23.8.0-bookworm", slim: "23.8.0-bookworm-slim", alpine: "23.8.0-alpine3.21",
    lts: "22.14.0-bookworm", "lts-slim": "22.14.0-bookworm-slim", "lts-alpine": "22.14.0-alpine3.21",
  });
  return defineRepository("docker.io", "library/node", tags, images);
}

/** node: 16, 18, 20, 22, 23 in full / slim / alpine, gallium-alpine3.14, latest / current (23), lts (22). */
export const NODE_REPOSITORY: CatalogRepository = buildRepository();
