import { calculateSha256Hex } from "../core/sha256";
import { calculateMemoryInUse, calculateProgramIdentity, calculateProgramMemory, HOST_CPUS, HOST_MEMORY_BYTES } from "../runtime/process-memory";
import type { ContainerRecord } from "../runtime/types";
import type { Engine } from "./engine";

/**
 * One sample of a container's resource use, the figures docker/cli derives
 * from the daemon's stats JSON (docker/cli: cli/command/container/stats_helpers.go
 * StatsEntry; moby/moby api/types/container/stats.go).
 */
export interface ContainerStatsSample {
  id: string;
  /** The container's name without its leading `/`. */
  name: string;
  /** Percent of one CPU (a busy single thread is 100, two CPUs at most 200). */
  cpuPercent: number;
  memoryBytes: number;
  memoryLimit: number;
  memoryPercent: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

/**
 * What a program costs when idle: percent of one CPU and its task count
 * (threads included, as pids.current counts them). Typical figures of
 * `docker stats` for these images idle: Go servers (registry, kuard) run
 * about 7 threads, node 7 (libuv's pool of 4 and V8's), nginx a master and
 * one worker per CPU, postgres its background writers, redis 5 threads.
 * Simplification: one figure per program, not measured from its work.
 */
const PROFILES: Record<string, { cpu: number; pids: number }> = {
  registry: { cpu: 0.01, pids: 7 }, kuard: { cpu: 0.02, pids: 7 }, node: { cpu: 0.03, pids: 7 }, npm: { cpu: 0.05, pids: 18 },
  nginx: { cpu: 0, pids: 1 + HOST_CPUS }, httpd: { cpu: 0.01, pids: 82 }, postgres: { cpu: 0.02, pids: 6 }, redis: { cpu: 0.25, pids: 5 },
  "redis-server": { cpu: 0.25, pids: 5 }, python: { cpu: 0.01, pids: 1 }, python3: { cpu: 0.01, pids: 1 }, flask: { cpu: 0.01, pids: 1 },
  gunicorn: { cpu: 0.02, pids: 2 }, java: { cpu: 0.3, pids: 30 }, mysqld: { cpu: 0.4, pids: 37 },
};

/** A figure in [0, 1) that is the same for a container at a given second (no randomness, no wall clock). */
function calculateJitter(id: string, second: number): number {
  return parseInt(calculateSha256Hex(`${id}:${second}`).slice(0, 8), 16) / 0x1_0000_0000;
}

/** The bytes a container has written to its read-write layer, as block writes. */
function calculateWrittenBytes(container: ContainerRecord): number {
  if (!container.upper) return 0;
  let total = 0;
  for (const [, entry] of container.upper.entries) {
    if (entry.type === "file") total += Math.ceil((entry.size ?? entry.content.length) / 4096) * 4096;
  }
  return total;
}

/**
 * A deterministic sample of a running container's use, from its process
 * model and the virtual clock (moby/moby: daemon/stats; docker/cli
 * calculateCPUPercentUnix, calculateMemUsageUnixNoCache): memory is the
 * program's figure (runtime/process-memory.ts) capped at `--memory`; the
 * limit is `--memory` or the host's memory; CPU is the program's idle
 * share, 100% of a CPU for one that never stops working, capped by
 * `--cpus`; the network counts the few hundred bytes of neighbour
 * discovery a bridge endpoint receives; block reads the image's files
 * loaded, writes the container's layer. A container that is not running
 * reports zeros, as the daemon's empty stats do.
 */
export function calculateContainerStats(engine: Engine, container: ContainerRecord): ContainerStatsSample {
  const limit = (container.hostConfig.Memory ?? 0) > 0 ? (container.hostConfig.Memory as number) : HOST_MEMORY_BYTES;
  const base: ContainerStatsSample = {
    id: container.id, name: container.name, cpuPercent: 0, memoryBytes: 0, memoryLimit: 0, memoryPercent: 0,
    netRx: 0, netTx: 0, blockRead: 0, blockWrite: 0, pids: 0,
  };
  const s = container.state;
  const process = container.process;
  if (!s.Running || s.Restarting || !process) return base;
  const now = engine.clock.now();
  const up = Math.max(0, now - s.StartedAt);
  const program = calculateProgramIdentity(process.program);
  const profile = Object.hasOwn(PROFILES, program) ? (PROFILES[program] as { cpu: number; pids: number }) : { cpu: 0, pids: 1 };
  const memory = process.memory ?? calculateProgramMemory(process.program);
  const jitter = calculateJitter(container.id, Math.floor(now / 1000));
  const busy = (memory.growthPerSec ?? 0) > 0;
  let cpu = s.Paused ? 0 : busy ? 99.5 + jitter : profile.cpu * (0.6 + 0.8 * jitter);
  const cpus = container.hostConfig.NanoCpus ?? 0;
  if (cpus > 0) cpu = Math.min(cpu, (cpus / 1e9) * 100);
  // Resident pages vary a little from one container to another (whole 4 KiB pages, up to 256 KiB): fixed per container.
  const pages = parseInt(calculateSha256Hex(`${container.id}:memory`).slice(0, 4), 16) % 64;
  const memoryBytes = Math.min(calculateMemoryInUse(memory, container.hostConfig, up) + pages * 4096, limit);
  const image = engine.state.images.images[container.imageId];
  const bridged = Object.keys(container.networks ?? { bridge: true }).some((n) => n !== "host" && n !== "none");
  // A bridge endpoint hears IPv6 router solicitations and neighbour discovery: ~90 bytes every half minute.
  const netRx = bridged ? 796 + 90 * Math.floor(up / 30_000) : 0;
  const pidsLimit = container.hostConfig.PidsLimit ?? Infinity;
  return {
    ...base,
    cpuPercent: cpu,
    memoryBytes,
    memoryLimit: limit,
    memoryPercent: (memoryBytes / limit) * 100,
    netRx,
    netTx: 0,
    blockRead: image ? Math.min(Math.round(image.size * 0.05 / 4096) * 4096, 64 * 1024 * 1024) : 0,
    blockWrite: calculateWrittenBytes(container),
    pids: Math.min(profile.pids, pidsLimit),
  };
}
