import { z } from "zod";
import { definePredicate } from "../define";
import { parseRamSize, RAM_SIZE, selectContainers, SELECTOR } from "../params";

/** The resource fields of `docker inspect` .HostConfig that `docker run` flags set (moby/moby: api/types/container/hostconfig.go Resources). */
interface ResourceFields {
  Memory?: number;
  MemorySwap?: number;
  CpuShares?: number;
  NanoCpus?: number;
}

/**
 * A container was created with resource limits: `--memory` (HostConfig.Memory,
 * bytes), `--memory-swap` (MemorySwap), `--cpu-shares` (CpuShares) and
 * `--cpus` (NanoCpus = cpus × 10⁹) (docs.docker.com engine/containers/resource_constraints).
 */
export const containerLimits = definePredicate({
  kind: "container-limits",
  source: "container",
  summary: "A container has resource limits: --memory, --memory-swap, --cpu-shares, --cpus.",
  params: {
    ...SELECTOR,
    memory: RAM_SIZE.optional().describe("`--memory`, e.g. `200m`"),
    memorySwap: RAM_SIZE.optional().describe("`--memory-swap`, e.g. `1G`"),
    cpuShares: z.number().int().min(2).optional().describe("`--cpu-shares`"),
    cpus: z.number().positive().optional().describe("`--cpus`"),
  },
  example: { name: "kuard", memory: "200m", memorySwap: "1G", cpuShares: 1024 },
  evaluate(check, ctx) {
    const selected = selectContainers(ctx, check);
    if ("missing" in selected) return { passed: false, detail: selected.missing };
    const problems: string[] = [];
    for (const c of selected.containers) {
      const host = c.hostConfig as unknown as ResourceFields;
      const wrong: string[] = [];
      const compare = (flag: string, wanted: number | undefined, actual: number | undefined, show: (n: number) => string): void => {
        if (wanted !== undefined && actual !== wanted) wrong.push(actual ? `${flag} is ${show(actual)}` : `no ${flag}`);
      };
      compare("--memory", check.memory !== undefined ? parseRamSize(check.memory) : undefined, host.Memory, (n) => `${n} bytes`);
      compare("--memory-swap", check.memorySwap !== undefined ? parseRamSize(check.memorySwap) : undefined, host.MemorySwap, (n) => `${n} bytes`);
      compare("--cpu-shares", check.cpuShares, host.CpuShares, String);
      compare("--cpus", check.cpus !== undefined ? Math.round(check.cpus * 1e9) : undefined, host.NanoCpus, (n) => String(n / 1e9));
      if (wrong.length === 0) return { passed: true, detail: `Container ${c.name} has the limits asked for.` };
      problems.push(`${c.name}: ${wrong.join(", ")}`);
    }
    return { passed: false, detail: `No matching container has those limits (${problems.join("; ")}). Limits are set when the container is created: remove it and run it again with the flags.` };
  },
});
