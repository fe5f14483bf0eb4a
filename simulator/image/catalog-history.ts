import { formatGoQuotedList } from "../core/go-quote";
import { CATALOG, PATH_ENV, type CatalogImage, type CatalogLayer, type DistroId } from "./catalog/index";
import { formatLayerCreatedBy, formatLegacyFileRef } from "./catalog-history-lines";
import type { HistoryEntry, ImageConfig } from "./types";

const BUILDKIT = "buildkit.dockerfile.v0";

/** The distribution releases behind each root layer: version for the rootfs names, and when the base was built if no catalog image says. */
const ROOTS: Record<DistroId, { version: string; created: string }> = {
  "alpine-3.21": { version: "3.21.3", created: "2025-02-14T03:28:36Z" },
  "alpine-3.20": { version: "3.20.6", created: "2025-02-14T03:28:36Z" },
  "alpine-3.19": { version: "3.19.7", created: "2025-02-14T03:28:36Z" },
  "alpine-3.18": { version: "3.18.4", created: "2023-09-28T21:19:27Z" },
  "alpine-3.14": { version: "3.14.8", created: "2022-08-09T17:19:53Z" },
  "alpine-3.7": { version: "3.7.3", created: "2019-03-07T22:19:53Z" },
  busybox: { version: "1.37.0", created: "2024-09-26T21:31:42Z" },
  "ubuntu-20.04": { version: "20.04", created: "2025-01-27T19:41:46Z" },
  "ubuntu-22.04": { version: "22.04", created: "2025-01-26T05:31:28Z" },
  "ubuntu-24.04": { version: "24.04", created: "2025-01-27T19:42:53Z" },
  "debian-bookworm": { version: "bookworm", created: "2025-02-03T00:00:00Z" },
  "debian-bookworm-slim": { version: "bookworm", created: "2025-02-03T00:00:00Z" },
  "debian-bullseye": { version: "bullseye", created: "2023-08-14T00:00:00Z" },
  "debian-bullseye-slim": { version: "bullseye", created: "2023-08-14T00:00:00Z" },
  "oraclelinux-9-slim": { version: "9", created: "2025-01-15T00:00:00Z" },
};

type Config = Pick<ImageConfig, "Cmd" | "Entrypoint" | "Env" | "WorkingDir" | "Labels" | "ExposedPorts" | "Volumes" | "StopSignal" | "User">;

/** The history of a distribution's root image, and the config it leaves (what derived images inherit). */
interface Root {
  entries: HistoryEntry[];
  config: Config;
}

function entry(created: number, createdBy: string, comment: string | undefined, emptyLayer = false): HistoryEntry {
  return { created, createdBy, ...(emptyLayer ? { emptyLayer } : {}), ...(comment ? { comment } : {}) };
}

/**
 * A root layer's own history, as each distribution builds its image:
 * debuerreotype's single `# debian.sh …` step; alpine's `ADD
 * alpine-minirootfs-… / # buildkit` and `CMD ["/bin/sh"]` (BuildKit since
 * 3.19, the legacy builder before); Canonical's ARG/LABEL/ADD/CMD for
 * ubuntu; `BusyBox … (glibc), Debian 12`; oraclelinux's ADD and CMD.
 */
function calculateRoot(layer: CatalogLayer, distro: DistroId, version: string, created: number): Root {
  const empty = (by: string, comment?: string) => entry(created, by, comment, true);
  const classicCmd = (cmd: string) => empty(`/bin/sh -c #(nop)  CMD ["${cmd}"]`);
  const base = { Env: [PATH_ENV], WorkingDir: "", Labels: {}, ExposedPorts: {}, Entrypoint: null, User: "" };
  if (distro.startsWith("debian")) {
    return { entries: [entry(created, `# debian.sh --arch 'amd64' out/ '${version}' '@${Math.floor(created / 1000)}'`, "debuerreotype 0.15")], config: { ...base, Cmd: ["bash"] } };
  }
  if (distro.startsWith("alpine")) {
    const minor = Number(distro.split(".")[1]);
    const entries =
      minor >= 19
        ? [entry(created, `ADD alpine-minirootfs-${version}-x86_64.tar.gz / # buildkit`, BUILDKIT), empty('CMD ["/bin/sh"]', BUILDKIT)]
        : [entry(created, `/bin/sh -c #(nop) ADD ${formatLegacyFileRef(layer)} in / `, undefined), classicCmd("/bin/sh")];
    return { entries, config: { ...base, Cmd: ["/bin/sh"], WorkingDir: minor >= 19 ? "/" : "" } };
  }
  if (distro.startsWith("ubuntu")) {
    const labels = { "org.opencontainers.image.ref.name": "ubuntu", "org.opencontainers.image.version": version };
    return {
      entries: [
        empty("/bin/sh -c #(nop)  ARG RELEASE"),
        empty("/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH"),
        empty("/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu"),
        empty(`/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${version}`),
        entry(created, `/bin/sh -c #(nop) ADD ${formatLegacyFileRef(layer)} in / `, undefined),
        classicCmd("/bin/bash"),
      ],
      config: { ...base, Cmd: ["/bin/bash"], Labels: labels },
    };
  }
  if (distro === "busybox") return { entries: [entry(created, `BusyBox ${version} (glibc), Debian 12`, undefined)], config: { ...base, Cmd: ["sh"] } };
  return { entries: [entry(created, `/bin/sh -c #(nop) ADD ${formatLegacyFileRef(layer)} in / `, undefined), classicCmd("/bin/bash")], config: { ...base, Cmd: ["/bin/bash"] } };
}

/** The catalog image whose layers are the longest proper prefix of `image`'s: the base it was built FROM. */
function findBaseImage(image: CatalogImage): CatalogImage | undefined {
  let best: CatalogImage | undefined;
  for (const repository of CATALOG) {
    for (const candidate of Object.values(repository.images)) {
      const n = candidate.layers.length;
      if (n >= image.layers.length || (best && best.layers.length >= n)) continue;
      if (candidate.layers.every((l, i) => image.layers[i]?.digest === l.digest)) best = candidate;
    }
  }
  return best;
}

/** The tag key an image is filed under in its repository (`3.21.3`, `1.37.0`), for versioned rootfs names. */
function findImageKey(image: CatalogImage): string | undefined {
  for (const repository of CATALOG) for (const [key, candidate] of Object.entries(repository.images)) if (candidate === image) return key;
  return undefined;
}

/** Which layer an ENV belongs before (the step that uses it), by the variable's name. */
function findEnvAnchor(name: string, layers: readonly CatalogLayer[]): number {
  const at = (test: (l: CatalogLayer) => boolean, after = false) => {
    const i = layers.findIndex(test);
    return i < 0 ? 0 : after ? i + 1 : i;
  };
  const install = (l: CatalogLayer) => l.content.kind === "app" && !["gosu", "nginx-entrypoint", "node-entrypoint", "temurin-entrypoint"].includes(l.content.app) && !/entrypoint|workdir|data|dirs|foreground/.test(l.content.version);
  if (/^(GPG_KEY|PYTHON_VERSION|PYTHON_SHA256)$/.test(name)) return at((l) => l.content.kind === "python");
  if (name === "NODE_VERSION") return at((l) => l.content.kind === "node");
  if (name === "YARN_VERSION") return at((l) => l.content.kind === "yarn");
  if (/^(GOLANG_VERSION|GOTOOLCHAIN)$/.test(name)) return at((l) => l.content.kind === "go");
  if (name === "GOPATH") return at((l) => l.content.kind === "gopath");
  if (name === "JAVA_VERSION") return at((l) => l.content.kind === "java");
  if (name === "GOSU_VERSION") return at((l) => l.content.kind === "app" && l.content.app === "gosu");
  if (/^(PGDATA|MYSQL_SHELL_VERSION|HOME)$/.test(name)) return at(install, true);
  if (/^(PG_|REDIS_|MYSQL_|MONGO_|JSYAML_)/.test(name)) return at(install);
  // Anything else is declared right after the buildpack-deps layers the image starts from.
  const ownStart = layers.findIndex((l, i) => !(l.content.kind === "packages" && ["curl", "scm", "build"].includes(l.content.set) && layers[i + 1]?.content.kind !== "go"));
  return ownStart < 0 ? layers.length : ownStart;
}

/** `map[80/tcp:{}]`, as BuildKit records an EXPOSE (Go's %v of the port set). */
function formatPortSet(ports: readonly string[]): string {
  return `map[${[...ports].sort().map((p) => `${p}:{}`).join(" ")}]`;
}


function sameWords(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The config history of a catalog image, oldest first, as `docker history`
 * shows the official images: the base image's history (the catalog image
 * whose layers it starts with, or the distribution root), then LABEL and
 * ENV steps, one RUN/COPY per layer (each ENV just before the step that
 * uses it), and the WORKDIR, ENTRYPOINT, EXPOSE, VOLUME, STOPSIGNAL and CMD
 * that differ from the base. Entries without `emptyLayer` pair 1:1 with
 * the image's layers (image-spec config.md "history").
 * Simplification: install scripts are shortened (see catalog-history-lines.ts).
 */
export function calculateCatalogHistory(image: CatalogImage): HistoryEntry[] {
  // An image is built on a base that existed then: no entry is newer than the image (the catalog pairs images with today's base data).
  const created = Date.parse(image.created);
  return calculateHistoryWithConfig(image).entries.map((e) => (e.created > created ? { ...e, created } : e));
}

function calculateHistoryWithConfig(image: CatalogImage): Root {
  const created = Date.parse(image.created);
  const base = findBaseImage(image);
  let inherited: Root;
  let rest: CatalogLayer[];
  const first = image.layers[0];
  const classic = image.layers.some((l) => l.content.kind === "app" && l.content.app === "kuard");
  if (base) {
    inherited = calculateHistoryWithConfig(base);
    inherited = { entries: inherited.entries, config: base.config };
    rest = image.layers.slice(base.layers.length);
  } else if (first && first.content.kind === "distro") {
    const distro = first.content.distro;
    const root = ROOTS[distro];
    const own = image.layers.length === 1;
    const version = own && (distro.startsWith("alpine") || distro === "busybox") ? (findImageKey(image) ?? root.version) : root.version;
    inherited = calculateRoot(first, distro, version, own ? created : Date.parse(root.created));
    rest = image.layers.slice(1);
  } else {
    // FROM scratch: BuildKit's starting config already has the default PATH and WorkingDir "/".
    inherited = { entries: [], config: { Cmd: null, Entrypoint: null, Env: [PATH_ENV], WorkingDir: "/", Labels: {}, ExposedPorts: {}, User: "" } };
    rest = [...image.layers];
  }
  const comment = classic ? undefined : BUILDKIT;
  const meta = (by: string) => entry(created, by, comment, true);
  const prefix = (by: string) => (classic ? `/bin/sh -c #(nop)  ${by}` : by);
  const config = image.config;
  const from = inherited.config;
  const entries = [...inherited.entries];
  for (const [k, v] of Object.entries(config.Labels)) if (from.Labels[k] !== v) entries.push(meta(prefix(`LABEL ${k}=${v}`)));
  const envs = config.Env.filter((e) => !from.Env.includes(e));
  const before: string[][] = rest.map(() => []);
  const tail: string[] = [];
  for (const env of envs) {
    const anchor = findEnvAnchor(env.slice(0, env.indexOf("=")), rest);
    if (anchor < rest.length) before[anchor]?.push(env);
    else tail.push(env);
  }
  let workdirLayer = false;
  rest.forEach((layer, i) => {
    for (const env of before[i] ?? []) entries.push(meta(prefix(`ENV ${env}`)));
    const createdBy = formatLayerCreatedBy(layer, { next: rest[i + 1], classic });
    if (createdBy.startsWith("WORKDIR ")) workdirLayer = true;
    entries.push(entry(created, createdBy, comment));
  });
  for (const env of tail) entries.push(meta(prefix(`ENV ${env}`)));
  if (config.WorkingDir && config.WorkingDir !== from.WorkingDir && !workdirLayer) entries.push(meta(prefix(`WORKDIR ${config.WorkingDir}`)));
  if (config.Entrypoint && !sameWords(config.Entrypoint, from.Entrypoint)) entries.push(meta(prefix(`ENTRYPOINT ${formatGoQuotedList(config.Entrypoint)}`)));
  const ports = Object.keys(config.ExposedPorts).filter((p) => !Object.hasOwn(from.ExposedPorts, p));
  if (ports.length > 0) entries.push(meta(prefix(`EXPOSE ${formatPortSet(ports)}`)));
  const volumes = Object.keys(config.Volumes ?? {}).filter((v) => !Object.hasOwn(from.Volumes ?? {}, v));
  if (volumes.length > 0) entries.push(meta(prefix(`VOLUME [${volumes.join(" ")}]`)));
  if (config.StopSignal && config.StopSignal !== from.StopSignal) entries.push(meta(prefix(`STOPSIGNAL ${config.StopSignal}`)));
  if (config.Cmd && (!sameWords(config.Cmd, from.Cmd) || !sameWords(config.Entrypoint, from.Entrypoint))) entries.push(meta(prefix(`CMD ${formatGoQuotedList(config.Cmd)}`)));
  return { entries, config };
}

