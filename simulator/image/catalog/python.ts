/**
 * python (docker-library/python: Dockerfile-linux.template). Each version in
 * three variants: bookworm (on buildpack-deps:bookworm), slim-bookworm and
 * alpine3.21 (3.8 ends on alpine3.20). ENV PATH /usr/local/bin:$PATH, LANG
 * C.UTF-8, GPG_KEY, PYTHON_VERSION; CMD ["python3"]. Sizes: `docker images`
 * in early 2025 (python:3.8 997MB, python:3.8-slim 125MB…).
 * Simplification: synthetic digest for every layer but the shared bases'
 * alpine one; PYTHON_SHA256 is left out.
 */
import { ALPINE_3_20, ALPINE_3_21, BOOKWORM_BUILD, BOOKWORM_CURL, BOOKWORM_SCM, DEBIAN_BOOKWORM, DEBIAN_BOOKWORM_SLIM } from "./bases";
import { defineImage, defineLayer, defineRepository, PATH_ENV, type CatalogImage, type CatalogLayer, type CatalogRepository, type DistroId } from "./shape";

interface PythonRelease {
  version: string;
  gpgKey: string;
  created: string;
  pip: string;
  setuptools?: string;
  wheel?: string;
  /** Target image sizes in bytes: bookworm, slim, alpine. */
  sizes: [number, number, number];
  alpine: CatalogLayer;
}

/** The releases, newest first (python.org release notes; GPG keys from the Dockerfiles). */
const RELEASES: PythonRelease[] = [
  { version: "3.13.2", gpgKey: "7169605F62C751356D054A26A821E680E5FA6305", created: "2025-02-04T22:07:36Z", pip: "24.3.1", sizes: [1_018_410_000, 121_220_000, 45_320_000], alpine: ALPINE_3_21 },
  { version: "3.12.8", gpgKey: "7169605F62C751356D054A26A821E680E5FA6305", created: "2025-02-04T22:07:36Z", pip: "24.3.1", sizes: [1_019_320_000, 124_430_000, 47_140_000], alpine: ALPINE_3_21 },
  { version: "3.11.11", gpgKey: "A035C8C19219BA821ECEA86B64E628F8D684696D", created: "2025-02-04T22:07:36Z", pip: "24.0", setuptools: "65.5.1", wheel: "0.45.1", sizes: [1_012_760_000, 130_420_000, 52_590_000], alpine: ALPINE_3_21 },
  { version: "3.10.16", gpgKey: "A035C8C19219BA821ECEA86B64E628F8D684696D", created: "2025-02-04T22:07:36Z", pip: "23.0.1", setuptools: "65.5.1", wheel: "0.45.1", sizes: [1_004_620_000, 126_520_000, 49_870_000], alpine: ALPINE_3_21 },
  { version: "3.9.21", gpgKey: "E3FF2839C048B25C084DEBE9B26995E310250568", created: "2025-02-04T22:07:36Z", pip: "23.0.1", setuptools: "58.1.0", wheel: "0.45.1", sizes: [998_970_000, 125_710_000, 50_600_000], alpine: ALPINE_3_21 },
  { version: "3.8.20", gpgKey: "E3FF2839C048B25C084DEBE9B26995E310250568", created: "2024-09-09T18:14:37Z", pip: "23.0.1", setuptools: "57.5.0", wheel: "0.44.0", sizes: [997_010_000, 125_050_000, 47_840_000], alpine: ALPINE_3_20 },
];

/** `apt-get install libbluetooth-dev tk-dev uuid-dev` (bookworm variant). */
const BOOKWORM_PYTHON_DEPS = defineLayer("python:bookworm-deps", 6_161_740, 19_480_122, { kind: "packages", distro: "debian-bookworm", set: "python-deps" });
/** `apt-get install ca-certificates netbase tzdata` (slim variant). */
const SLIM_PYTHON_DEPS = defineLayer("python:slim-bookworm-deps", 3_512_016, 9_325_107, { kind: "packages", distro: "debian-bookworm-slim", set: "runtime-deps" });
/** `apk add ca-certificates tzdata` (alpine variant). */
function alpineDeps(base: CatalogLayer): CatalogLayer {
  return defineLayer(`python:alpine-deps:${base.digest}`, 462_310, 1_713_442, { kind: "packages", distro: base === ALPINE_3_20 ? "alpine-3.20" : "alpine-3.21", set: "runtime-deps" });
}

function pythonImage(release: PythonRelease, variant: "bookworm" | "slim" | "alpine", size: number): CatalogImage {
  const base: CatalogLayer[] =
    variant === "bookworm" ? [DEBIAN_BOOKWORM, BOOKWORM_CURL, BOOKWORM_SCM, BOOKWORM_BUILD, BOOKWORM_PYTHON_DEPS]
    : variant === "slim" ? [DEBIAN_BOOKWORM_SLIM, SLIM_PYTHON_DEPS]
    : [release.alpine, alpineDeps(release.alpine)];
  const distro: DistroId = variant === "bookworm" ? "debian-bookworm" : variant === "slim" ? "debian-bookworm-slim" : release.alpine === ALPINE_3_20 ? "alpine-3.20" : "alpine-3.21";
  const links = defineLayer(`python:${release.version}-${variant}:links`, 250, 32, { kind: "python-links", version: release.version });
  const below = base.reduce((n, l) => n + l.uncompressed, 0) + links.uncompressed;
  const runtime = defineLayer(`python:${release.version}-${variant}`, Math.round((size - below) * 0.32), size - below, {
    kind: "python", version: release.version, distro, pip: release.pip, setuptools: release.setuptools, wheel: release.wheel,
  });
  return defineImage(`python:${release.version}-${variant}`, {
    created: release.created,
    layers: [...base, runtime, links],
    config: {
      Cmd: ["python3"],
      Env: [`PATH=/usr/local/bin:${PATH_ENV.slice(5)}`, "LANG=C.UTF-8", `GPG_KEY=${release.gpgKey}`, `PYTHON_VERSION=${release.version}`],
    },
  });
}

/** Tags of one variant for a release: 3.12.8, 3.12, and 3 / latest for the newest. */
function tagsFor(release: PythonRelease, suffix: string, newest: boolean, key: string): Record<string, string> {
  const minor = release.version.split(".").slice(0, 2).join(".");
  const tags: Record<string, string> = { [`${release.version}${suffix}`]: key, [`${minor}${suffix}`]: key };
  const codename = suffix === "" ? "-bookworm" : suffix === "-slim" ? "-slim-bookworm" : release.alpine === ALPINE_3_20 ? "-alpine3.20" : "-alpine3.21";
  tags[`${release.version}${codename}`] = key;
  tags[`${minor}${codename}`] = key;
  if (newest) {
    tags[`3${suffix}`] = key;
    tags[suffix === "" ? "latest" : suffix.slice(1)] = key;
  }
  return tags;
}

function buildRepository(): CatalogRepository {
  const tags: Record<string, string> = {};
  const images: Record<string, CatalogImage> = {};
  RELEASES.forEach((release, i) => {
    const variants = [["bookworm", ""], ["slim", "-slim"], ["alpine", "-alpine"]] as const;
    variants.forEach(([variant, suffix], v) => {
      const key = `${release.version}${suffix === "" ? "-bookworm" : suffix}`;
      images[key] = pythonImage(release, variant, release.sizes[v] as number);
      Object.assign(tags, tagsFor(release, suffix, i === 0, key));
    });
  });
  return defineRepository("docker.io", "library/python", tags, images);
}

/** python: 3.8–3.13, each bookworm, slim and alpine; 3 / latest / slim / alpine → 3.13. */
export const PYTHON_REPOSITORY: CatalogRepository = buildRepository();
