import type { OutputChunk } from "../core/io";

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
}

/** A log line with its stream and time (`docker logs -t`). */
export interface LogEntry extends OutputChunk {
  time: number;
}

/** What the container's main process is doing, for the simulator's scheduler. */
export interface ProcessState {
  /** The program-model name that runs it. */
  program: string;
  /** When it exits on its own (ms), or null if it runs until stopped. */
  exitAt: number | null;
  exitCode: number;
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
  hostConfig: { AutoRemove: boolean };
  state: ContainerState;
  logs: LogEntry[];
  process: ProcessState | null;
  restartCount: number;
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
