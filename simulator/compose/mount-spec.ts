import { calculateResolvedPath } from "../vfs/path";
import { ComposeError, type ComposeMount } from "./types";

/** A host path as Compose resolves it: `~` to the home directory, relative ones against the project directory. */
function resolveHostPath(source: string, projectDir: string, home: string): string {
  if (source === "~" || source.startsWith("~/")) return calculateResolvedPath(home, `.${source.slice(1)}`);
  return calculateResolvedPath(projectDir, source);
}

/**
 * A volume in the short syntax, `[SOURCE:]TARGET[:MODE]`, as compose-go's
 * format.ParseVolume reads it: a source starting with `.`, `/` or `~` is a
 * bind mount (made absolute), any other source names a volume, no source
 * is an anonymous volume; `ro` makes it read-only.
 */
export function parseShortVolume(spec: string, projectDir: string, home: string): ComposeMount {
  const parts = spec.split(":");
  if (parts.length > 3 || parts.some((p) => p === "")) throw new ComposeError(`invalid spec: ${spec}: too many colons`);
  if (parts.length === 1) return { type: "volume", target: parts[0] as string, volume: {} };
  const [source, target, mode] = parts as [string, string, string | undefined];
  const readOnly = mode !== undefined && mode.split(",").includes("ro");
  const isBind = /^[./~]/.test(source);
  const mount: ComposeMount = isBind
    ? { type: "bind", source: resolveHostPath(source, projectDir, home), target, bind: { create_host_path: true } }
    : { type: "volume", source, target, volume: {} };
  if (readOnly) mount.read_only = true;
  return mount;
}

/** A volume in the long syntax (`type`, `source`, `target`, `read_only`). */
export function parseLongVolume(raw: Record<string, unknown>, projectDir: string, home: string, path: string): ComposeMount {
  const type = raw.type;
  if (type !== "volume" && type !== "bind" && type !== "tmpfs") {
    throw new ComposeError(`${path}.type must be one of the following: "bind", "volume", "tmpfs", "image", "npipe", "cluster"`);
  }
  if (typeof raw.target !== "string") throw new ComposeError(`${path} target is required`);
  const mount: ComposeMount = { type, target: raw.target };
  if (typeof raw.source === "string" && raw.source !== "") mount.source = type === "bind" ? resolveHostPath(raw.source, projectDir, home) : raw.source;
  if (raw.read_only === true || raw.read_only === "true") mount.read_only = true;
  if (type === "bind") mount.bind = { create_host_path: true };
  if (type === "volume") mount.volume = {};
  return mount;
}
