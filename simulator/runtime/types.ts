import type { OutputChunk } from "../core/io";
import type { SerializedWritableLayer } from "../vfs/writable-layer";

/** Container states (moby/moby: api/types/container/state.go). */
export type ContainerStatus = "created" | "running" | "paused" | "restarting" | "removing" | "exited" | "dead";

/** `.State` of `docker inspect` (moby/moby: daemon/container/state.go), times in ms (0 = never). */
export interface ContainerState {
  Status: ContainerStatus;
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  StartedAt: number;
  FinishedAt: number;
  /** `.State.Health`, for a container with a health check (engine/health.ts). */
  Health?: HealthState;
}

/** One health probe's result (moby/moby: api/types/container HealthcheckResult), times in ms. */
export interface HealthLogEntry {
  Start: number;
  End: number;
  ExitCode: number;
  Output: string;
}

/** `.State.Health` (moby/moby: api/types/container Health). */
export interface HealthState {
  Status: "starting" | "healthy" | "unhealthy";
  FailingStreak: number;
  /** The last five results, oldest first. */
  Log: HealthLogEntry[];
}

/** A health check as the config holds it (moby/moby: api/types/container HealthConfig), durations in ns, 0 for the default. */
export interface HealthConfig {
  /** `[]` inherit, `["NONE"]` off, `["CMD", …]` or `["CMD-SHELL", script]`. */
  Test: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

/** A container's configuration, as `.Config` of `docker inspect` holds it. */
export interface ContainerConfig {
  Hostname: string;
  User: string;
  Env: string[];
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  WorkingDir: string;
  /** The image as the user typed it (`docker ps` IMAGE column). */
  Image: string;
  Labels: Record<string, string>;
  Tty: boolean;
  OpenStdin: boolean;
  /** The health check: the image's HEALTHCHECK merged with `--health-*` (absent: none). */
  Healthcheck?: HealthConfig;
}

/** A log line with its stream and time (`docker logs -t`). */
export interface LogEntry extends OutputChunk {
  time: number;
}

/** A TCP port a server process accepts connections on, and which server model answers there. */
export interface ListeningPort {
  port: number;
  /** The server model (`registry`, `flask`…): its key in the engine's HTTP server table (engine/http-servers.ts). */
  service: string;
  /**
   * The address the socket is bound to: omitted, "0.0.0.0" or "::" accept
   * connections on every interface; "127.0.0.1" or "::1" only from inside the
   * container itself (a Flask app's default `app.run()`), so the published
   * port's proxy and other containers cannot reach it.
   */
  address?: string;
  /** What the server model worked out at start-up (a Flask app's routes…), as plain JSON for its HTTP handler. */
  config?: ServerConfig;
}

/** A server model's start-up facts, plain JSON so snapshots keep them. */
export type ServerConfig = { [key: string]: ServerConfigValue };
/** A JSON value inside a {@link ServerConfig}. */
export type ServerConfigValue = string | number | boolean | null | ServerConfigValue[] | { [key: string]: ServerConfigValue };

/** What the container's main process is doing, for the simulator's scheduler. */
export interface ProcessState {
  /** The program-model name that runs it. */
  program: string;
  /** When it exits on its own (ms), or null if it runs until stopped. */
  exitAt: number | null;
  exitCode: number;
  /** Ports the process listens on inside the container (servers only). */
  listens?: ListeningPort[];
  /** What it holds in memory (runtime/process-memory.ts), for `docker stats`. */
  memory?: { bytes: number; growthPerSec?: number };
  /** Its exit is the cgroup OOM killer's (137, State.OOMKilled). */
  oomKill?: boolean;
}

/**
 * One host binding of a container port, as HostConfig.PortBindings and
 * NetworkSettings.Ports hold it (moby/moby: api/types/nat PortBinding;
 * docker/go-connections nat.PortBinding).
 */
export interface PortBinding {
  /** "" (all addresses), "0.0.0.0", "::" or a specific address. */
  HostIp: string;
  /** "" for an ephemeral port, a number, or a range (`8000-8010`) to allocate in. */
  HostPort: string;
}

/** Container port (`5000/tcp`) → its host bindings; an empty list for an exposed, unpublished port. */
export type PortMap = Record<string, PortBinding[]>;

/** `.HostConfig` of `docker inspect`, the parts the simulator uses (moby/moby: api/types/container/hostconfig.go). */
export interface HostConfig {
  AutoRemove: boolean;
  /** `-p`: requested bindings, as the CLI parsed them. */
  PortBindings?: PortMap;
  /** `-P`: publish every exposed port on an ephemeral host port. */
  PublishAllPorts?: boolean;
  /** `-v SOURCE:DEST[:MODE]` as given (named volumes and bind mounts). */
  Binds?: string[];
  /** `--network`: the network the container was created on (`bridge` by default, `host`, `none` or a user network's name). */
  NetworkMode?: string;
  /** `--restart`: absent means `no` (moby/moby: api/types/container/hostconfig.go RestartPolicy). */
  RestartPolicy?: RestartPolicy;
  /** `-m`: memory limit in bytes (0 or absent: none). The Resources fields below: moby/moby api/types/container/hostconfig.go. */
  Memory?: number;
  /** `--memory-swap`: memory plus swap in bytes, -1 unlimited; twice Memory when only `-m` is given. */
  MemorySwap?: number;
  /** `--memory-reservation`: the soft limit in bytes. */
  MemoryReservation?: number;
  /** `--cpus` in billionths of a CPU. */
  NanoCpus?: number;
  /** `-c/--cpu-shares`: relative CPU weight. */
  CpuShares?: number;
  /** `--pids-limit`: the most processes the container may have (absent: unlimited). */
  PidsLimit?: number;
}

/** The restart policy names the daemon accepts (moby/moby: api/types/container/hostconfig.go). */
export type RestartPolicyMode = "no" | "always" | "unless-stopped" | "on-failure";

/** HostConfig.RestartPolicy. */
export interface RestartPolicy {
  Name: RestartPolicyMode;
  MaximumRetryCount: number;
}

/**
 * The daemon's bookkeeping for restart policies (moby/moby: daemon/container
 * HasBeenManuallyStopped; restartmanager's timeout; the pending restart's time).
 */
export interface RestartBookkeeping {
  /** `docker stop`/`kill` happened since the last start: policies no longer restart it. */
  manuallyStopped: boolean;
  /** The current backoff delay (ms): 100 ms, doubling, capped at a minute; 0 when reset. */
  delayMs: number;
  /** When the pending restart fires (ms), while the container is `restarting`. */
  restartAt: number | null;
}

/**
 * A mount of a running container, as `docker inspect` `.Mounts` lists it
 * (moby/moby: api/types/container MountPoint).
 */
export interface MountPoint {
  Type: "volume" | "bind";
  /** The volume's name (volumes only). */
  Name?: string;
  /** The host path: the volume's `_data` directory or the bind source. */
  Source: string;
  Destination: string;
  Mode: string;
  RW: boolean;
}

/**
 * A container's endpoint on one network, as `.NetworkSettings.Networks`
 * shows it (moby/moby: api/types/network EndpointSettings). The address is
 * the one it had when it last started; it is only meaningful while it runs.
 */
export interface EndpointSettings {
  NetworkID: string;
  IPAddress: string;
  IPPrefixLen: number;
  Gateway: string;
  MacAddress: string;
  /** Names other containers on a user-defined network resolve to it by (`--network-alias`). */
  Aliases: string[] | null;
}

/** A container in the daemon (moby/moby: daemon/container/container.go, the parts learners see). */
export interface ContainerRecord {
  /** 64 lowercase hex characters. */
  id: string;
  /** Without the leading `/` docker stores. */
  name: string;
  created: number;
  imageId: string;
  /** The resolved executable and its arguments (`Path`, `Args`). */
  path: string;
  args: string[];
  config: ContainerConfig;
  hostConfig: HostConfig;
  /**
   * `.NetworkSettings.Ports` as set when the container last started: every
   * exposed port with the host bindings the daemon allocated. Only meaningful
   * while the container runs (moby/moby: daemon/network.go).
   */
  networkSettings?: { Ports: PortMap };
  /** `.NetworkSettings.Networks`: the networks it is connected to, by name. */
  networks?: Record<string, EndpointSettings>;
  /** `.Mounts`: volumes and bind mounts, resolved at create (moby/moby: daemon/create.go). */
  mounts?: MountPoint[];
  state: ContainerState;
  logs: LogEntry[];
  process: ProcessState | null;
  restartCount: number;
  /** Restart-policy state; absent until the container first starts. */
  restart?: RestartBookkeeping;
  /**
   * The container's read-write layer as plain data: what its processes
   * changed over the image (moby/moby: layer/mounted_layer.go; `docker diff`).
   */
  upper?: SerializedWritableLayer;
  /** When the next health probe runs (ms), while a health check is active. */
  healthProbeAt?: number | null;
}

/** The state of a container that was created but never started. */
export function createInitialState(): ContainerState {
  return {
    Status: "created",
    Running: false,
    Paused: false,
    Restarting: false,
    OOMKilled: false,
    Dead: false,
    Pid: 0,
    ExitCode: 0,
    Error: "",
    StartedAt: 0,
    FinishedAt: 0,
  };
}
