import type { HostConfig } from "./types";

/** 1 MiB. */
const MIB = 1024 * 1024;

/**
 * The memory the sandbox's Docker host has (`docker info` Total Memory, the
 * LIMIT of `docker stats` without `-m`): 2 CPUs and 3.82GiB, a typical
 * Docker Desktop VM (docker/docs: desktop settings, "Memory" default half of
 * the machine's). One figure used everywhere.
 */
export const HOST_MEMORY_BYTES = 4_101_312_512;

/** CPUs of the sandbox's Docker host (`docker info` CPUs, the range of `--cpus`). */
export const HOST_CPUS = 2;

/** How a process uses memory: what it settles at, and how fast it grows if it never stops allocating. */
export interface ProcessMemory {
  /** Resident bytes once started (cgroup memory.current minus page cache). */
  bytes: number;
  /** Bytes a second it keeps allocating (`tail /dev/zero`), absent for a steady process. */
  growthPerSec?: number;
}

/**
 * Typical resident memory of the programs images run, by executable name,
 * as `docker stats` shows them idle (measured figures quoted in Docker's
 * docs and issue threads: python 3.12 ≈ 9–10 MiB, node 20 ≈ 40 MiB, an
 * nginx master and its workers ≈ 3–4 MiB, redis ≈ 3 MiB, postgres ≈ 20 MiB,
 * busybox tools well under 1 MiB). Simplification: one figure per program,
 * whatever its script does; a process model may declare its own
 * (ProgramOutcome.memory).
 */
const BASELINES: Record<string, number> = {
  python: 9.6 * MIB, python3: 9.6 * MIB, flask: 24 * MIB, gunicorn: 22 * MIB, uvicorn: 28 * MIB,
  node: 40.5 * MIB, npm: 52 * MIB, nginx: 3.7 * MIB, httpd: 6.4 * MIB, redis: 3.2 * MIB, "redis-server": 3.2 * MIB,
  postgres: 20.5 * MIB, mysqld: 360 * MIB, java: 120 * MIB, registry: 6.9 * MIB, kuard: 5.8 * MIB,
  sh: 0.5 * MIB, ash: 0.5 * MIB, bash: 1.9 * MIB, dash: 0.4 * MIB, sleep: 0.34 * MIB, top: 0.6 * MIB,
  yes: 0.35 * MIB, ping: 0.4 * MIB, tail: 0.4 * MIB, hello: 0.2 * MIB,
};

/**
 * The program an executable path stands for: its base name, except
 * registry:2's /entrypoint.sh, which execs `registry` (as
 * runtime/programs/signals.ts reads it too).
 */
export function calculateProgramIdentity(executable: string): string {
  const base = executable.slice(executable.lastIndexOf("/") + 1);
  return base === "entrypoint.sh" ? "registry" : base;
}

/** The memory model of an executable, for programs that do not declare one. */
export function calculateProgramMemory(executable: string): ProcessMemory {
  const base = calculateProgramIdentity(executable);
  return { bytes: Object.hasOwn(BASELINES, base) ? (BASELINES[base] as number) : 1.1 * MIB };
}

/**
 * The point where the kernel's cgroup OOM killer ends the container: its
 * memory plus swap limit (`--memory-swap`, twice `--memory` by default; -1
 * unlimited swap), or `--memory` alone when swap is not limited separately;
 * the host's memory without limits (moby/moby: daemon/daemon_unix.go
 * adaptContainerSettings; kernel cgroup v2 memory.max + memory.swap.max).
 */
export function calculateOomThreshold(hostConfig: HostConfig): number {
  const memory = hostConfig.Memory ?? 0;
  if (memory <= 0) return HOST_MEMORY_BYTES;
  const swap = hostConfig.MemorySwap ?? 0;
  if (swap === -1) return HOST_MEMORY_BYTES;
  return swap > 0 ? swap : memory;
}

/**
 * How long after start the process outgrows the container's limit, or null
 * when it never does: at once when it starts above it, after growing to it
 * otherwise.
 */
export function calculateOomDelay(memory: ProcessMemory, hostConfig: HostConfig): number | null {
  const threshold = calculateOomThreshold(hostConfig);
  if (memory.bytes > threshold) return 0;
  if (!memory.growthPerSec || memory.growthPerSec <= 0) return null;
  return Math.ceil(((threshold - memory.bytes) / memory.growthPerSec) * 1000);
}

/** The memory a process has in use `elapsedMs` after it started, capped by what the container may hold in RAM. */
export function calculateMemoryInUse(memory: ProcessMemory, hostConfig: HostConfig, elapsedMs: number): number {
  const grown = memory.bytes + ((memory.growthPerSec ?? 0) * Math.max(0, elapsedMs)) / 1000;
  const ram = (hostConfig.Memory ?? 0) > 0 ? (hostConfig.Memory as number) : HOST_MEMORY_BYTES;
  return Math.min(Math.round(grown), ram);
}
