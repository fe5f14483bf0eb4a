import { calculateSha256Hex } from "../core/sha256";
import type { ImageConfig, ImageRecord } from "../image/types";
import { calculateChainIds } from "./image-layers";
import { listImageReferences } from "./image-lookup";

/** Go's zero time.Time as RFC 3339 (`.Metadata.LastTagTime` of an image never tagged here, unset container times). */
export const GO_ZERO_TIME = "0001-01-01T00:00:00Z";

/** time.Time in RFC3339Nano, UTC: trailing zeros of the fraction dropped (`2025-03-01T09:00:00.5Z`). */
export function formatRfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.(\d*?)0*Z$/, (_, digits: string) => (digits ? `.${digits}Z` : "Z"));
}

/** An overlay2 directory ID for a layer stack (the daemon draws cache IDs at random; these are derived so they stay stable). */
export function calculateOverlayId(seed: string): string {
  return calculateSha256Hex(`overlay2:${seed}`);
}

/**
 * `.GraphDriver` of an image: overlay2's directories for the top layer, with
 * the lower layers' diff directories (moby/moby: daemon/graphdriver/overlay2
 * driver.go GetMetadata; map keys sorted as encoding/json sorts them).
 */
export function calculateImageGraphDriver(image: ImageRecord): Record<string, unknown> {
  const dirs = calculateChainIds(image.layers).map((chain) => `/var/lib/docker/overlay2/${calculateOverlayId(chain)}`);
  const top = dirs.pop();
  if (top === undefined) return { Data: null, Name: "overlay2" };
  const data: Record<string, string> = {};
  if (dirs.length > 0) data.LowerDir = dirs.reverse().map((d) => `${d}/diff`).join(":");
  data.MergedDir = `${top}/merged`;
  data.UpperDir = `${top}/diff`;
  data.WorkDir = `${top}/work`;
  return { Data: data, Name: "overlay2" };
}

/**
 * A container.Config as `docker inspect` encodes it, in the struct's field
 * order, omitempty fields left out when empty (moby/moby:
 * api/types/container/config.go). `extra` fills the fields only containers have.
 */
export function formatConfigObject(
  config: ImageConfig,
  extra: { Hostname?: string; User?: string; AttachStdin?: boolean; AttachStdout?: boolean; AttachStderr?: boolean; Tty?: boolean; OpenStdin?: boolean; StdinOnce?: boolean; Image?: string } = {},
  emptyLabels: "null" | "object" = "null",
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Hostname: extra.Hostname ?? "",
    Domainname: "",
    User: extra.User ?? config.User,
    AttachStdin: extra.AttachStdin ?? false,
    AttachStdout: extra.AttachStdout ?? false,
    AttachStderr: extra.AttachStderr ?? false,
  };
  if (Object.keys(config.ExposedPorts).length > 0) out.ExposedPorts = config.ExposedPorts;
  out.Tty = extra.Tty ?? false;
  out.OpenStdin = extra.OpenStdin ?? false;
  out.StdinOnce = extra.StdinOnce ?? false;
  out.Env = config.Env;
  out.Cmd = config.Cmd;
  if (config.Healthcheck) out.Healthcheck = config.Healthcheck;
  out.Image = extra.Image ?? "";
  out.Volumes = config.Volumes && Object.keys(config.Volumes).length > 0 ? config.Volumes : null;
  out.WorkingDir = config.WorkingDir;
  out.Entrypoint = config.Entrypoint;
  out.OnBuild = config.OnBuild && config.OnBuild.length > 0 ? config.OnBuild : null;
  out.Labels = Object.keys(config.Labels).length > 0 ? config.Labels : emptyLabels === "null" ? null : {};
  if (config.StopSignal) out.StopSignal = config.StopSignal;
  if (config.Shell && config.Shell.length > 0) out.Shell = config.Shell;
  return out;
}

/**
 * `docker image inspect`'s object for Docker 27 / API 1.46 on the
 * graphdriver store (moby/moby: api/types/image/image_inspect.go
 * InspectResponse; daemon/images/image_inspect.go; fidelity-reference §1.7):
 * Id, RepoTags, RepoDigests, Parent, Comment, Created, DockerVersion, Author,
 * Config, Architecture, Os, Size, GraphDriver, RootFS, Metadata.
 * Simplification: RootFS.Layers lists the layer digests the store knows
 * (for catalog layers the blob digest stands in for the DiffID).
 */
export function calculateImageInspect(image: ImageRecord): Record<string, unknown> {
  const refs = listImageReferences(image);
  const comment = image.comment ?? image.history[image.history.length - 1]?.comment ?? "";
  return {
    Id: image.id,
    RepoTags: refs.filter((r) => r.kind === "tag").map((r) => r.familiar),
    RepoDigests: refs.filter((r) => r.kind === "digest").map((r) => r.familiar),
    Parent: image.parent ?? "",
    Comment: comment,
    Created: formatRfc3339Nano(image.created),
    DockerVersion: "",
    Author: image.author ?? "",
    Config: formatConfigObject(image.config),
    Architecture: image.architecture,
    Os: image.os,
    Size: image.size,
    GraphDriver: calculateImageGraphDriver(image),
    RootFS: { Type: "layers", Layers: image.layers.map((l) => l.digest) },
    Metadata: { LastTagTime: image.lastTagTime ? formatRfc3339Nano(image.lastTagTime) : GO_ZERO_TIME },
  };
}

