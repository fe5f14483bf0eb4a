import type { FlagSpec, FlagValues } from "../../cli/flags";
import type { DockerContext } from "../command";
import { writeRunError } from "../command";
import { writePullProgressTo } from "../image/pull-progress";
import { formatFamiliarTagged, type ImageReference } from "../../image/reference";
import type { ImageRecord } from "../../image/types";
import type { CreateContainerOptions } from "../../engine/engine";
import { connectNetwork, getNetwork } from "../../engine/network-ops";
import { parsePortSpecs } from "../../engine/ports";
import { findVolumeFlagError } from "../../engine/volumes";
import { findRestartPolicyError, parseRestartPolicy } from "../../runtime/restart-policy";
import type { ContainerRecord, RestartPolicy } from "../../runtime/types";
import { calculateResolvedPath } from "../../vfs/path";
import { dispatchResources, findResourcesError } from "../../engine/resources";
import { parseResourceFlags, RESOURCE_FLAGS } from "./resource-flags";
import { HEALTH_FLAGS, parseHealthFlags } from "./health-flags";
import { findHealthConfigError } from "../../engine/health";

/** The container options `docker create` and `docker run` share (docker/cli: cli/command/container/opts.go addFlags). */
export const CONTAINER_CREATE_FLAGS: FlagSpec[] = [
  { name: "entrypoint", kind: "string", usage: "Overwrite the default ENTRYPOINT of the image" },
  { name: "env", short: "e", kind: "list", usage: "Set environment variables" },
  { name: "hostname", short: "h", kind: "string", usage: "Container host name" },
  { name: "interactive", short: "i", kind: "bool", usage: "Keep STDIN open even if not attached" },
  { name: "label", short: "l", kind: "list", usage: "Set meta data on a container" },
  { name: "name", kind: "string", usage: "Assign a name to the container" },
  { name: "network", kind: "string", valueName: "network", usage: "Connect a container to a network" },
  { name: "network-alias", kind: "list", usage: "Add network-scoped alias for the container" },
  { name: "publish", short: "p", kind: "list", usage: "Publish a container's port(s) to the host" },
  { name: "publish-all", short: "P", kind: "bool", usage: "Publish all exposed ports to random ports" },
  { name: "pull", kind: "string", usage: 'Pull image before running ("always", "missing", "never")', defaultText: '"missing"' },
  { name: "quiet", short: "q", kind: "bool", usage: "Suppress the pull output" },
  { name: "restart", kind: "string", usage: "Restart policy to apply when a container exits", defaultText: '"no"' },
  { name: "rm", kind: "bool", usage: "Automatically remove the container and its associated anonymous volumes when it exits" },
  { name: "tty", short: "t", kind: "bool", usage: "Allocate a pseudo-TTY" },
  { name: "user", short: "u", kind: "string", usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
  { name: "volume", short: "v", kind: "list", usage: "Bind mount a volume" },
  { name: "workdir", short: "w", kind: "string", usage: "Working directory inside the container" },
  ...RESOURCE_FLAGS,
  ...HEALTH_FLAGS,
];

/** Finds the image locally or pulls it, printing what `docker run`/`create` print on stderr. */
function ensureImage(ctx: DockerContext, verb: string, text: string, ref: ImageReference, pull: string, quiet: boolean): ImageRecord | number {
  const local = pull === "always" ? undefined : ctx.engine.findImage(text, ref);
  if (local) return local;
  if (pull === "never") {
    return writeRunError(ctx.out, verb, `Error response from daemon: No such image: ${formatFamiliarTagged(ref)}`, 125);
  }
  if (pull !== "always") ctx.out.err(`Unable to find image '${formatFamiliarTagged(ref)}' locally\n`);
  const result = ctx.engine.pull(ref);
  if (!result.ok) return writeRunError(ctx.out, verb, `Error response from daemon: ${result.error.message}`, 125);
  if (!quiet) writePullProgressTo(ctx.out, "stderr", result.value);
  return result.value.image;
}

/** `-l a=b` / `-e A=b` lists as a record (a bare key gets an empty value for labels). */
function parseKeyValues(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf("=");
    if (eq < 0) out[item] = "";
    else out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/**
 * What `docker create` and `docker run` do before starting anything
 * (docker/cli 27: cli/command/container/create.go, opts.go parse): the
 * CLI's own checks of `--pull`, `-p`, `-v`, `--restart` (and its conflict
 * with `--rm`), the daemon's check of the restart policy (before the image
 * is looked up: moby/moby daemon/create.go verifyContainerSettings), the
 * pull when the image is missing, then ContainerCreate. Errors are printed
 * in 27.x's `docker: …` form; returns the status then.
 */
export function dispatchCreateFromFlags(ctx: DockerContext, verb: string, flags: FlagValues, args: string[]): ContainerRecord | number {
  const [imageText, ...cmd] = args as [string, ...string[]];
  const resources = parseResourceFlags(flags);
  if (!resources.ok) {
    ctx.out.err(`${resources.error}\nSee 'docker ${verb} --help'.\n`);
    return 125;
  }
  const health = parseHealthFlags(flags);
  if (!health.ok && health.pflag) {
    ctx.out.err(`${health.error}\nSee 'docker ${verb} --help'.\n`);
    return 125;
  }
  if (!health.ok) return writeRunError(ctx.out, verb, health.error, 125);
  const pull = (flags.pull as string | undefined) ?? "missing";
  if (!["always", "missing", "never"].includes(pull)) {
    return writeRunError(ctx.out, verb, `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`, 125);
  }
  const ports = parsePortSpecs((flags.publish as string[] | undefined) ?? []);
  if (!ports.ok) return writeRunError(ctx.out, verb, ports.error, 125);
  const volumes: string[] = [];
  for (const spec of (flags.volume as string[] | undefined) ?? []) {
    const error = findVolumeFlagError(spec);
    if (error) return writeRunError(ctx.out, verb, error, 125);
    // A host part starting with "." is made absolute against the client's directory (docker/cli 27.x: opts.go).
    const [hostPart = "", ...rest] = spec.split(":");
    volumes.push(rest.length > 0 && hostPart.startsWith(".") ? [calculateResolvedPath(ctx.host.cwd, hostPart), ...rest].join(":") : spec);
  }
  const restart = parseRestartPolicy((flags.restart as string | undefined) ?? "");
  if (!restart.ok) return writeRunError(ctx.out, verb, restart.error, 125);
  const policy: RestartPolicy | undefined = restart.policy;
  if (flags.rm === true && policy && policy.Name !== "no") {
    return writeRunError(ctx.out, verb, "conflicting options: cannot specify both --restart and --rm", 125);
  }
  const policyError = policy ? findRestartPolicyError(policy) : undefined;
  if (policyError) return writeRunError(ctx.out, verb, `Error response from daemon: ${policyError}`, 125);
  const resourcesError = findResourcesError(resources.resources);
  if (resourcesError) return writeRunError(ctx.out, verb, `Error response from daemon: ${resourcesError}`, 125);
  const healthError = findHealthConfigError(health.health);
  if (healthError) return writeRunError(ctx.out, verb, `Error response from daemon: ${healthError}`, 125);
  const networkMode = (flags.network as string | undefined) || "bridge";
  const network = getNetwork(ctx.engine, networkMode);
  if (!network.ok) return writeRunError(ctx.out, verb, `Error response from daemon: ${network.error.message}`, 125);
  const parsed = ctx.engine.parseReference(imageText);
  if (!parsed.ok) return writeRunError(ctx.out, verb, parsed.error.message, 125);
  const image = ensureImage(ctx, verb, imageText, parsed.value, pull, flags.quiet === true);
  if (typeof image === "number") return image;

  const entrypoint = flags.entrypoint as string | undefined;
  const options: CreateContainerOptions = {
    imageText,
    image,
    name: flags.name as string | undefined,
    cmd,
    entrypoint: entrypoint === undefined ? undefined : entrypoint === "" ? [] : [entrypoint],
    env: ((flags.env as string[] | undefined) ?? []).filter((e) => e.includes("=")),
    workingDir: flags.workdir as string | undefined,
    user: flags.user as string | undefined,
    hostname: flags.hostname as string | undefined,
    tty: flags.tty === true,
    interactive: flags.interactive === true,
    autoRemove: flags.rm === true,
    labels: parseKeyValues(flags.label as string[] | undefined),
    portBindings: ports.bindings,
    publishAllPorts: flags["publish-all"] === true,
    volumes,
    ...(health.health ? { healthcheck: health.health } : {}),
  };
  const created = ctx.engine.createContainer(options);
  if (!created.ok) return writeRunError(ctx.out, verb, `Error response from daemon: ${created.error.message}`, created.error.exitCode);
  if (policy) created.value.hostConfig.RestartPolicy = policy;
  dispatchResources(created.value.hostConfig, resources.resources);
  created.value.hostConfig.NetworkMode = networkMode;
  connectNetwork(ctx.engine, network.value, created.value, network.value.Name === "bridge" ? [] : [...((flags["network-alias"] as string[] | undefined) ?? []), created.value.id.slice(0, 12)]);
  return created.value;
}
