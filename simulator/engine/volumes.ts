import { getOwn } from "../core/own";
import { calculateSha256Hex } from "../core/sha256";
import type { ContainerRecord, MountPoint } from "../runtime/types";
import type { SerializedWritableLayer } from "../vfs/writable-layer";
import type { RegistryRepositories } from "./registries";

/**
 * A volume of the `local` driver, as `docker volume inspect` shows it
 * (moby/moby: api/types/volume Volume), with what containers keep in it.
 */
export interface VolumeRecord {
  Name: string;
  Driver: "local";
  Mountpoint: string;
  /** ms since the epoch. */
  CreatedAt: number;
  Labels: Record<string, string>;
  Scope: "local";
  /**
   * What a registry:2 container stored under /var/lib/registry on this
   * volume: repository → tag → image.
   * Simplification: a volume holds the data of the program that wrote it as
   * structured records, not as files (the registry's docker/registry/v2 tree).
   */
  registry?: RegistryRepositories;
  /** Driver options; set (maybe empty) only for volumes made by `docker volume create`, null for those made by a mount. */
  Options?: Record<string, string>;
  /** The files containers wrote on the volume (its `_data` directory), as a layer over nothing (engine/container-fs.ts). */
  files?: SerializedWritableLayer;
}

/** The daemon's volumes by name. */
export type VolumeStoreState = Record<string, VolumeRecord>;

/** No volumes. */
export function createVolumeStore(): VolumeStoreState {
  return {};
}

/** The volume name rule of the local driver (moby/moby: volume/local/local.go validateName). */
const VOLUME_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** The modes a bind or volume spec may carry (moby/moby: volume/mounts/linux_parser.go). */
const MODE_RE = /^(?:(?:ro|rw|z|Z|nocopy|shared|rshared|slave|rslave|private|rprivate)(?:,|$))+$/;

/** One `-v` spec resolved by the daemon: a named volume, an anonymous one, or a bind mount. */
interface MountSpec {
  type: "volume" | "bind";
  /** Volume name or host path; "" for an anonymous volume. */
  source: string;
  destination: string;
  mode: string;
}

/**
 * The daemon's reading of a `-v` spec on Linux (moby/moby:
 * volume/mounts/linux_parser.go ParseMountRaw, validateMountConfig), with its
 * error texts: `DEST`, `SOURCE:DEST`, `SOURCE:DEST:MODE`; an absolute source
 * is a bind mount, anything else a volume name.
 */
function parseMountSpec(raw: string): MountSpec | { error: string } {
  const parts = raw.split(":");
  let source = "";
  let destination: string;
  let mode = "";
  if (parts.length === 1) destination = parts[0] as string;
  else if (parts.length === 2) {
    if (MODE_RE.test(parts[1] as string)) return { error: `invalid volume specification: '${raw}'` };
    [source, destination] = parts as [string, string];
  } else if (parts.length === 3) [source, destination, mode] = parts as [string, string, string];
  else return { error: `invalid volume specification: '${raw}'` };
  if (mode !== "" && !MODE_RE.test(mode)) return { error: `invalid mode: ${mode}` };
  const type = source.startsWith("/") ? "bind" : "volume";
  if (!destination.startsWith("/")) {
    return { error: `invalid mount config for type "${type}": invalid mount path: '${destination}' mount path must be absolute` };
  }
  if (type === "volume" && source !== "" && !VOLUME_NAME_RE.test(source)) {
    return {
      error: `create ${source}: "${source}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
    };
  }
  return { type, source, destination: destination.replace(/(.)\/+$/, "$1"), mode };
}

/** Where the local driver keeps a volume's data (moby/moby: volume/local/local.go). */
function calculateMountpoint(name: string): string {
  return `/var/lib/docker/volumes/${name}/_data`;
}

/**
 * A container's mounts, as ContainerCreate resolves them: `-v` specs (named
 * volumes are created on first use), then an anonymous volume for every
 * image VOLUME no spec covers (moby/moby: daemon/create.go,
 * daemon/volumes.go registerMountPoints). Volumes are created only when every
 * spec is valid. Anonymous volumes carry the `com.docker.volume.anonymous`
 * label Docker 24+ sets.
 * Simplification: an anonymous volume's 64-hex name is derived from the
 * container ID and path instead of being random.
 */
export function dispatchContainerMounts(
  volumes: VolumeStoreState,
  containerId: string,
  specs: readonly string[],
  imageVolumes: readonly string[],
  now: number,
): { ok: true; mounts: MountPoint[] } | { ok: false; error: string } {
  const parsed: MountSpec[] = [];
  for (const raw of specs) {
    const spec = parseMountSpec(raw);
    if ("error" in spec) return { ok: false, error: spec.error };
    if (parsed.some((p) => p.destination === spec.destination)) return { ok: false, error: `Duplicate mount point: ${spec.destination}` };
    parsed.push(spec);
  }
  for (const path of imageVolumes) {
    if (!parsed.some((p) => p.destination === path)) parsed.push({ type: "volume", source: "", destination: path, mode: "" });
  }
  return {
    ok: true,
    mounts: parsed.map((spec) => {
      const rw = !spec.mode.split(",").includes("ro");
      if (spec.type === "bind") return { Type: "bind", Source: spec.source, Destination: spec.destination, Mode: spec.mode, RW: rw };
      const name = spec.source || calculateSha256Hex(`anonymous-volume:${containerId}:${spec.destination}`);
      if (!getOwn(volumes, name)) volumes[name] = {
        Name: name,
        Driver: "local",
        Mountpoint: calculateMountpoint(name),
        CreatedAt: now,
        Labels: spec.source ? {} : { "com.docker.volume.anonymous": "" },
        Scope: "local",
      };
      return { Type: "volume", Name: name, Source: calculateMountpoint(name), Destination: spec.destination, Mode: spec.mode || (spec.source ? "z" : ""), RW: rw };
    }),
  };
}

/** The label that marks the record standing in for a bind-mounted host directory (not a docker volume). */
export const BIND_SOURCE_LABEL = "dockyard.bind-source";

/**
 * Where a program's data under `destination` lives: the volume mounted
 * there, or for a bind mount the record of that host directory, shared by
 * every container binding it. Containers created before mounts were
 * recorded get an anonymous volume there on first use, as the image's
 * VOLUME would have given them.
 * Simplification: a bind-mounted directory's contents are kept as a record
 * labelled BIND_SOURCE_LABEL in the volume store, not in the host's files;
 * `docker volume ls` must skip those records.
 */
export function findStorageAt(volumes: VolumeStoreState, container: ContainerRecord, destination: string, now: number): VolumeRecord {
  let mount = container.mounts?.find((m) => m.Destination === destination);
  if (!mount) {
    mount = (dispatchContainerMounts(volumes, container.id, [], [destination], now) as { mounts: MountPoint[] }).mounts[0] as MountPoint;
    container.mounts = [...(container.mounts ?? []), mount];
  }
  const mounted = mount.Type === "volume" && mount.Name ? getOwn(volumes, mount.Name) : undefined;
  if (mounted) return mounted;
  const name = calculateSha256Hex(`bind:${mount.Source}`);
  if (!getOwn(volumes, name)) volumes[name] = {
    Name: name,
    Driver: "local",
    Mountpoint: mount.Source,
    CreatedAt: now,
    Labels: { [BIND_SOURCE_LABEL]: mount.Source },
    Scope: "local",
  };
  return volumes[name] as VolumeRecord;
}

/**
 * The CLI's own check of a `-v` spec before it reaches the daemon
 * (docker/cli: cli/compose/loader/volume.go ParseVolume): an empty spec,
 * an empty section between colons, or a fourth section are refused.
 * Returns the error text, or undefined when the spec may be sent.
 */
export function findVolumeFlagError(spec: string): string | undefined {
  if (spec === "") return "invalid empty volume spec";
  if (spec.length <= 2) return undefined;
  const sections = spec.split(":");
  if (sections.some((s) => s === "")) return `invalid spec: ${spec}: empty section between colons`;
  if (sections.length > 3) return `invalid spec: ${spec}: too many colons`;
  return undefined;
}
