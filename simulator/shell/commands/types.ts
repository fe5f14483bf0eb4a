import type { Clock } from "../../core/clock";
import type { PosixFileSystem } from "../../vfs/posix-types";
import type { Budget } from "../posix/state";
import type { ContainerNetwork } from "./network";

/** Whose coreutils a container has: GNU (Debian, Ubuntu) or BusyBox (Alpine). */
export type ToolVariant = "gnu" | "busybox";

/** The user a shell runs as (`USER` in a Dockerfile, `docker run -u`). */
export interface ShellUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
  /** Supplementary groups, for permission checks. */
  groups?: number[];
}

/** Where a command writes: its fd 1 and fd 2. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

/** Options for running another program from a command (`xargs`, `env`, `find -exec`). */
export interface ExecOptions {
  stdin?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** Run the program as this user instead (gosu, su-exec: setgroups/setgid/setuid, then execve). */
  user?: ShellUser;
}

/**
 * Everything one process sees: argv, environment, working directory, stdin
 * (read lazily, so a command that never reads leaves it for the next reader),
 * its two output streams, the container's file system as its user, and the
 * clock. Commands return their exit status, as a process does.
 */
export interface PosixCommandContext {
  /** argv[0] is the name as invoked (`ls`, `/bin/ls`). */
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  /** All remaining standard input; reading it consumes it. */
  readonly stdin: string;
  out: CommandOutput;
  fs: PosixFileSystem;
  user: ShellUser;
  clock: Clock;
  variant: ToolVariant;
  hostname: string;
  /** The command table, so a nested `sh` can run commands too. */
  commands: PosixCommandTable;
  /** Standard output is a terminal (not a pipe or file): `ls` lays out columns. Absent means no. */
  isTerminal?: boolean;
  /** The container's network (curl, wget); absent means offline: no host resolves. */
  network?: ContainerNetwork;
  /** The run's step budget: long-running commands tick it. */
  budget: Budget;
  /** Resolves a path against cwd. */
  resolve(path: string): string;
  /** Runs another program found on $PATH, writing to this command's output; returns its status. */
  exec(argv: string[], options?: ExecOptions): number;
  /** Where `name` would be found on `path` (default $PATH), as execvp would; undefined when not executable anywhere. */
  findProgram(name: string, path?: string): string | undefined;
}

/** A program in a container image, by the basename of its executable. */
export type PosixCommand = (ctx: PosixCommandContext) => number;

/** Programs by basename: what the simulated executables in an image run. */
export type PosixCommandTable = Record<string, PosixCommand>;
