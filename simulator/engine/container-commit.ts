import { calculateSha256Hex } from "../core/sha256";
import { parseDockerfile, parseInstruction, type Instruction } from "../dockerfile/index";
import { addImage } from "../image/store";
import type { ImageConfig, ImageRecord } from "../image/types";
import type { ImageReference } from "../image/reference";
import type { ContainerRecord } from "../runtime/types";
import { createLayer, serializeLayer } from "../vfs/layer";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";

/** What `docker commit` asks for (moby/moby: api/types/container CommitOptions). */
export interface CommitOptions {
  reference?: ImageReference;
  comment: string;
  author: string;
  changes: string[];
}

/** The instructions `--change` accepts (moby/moby 27: builder/dockerfile/builder.go validCommitCommands). */
const VALID_CHANGES = new Set(["cmd", "entrypoint", "healthcheck", "env", "expose", "label", "onbuild", "stopsignal", "user", "volume", "workdir"]);

/** A command line in the image config: exec form as written, shell form under `/bin/sh -c`. */
function calculateCommand(line: { cmdLine: string[]; prependShell: boolean }): string[] {
  return line.prependShell ? ["/bin/sh", "-c", line.cmdLine.join(" ")] : line.cmdLine;
}

/** Applies one change instruction to the config, as the builder's dispatchers do (moby/moby: builder/dockerfile/dispatchers.go). */
function applyChange(config: ImageConfig, change: Instruction): void {
  switch (change.kind) {
    case "cmd":
      config.Cmd = calculateCommand(change);
      return;
    case "entrypoint":
      config.Entrypoint = change.cmdLine === null ? null : calculateCommand({ cmdLine: change.cmdLine, prependShell: change.prependShell });
      return;
    case "env":
      for (const { key, value } of change.pairs) config.Env = [...config.Env.filter((e) => !e.startsWith(`${key}=`)), `${key}=${value}`];
      return;
    case "label":
      config.Labels = { ...config.Labels, ...Object.fromEntries(change.pairs.map((p) => [p.key, p.value])) };
      return;
    case "expose":
      for (const port of change.ports) config.ExposedPorts = { ...config.ExposedPorts, [port.includes("/") ? port : `${port}/tcp`]: {} };
      return;
    case "volume":
      config.Volumes = { ...(config.Volumes ?? {}), ...Object.fromEntries(change.volumes.map((v) => [v, {}])) };
      return;
    case "workdir":
      config.WorkingDir = change.path.startsWith("/") ? change.path : `${config.WorkingDir.replace(/\/$/, "")}/${change.path}`;
      return;
    case "user":
      config.User = change.user;
      return;
    case "stopsignal":
      config.StopSignal = change.signal;
      return;
    case "onbuild":
      config.OnBuild = [...(config.OnBuild ?? []), change.expression];
      return;
    case "healthcheck": {
      // Durations in nanoseconds, zero ones left out, as the build's HEALTHCHECK stores them (build/steps/simple.ts).
      const ns = (ms: number): number => ms * 1_000_000;
      config.Healthcheck = {
        Test: change.test,
        ...(change.intervalMs ? { Interval: ns(change.intervalMs) } : {}),
        ...(change.timeoutMs ? { Timeout: ns(change.timeoutMs) } : {}),
        ...(change.startPeriodMs ? { StartPeriod: ns(change.startPeriodMs) } : {}),
        ...(change.startIntervalMs ? { StartInterval: ns(change.startIntervalMs) } : {}),
        ...(change.retries ? { Retries: change.retries } : {}),
      };
      return;
    }
    default:
      return;
  }
}

/**
 * The container's config with `--change` instructions applied
 * (moby/moby 27: builder/dockerfile/builder.go BuildFromConfig): the
 * changes parse as Dockerfile lines; an instruction other than those
 * allowed is `<name> is not a valid change command`.
 */
export function calculateCommitConfig(base: ImageConfig, changes: readonly string[]): EngineResult<ImageConfig> {
  const config: ImageConfig = structuredClone(base);
  if (changes.length === 0) return { ok: true, value: config };
  let nodes;
  try {
    nodes = parseDockerfile(changes.join("\n")).instructions;
  } catch (error) {
    return { ok: false, error: engineError("invalid", error instanceof Error ? error.message : String(error), 1) };
  }
  for (const node of nodes) {
    if (!VALID_CHANGES.has(node.keyword.toLowerCase())) return { ok: false, error: engineError("invalid", `${node.keyword.toLowerCase()} is not a valid change command`, 1) };
  }
  try {
    for (const node of nodes) applyChange(config, parseInstruction(node));
  } catch (error) {
    return { ok: false, error: engineError("invalid", error instanceof Error ? error.message : String(error), 1) };
  }
  return { ok: true, value: config };
}

/**
 * ContainerCommit (moby/moby 27: daemon/commit.go CreateImageFromContainer,
 * daemon/images/image_commit.go): a new image whose config is the
 * container's (its Cmd, Env, WorkingDir… as it ran) with the changes
 * applied, whose layers are the parent image's plus the container's
 * read-write layer (volumes left out), with a history entry of the
 * container's command, the message and the author, and `.Parent` set to
 * the container's image. Tagged when a reference is given, dangling
 * otherwise. A container without changes adds an empty layer entry.
 */
export function dispatchContainerCommit(engine: Engine, container: ContainerRecord, options: CommitOptions): EngineResult<ImageRecord> {
  engine.settle();
  const store = engine.state.images;
  const parent = store.images[container.imageId];
  if (!parent) return { ok: false, error: engineError("not-found", `No such image: ${container.imageId}`, 1) };
  const c = container.config;
  const base: ImageConfig = {
    ...parent.config,
    Cmd: c.Cmd, Entrypoint: c.Entrypoint, Env: c.Env, WorkingDir: c.WorkingDir, User: c.User, Labels: c.Labels,
  };
  const config = calculateCommitConfig(base, options.changes);
  if (!config.ok) return config;
  const layer = createLayer(container.upper?.entries ?? []);
  const empty = layer.entries.size === 0;
  if (!empty) {
    store.builtLayers[layer.digest] = serializeLayer(layer);
    store.layers[layer.digest] = true;
  }
  const now = engine.clock.now();
  const history = [
    ...parent.history,
    {
      created: now,
      createdBy: (c.Cmd ?? []).join(" "),
      ...(options.comment ? { comment: options.comment } : {}),
      ...(options.author ? { author: options.author } : {}),
      ...(empty ? { emptyLayer: true } : {}),
    },
  ];
  const layers = empty ? parent.layers : [...parent.layers, { digest: layer.digest, size: layer.size }];
  const id = `sha256:${calculateSha256Hex(JSON.stringify({ parent: parent.id, config: config.value, layers: layers.map((l) => l.digest), history }))}`;
  const image: ImageRecord = {
    id,
    tags: [],
    repoDigests: [],
    created: now,
    size: parent.size + (empty ? 0 : layer.size),
    layers,
    config: config.value,
    os: parent.os,
    architecture: parent.architecture,
    executables: [],
    history,
    parent: parent.id,
    comment: options.comment,
    ...(options.author ? { author: options.author } : {}),
  };
  store.images[id] = image;
  if (options.reference) {
    addImage(store, image, { ...options.reference, tag: options.reference.tag ?? "latest", digest: undefined });
    image.lastTagTime = now;
  }
  return { ok: true, value: image };
}
