import { createBuildCache, type BuildCacheState } from "../build/cache";
import type { BuildRecord } from "../build/record";
import type { Clock } from "../core/clock";
import { findImageExecutables } from "./build";
import { calculateShortId, type IdSource } from "../core/ids";
import type { OutputChunk } from "../core/io";
import { parseImageReference, ReferenceError, type ImageReference } from "../image/reference";
import { createImageStore, findImage, listImageTags, type ImageStoreState, type ImageTagRow } from "../image/store";
import type { ImageRecord } from "../image/types";
import {
  calculateEnvMap,
  createRuntime,
  dispatchStart,
  findContainer,
  resolveExecutable,
  type RuntimeState,
} from "../runtime/containers";
import { calculateContainerName, CONTAINER_NAME_PATTERN } from "../runtime/names";
import { createInitialState, type ContainerRecord, type PortMap } from "../runtime/types";
import { engineError, type EngineError, type EngineResult } from "./errors";
import { dispatchPortAllocation } from "./ports";
import { dispatchPull, type PullReport } from "./pull";
import { createRegistryState, type RegistryState } from "./registries";
import { settleContainers, waitForExit } from "./container-settle";
import { createRootfsProgram } from "./rootfs-process";
import type { NetworkStoreState } from "./networks";
import { dispatchNetworkAddresses } from "./network-ops";
import { createVolumeStore, dispatchContainerMounts, type VolumeStoreState } from "./volumes";
import type { FileSystem } from "../vfs/types";
import { ENGINE_VERSION, type EngineVersion } from "./version";
import { recordContainerEvent, recordPullEvent, type EngineEvent } from "./events";
import { calculateHealthConfig, dispatchHealthStart } from "./health";
import type { HealthConfig } from "../runtime/types";
import type { SwarmState } from "./swarm-state";
import { reconcileSwarm } from "./swarm-tasks";

/** The daemon's whole state, as plain serializable data. */
export interface EngineState {
  images: ImageStoreState;
  runtime: RuntimeState;
  /** BuildKit's cache records. */
  buildCache: BuildCacheState;
  /** Every build, oldest first (the grader and the engine view read them). */
  builds: BuildRecord[];
  /** The registries' pushed images and logins. */
  registries: RegistryState;
  /** Named and anonymous volumes. */
  volumes: VolumeStoreState;
  /** The networks, by ID; created with the defaults on first use (engine/network-ops.ts). */
  networks?: NetworkStoreState;
  /** The daemon's recent events, oldest first (engine/events.ts); created on first use. */
  events?: EngineEvent[];
  /** The swarm this node belongs to, once `docker swarm init` ran (engine/swarm.ts). */
  swarm?: SwarmState;
}

/** A fresh daemon: no images, no containers. */
export function createEngineState(): EngineState {
  return {
    images: createImageStore(),
    runtime: createRuntime(),
    buildCache: createBuildCache(),
    builds: [],
    registries: createRegistryState(),
    volumes: createVolumeStore(),
  };
}

/** What `docker create`/`run` ask the daemon for (ContainerCreate's config, the parts used so far). */
export interface CreateContainerOptions {
  /** The image as typed (kept for the IMAGE column). */
  imageText: string;
  image: ImageRecord;
  name?: string;
  /** Replaces the image's Cmd when non-empty. */
  cmd: string[];
  entrypoint?: string[];
  env: string[];
  workingDir?: string;
  user?: string;
  hostname?: string;
  tty: boolean;
  interactive: boolean;
  autoRemove: boolean;
  labels: Record<string, string>;
  /** `-p`: HostConfig.PortBindings as the CLI parsed them (engine/ports.ts parsePortSpecs). */
  portBindings?: PortMap;
  /** `-P`. */
  publishAllPorts?: boolean;
  /** `-v` specs: `NAME:DEST`, `/HOST:DEST`, `DEST` (anonymous), with an optional `:MODE`. */
  volumes?: string[];
  /** `--health-*` / `--no-healthcheck`, merged over the image's HEALTHCHECK. */
  healthcheck?: HealthConfig;
}

/** What starting a container produced. */
export interface StartReport {
  container: ContainerRecord;
  output: OutputChunk[];
}

/**
 * The simulated Docker daemon: the Engine API the CLI talks to
 * (moby/moby: client/interface.go, the calls used so far). Every call first
 * lets time pass for running processes, so state always matches the clock.
 */
export class Engine {
  /** The host's files, for bind mounts and `docker cp` (set by the world; absent, bind mounts show nothing). */
  hostFs: FileSystem | undefined = undefined;

  constructor(
    readonly state: EngineState,
    readonly clock: Clock,
    readonly ids: IdSource,
  ) {}

  /** Nested docker commands running (runCommand); settle results are only reused inside one. */
  private commandDepth = 0;
  /** Bumped whenever something may have scheduled an exit, restart or probe (markScheduleChanged). */
  private scheduleGeneration = 0;
  /** The last settle's view: nothing is due before `nextAt` unless the schedule changed since. */
  private settleCache: { generation: number; containers: object; nextAt: number } | undefined = undefined;

  /**
   * Applies everything that happened by now (processes exiting, restart
   * policies, health probes: engine/container-settle.ts). Within one docker
   * command, a settle at a time before the next known event, with no
   * schedule change since the last one, has nothing to do and is skipped
   * (each engine call settles, and scanning every container each time was
   * most of `docker run -d`'s cost with many containers).
   */
  settle(): void {
    const cache = this.settleCache;
    if (!(this.commandDepth > 0 && cache && cache.generation === this.scheduleGeneration && cache.containers === this.state.runtime.containers && this.clock.now() < cache.nextAt)) {
      const nextAt = settleContainers(this);
      this.settleCache = { generation: this.scheduleGeneration, containers: this.state.runtime.containers, nextAt };
    }
    this.settleSwarm();
  }

  /** Set while the swarm's orchestrator runs: its own engine calls settle again. */
  private reconcilingSwarm = false;

  /** In a swarm, the orchestrator and this node's agent catch up too, so `docker ps` shows the tasks' containers (engine/swarm-tasks.ts). */
  private settleSwarm(): void {
    const swarm = this.state.swarm;
    if (!swarm || this.reconcilingSwarm) return;
    this.reconcilingSwarm = true;
    try {
      reconcileSwarm(this, swarm);
    } finally {
      this.reconcilingSwarm = false;
    }
  }

  /** Something may have scheduled or moved an exit, restart or probe: the next settle looks at every container again. */
  markScheduleChanged(): void {
    this.scheduleGeneration++;
  }

  /** Runs one docker command; settles inside it may reuse each other's result (see settle). */
  runCommand<T>(run: () => T): T {
    this.commandDepth++;
    this.markScheduleChanged();
    try {
      return run();
    } finally {
      this.commandDepth--;
      this.markScheduleChanged();
    }
  }

  /** Parses an image reference, turning a grammar error into the daemon's error. */
  parseReference(text: string): EngineResult<ImageReference> {
    try {
      return { ok: true, value: parseImageReference(text) };
    } catch (error) {
      if (error instanceof ReferenceError) return { ok: false, error: engineError("invalid", error.message) };
      throw error;
    }
  }

  /** A local image by ID or reference (ImageInspect). */
  findImage(text: string, ref?: ImageReference): ImageRecord | undefined {
    return findImage(this.state.images, text, ref);
  }

  /** ImagePull. */
  pull(ref: ImageReference): EngineResult<PullReport> {
    this.settle();
    const pulled = dispatchPull(this.state.images, ref, { ...this.state, volumes: (this.state.volumes ??= createVolumeStore()), now: this.clock.now() });
    if (pulled.ok) recordPullEvent(this, ref);
    return pulled;
  }

  /** ContainerCreate: validates the name, generates ID and name, records the config. */
  createContainer(options: CreateContainerOptions): EngineResult<ContainerRecord> {
    this.settle();
    const containers = this.state.runtime.containers;
    const taken = (name: string): ContainerRecord | undefined => Object.values(containers).find((c) => c.name === name);
    if (options.name !== undefined) {
      if (!CONTAINER_NAME_PATTERN.test(options.name)) {
        return {
          ok: false,
          error: engineError("invalid", `Invalid container name (${options.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`),
        };
      }
      const name = options.name.replace(/^\//, "");
      const holder = taken(name);
      if (holder) {
        return {
          ok: false,
          error: engineError(
            "conflict",
            `Conflict. The container name "/${name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
          ),
        };
      }
    }
    const id = this.ids.hex(64);
    const name = options.name?.replace(/^\//, "") ?? calculateContainerName(this.ids, (n) => taken(n) !== undefined, calculateShortId(id));
    const imageConfig = options.image.config;
    const entrypoint = options.entrypoint ?? imageConfig.Entrypoint;
    const cmd = options.cmd.length > 0 ? options.cmd : options.entrypoint ? [] : (imageConfig.Cmd ?? []);
    const argv = [...(entrypoint ?? []), ...cmd];
    const env = [...imageConfig.Env, ...options.env];
    const healthcheck = calculateHealthConfig(imageConfig.Healthcheck, options.healthcheck);
    const container: ContainerRecord = {
      id,
      name,
      created: this.clock.now(),
      imageId: options.image.id,
      path: argv[0] ?? "",
      args: argv.slice(1),
      config: {
        Hostname: options.hostname ?? calculateShortId(id),
        User: options.user ?? imageConfig.User,
        Env: env,
        Cmd: cmd.length > 0 ? cmd : null,
        Entrypoint: entrypoint && entrypoint.length > 0 ? entrypoint : null,
        WorkingDir: options.workingDir ?? imageConfig.WorkingDir,
        Image: options.imageText,
        Labels: { ...imageConfig.Labels, ...options.labels },
        Tty: options.tty,
        OpenStdin: options.interactive,
        ...(healthcheck ? { Healthcheck: healthcheck } : {}),
      },
      hostConfig: {
        AutoRemove: options.autoRemove,
        ...(options.portBindings && Object.keys(options.portBindings).length > 0 ? { PortBindings: options.portBindings } : {}),
        ...(options.publishAllPorts ? { PublishAllPorts: true } : {}),
        ...(options.volumes?.some((v) => v.includes(":")) ? { Binds: options.volumes.filter((v) => v.includes(":")) } : {}),
      },
      state: createInitialState(),
      logs: [],
      process: null,
      restartCount: 0,
    };
    if (container.path === "") {
      return { ok: false, error: engineError("invalid", "no command specified") };
    }
    const imageVolumes = Object.keys(imageConfig.Volumes ?? {});
    if ((options.volumes?.length ?? 0) > 0 || imageVolumes.length > 0) {
      this.state.volumes ??= createVolumeStore();
      const mounts = dispatchContainerMounts(this.state.volumes, id, options.volumes ?? [], imageVolumes, this.clock.now());
      if (!mounts.ok) return { ok: false, error: engineError("invalid", mounts.error) };
      container.mounts = mounts.mounts;
    }
    containers[id] = container;
    this.markScheduleChanged();
    recordContainerEvent(this, container, "create");
    return { ok: true, value: container };
  }

  /**
   * ContainerStart: sets up networking (publishes ports), then finds the
   * executable as runc would and runs the process model. A host port already
   * held fails as libnetwork reports it in 27.x, the container left
   * `Created` with exit code 128 (moby/moby: daemon/start.go, the
   * `exitUnknown` of a failed start; fidelity-reference §3.4). A missing
   * executable leaves the container `Created` with exit code 127 and runc's
   * message (fidelity-reference §3.9, §4.3).
   */
  start(container: ContainerRecord): EngineResult<StartReport> {
    this.settle();
    const image = this.state.images.images[container.imageId];
    const ports = dispatchPortAllocation(this.state.runtime, container, image);
    if (!ports.ok) {
      const message = `driver failed programming external connectivity on endpoint ${container.name} (${this.ids.hex(64)}): ${ports.message}`;
      container.state.ExitCode = 128;
      container.state.Error = message;
      if (container.hostConfig.AutoRemove) delete this.state.runtime.containers[container.id];
      return { ok: false, error: engineError("start-failed", message, 125) };
    }
    const env = calculateEnvMap(container.config.Env);
    const found = resolveExecutable(container.path, findImageExecutables(this, image), env, container.config.WorkingDir || "/");
    if ("error" in found) {
      container.state.ExitCode = 127;
      container.state.Error = found.error;
      const message = `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${found.error}: unknown`;
      if (container.hostConfig.AutoRemove) delete this.state.runtime.containers[container.id];
      return { ok: false, error: engineError("start-failed", message, 127) };
    }
    container.networkSettings = { Ports: ports.ports };
    dispatchNetworkAddresses(this, container);
    const now = this.clock.now();
    const output = dispatchStart(container, found.path, now, createRootfsProgram(this, container, image, found.path));
    recordContainerEvent(this, container, "start", {}, now);
    dispatchHealthStart(container, now);
    this.markScheduleChanged();
    return { ok: true, value: { container, output } };
  }

  /**
   * ContainerWait: blocks until the container exits, letting virtual time
   * pass, and returns its exit code. Returns null for a process that would
   * never exit on its own.
   */
  wait(container: ContainerRecord): number | null {
    return waitForExit(this, container);
  }

  /** ContainerInspect's lookup, with the daemon's errors. */
  getContainer(ref: string): EngineResult<ContainerRecord> {
    this.settle();
    const lookup = findContainer(this.state.runtime, ref);
    if ("found" in lookup) return { ok: true, value: lookup.found };
    if ("ambiguous" in lookup) return { ok: false, error: engineError("invalid", `multiple IDs found with provided prefix: ${ref}`, 1) };
    return { ok: false, error: engineError("not-found", `No such container: ${ref}`, 1) };
  }

  /** ContainerList: newest first (moby/moby daemon/list.go byCreatedDescending); running only unless `all`. */
  listContainers(all: boolean): ContainerRecord[] {
    this.settle();
    // Records keep creation order, so reversing it breaks ties of the same instant newest-first.
    return Object.values(this.state.runtime.containers)
      .filter((c) => all || c.state.Running)
      .reverse()
      .sort((a, b) => b.created - a.created);
  }

  /** ImageList, as rows per tag; intermediate images of classic builds only with `all`. */
  listImages(all = false): ImageTagRow[] {
    return listImageTags(this.state.images, all);
  }

  /** ServerVersion. */
  version(): EngineVersion {
    return ENGINE_VERSION;
  }
}

export type { EngineError, EngineResult, PullReport };
