import { calculateMemoryInUse, calculateOomDelay, calculateProgramMemory, HOST_CPUS } from "../runtime/process-memory";
import type { ContainerRecord, HostConfig, RestartPolicy } from "../runtime/types";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";

/** The Resources part of HostConfig the CLI sends (moby/moby: api/types/container/hostconfig.go Resources). */
export interface ContainerResources {
  Memory?: number;
  MemorySwap?: number;
  MemoryReservation?: number;
  NanoCpus?: number;
  CpuShares?: number;
  PidsLimit?: number;
}

/** The smallest memory limit the daemon accepts: 6 MiB (moby/moby: daemon/daemon_unix.go linuxMinMemory). */
const LINUX_MIN_MEMORY = 6 * 1024 * 1024;

/**
 * The daemon's checks of requested resources, in its order and words
 * (moby/moby 27: daemon/daemon_unix.go verifyPlatformContainerResources).
 * `current` is what an update starts from (`docker update`): the swap rule
 * for a container without a memory limit applies to creation only.
 */
export function findResourcesError(r: ContainerResources, current?: HostConfig): string | undefined {
  const update = current !== undefined;
  const memory = r.Memory ?? (update ? (current.Memory ?? 0) : 0);
  const swap = r.MemorySwap ?? (update ? (current.MemorySwap ?? 0) : 0);
  const reservation = r.MemoryReservation ?? (update ? (current.MemoryReservation ?? 0) : 0);
  if (memory !== 0 && memory < LINUX_MIN_MEMORY) return "Minimum memory limit allowed is 6MB";
  if (memory > 0 && swap > 0 && swap < memory) return "Minimum memoryswap limit should be larger than memory limit, see usage";
  if (memory === 0 && swap > 0 && !update) return "You should always set the Memory limit when using Memoryswap limit, see usage";
  if (reservation > 0 && reservation < LINUX_MIN_MEMORY) return "Minimum memory reservation allowed is 6MB";
  if (memory > 0 && reservation > 0 && memory < reservation) return "Minimum memory limit can not be less than memory reservation limit, see usage";
  const nano = r.NanoCpus ?? 0;
  if (nano < 0 || nano > HOST_CPUS * 1e9) return `Range of CPUs is from 0.01 to ${HOST_CPUS}.00, as there are only ${HOST_CPUS} CPUs available`;
  return undefined;
}

/**
 * Stores resources in HostConfig as the daemon adapts them
 * (moby/moby: daemon/daemon_unix.go adaptContainerSettings): MemorySwap
 * twice Memory when only `-m` is given, a PidsLimit of 0 or less meaning unlimited. With `update`, a new memory
 * limit above the old swap limit moves swap along (daemon/update.go keeps
 * the swap set if given; Simplification: the kernel's own refusal of a
 * memory limit above the current swap is not modelled).
 */
export function dispatchResources(hostConfig: HostConfig, r: ContainerResources, update = false): void {
  if (r.Memory !== undefined) hostConfig.Memory = r.Memory;
  if (r.MemorySwap !== undefined) hostConfig.MemorySwap = r.MemorySwap;
  if (r.MemoryReservation !== undefined) hostConfig.MemoryReservation = r.MemoryReservation;
  if (r.NanoCpus !== undefined) hostConfig.NanoCpus = r.NanoCpus;
  // Shares are stored as given: the daemon clamps them only for API clients older than 1.19.
  if (r.CpuShares !== undefined) hostConfig.CpuShares = r.CpuShares;
  if (r.PidsLimit !== undefined) {
    if (r.PidsLimit > 0) hostConfig.PidsLimit = r.PidsLimit;
    else delete hostConfig.PidsLimit;
  }
  const memory = hostConfig.Memory ?? 0;
  const swap = hostConfig.MemorySwap ?? 0;
  if (memory > 0 && (swap === 0 || (update && r.MemorySwap === undefined && swap > 0 && swap < memory))) hostConfig.MemorySwap = memory * 2;
}

/**
 * ContainerUpdate (moby/moby 27: daemon/update.go, container/container.go
 * UpdateContainer): the daemon's resource checks for an update, the
 * AutoRemove and memory-above-swap conflicts (`Cannot update container
 * <id>: …`), then the new limits and restart policy stored. A running
 * process now above its new limit meets the OOM killer at once, as
 * lowering memory.max below usage does.
 */
export function dispatchContainerUpdate(engine: Engine, container: ContainerRecord, r: ContainerResources, policy: RestartPolicy | undefined): EngineResult<null> {
  engine.settle();
  const verify = findResourcesError(r, container.hostConfig);
  if (verify) return { ok: false, error: engineError("invalid", verify, 1) };
  const cannot = (message: string): EngineResult<null> => ({ ok: false, error: engineError("conflict", `Cannot update container ${container.id}: ${message}`, 1) });
  if (policy && container.hostConfig.AutoRemove && policy.Name !== "no") return cannot("Restart policy cannot be updated because AutoRemove is enabled for the container");
  if ((r.Memory ?? 0) !== 0 && (r.Memory as number) > (container.hostConfig.MemorySwap ?? 0) && (r.MemorySwap ?? 0) === 0) {
    return cannot("Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time");
  }
  dispatchResources(container.hostConfig, { ...r, ...(r.Memory === 0 ? { Memory: undefined } : {}) }, true);
  if (policy) container.hostConfig.RestartPolicy = policy;
  const process = container.process;
  if (container.state.Running && !container.state.Restarting && process) {
    const memory = process.memory ?? calculateProgramMemory(process.program);
    const now = engine.clock.now();
    const oomAfter = calculateOomDelay({ ...memory, bytes: calculateMemoryInUse(memory, { AutoRemove: false }, now - container.state.StartedAt) }, container.hostConfig);
    if (oomAfter !== null && (process.exitAt === null || now + oomAfter < process.exitAt)) {
      process.exitAt = now + oomAfter;
      engine.markScheduleChanged();
      process.exitCode = 137;
      process.oomKill = true;
    }
  }
  return { ok: true, value: null };
}
