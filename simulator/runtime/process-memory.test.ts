import { describe, expect, it } from "vitest";
import { calculateMemoryInUse, calculateOomDelay, calculateOomThreshold, calculateProgramMemory, HOST_MEMORY_BYTES } from "./process-memory";

const MIB = 1024 * 1024;

describe("process memory and the OOM killer", () => {
  it("limits at memory plus swap, twice memory by default, the host without a limit", () => {
    expect(calculateOomThreshold({ AutoRemove: false })).toBe(HOST_MEMORY_BYTES);
    expect(calculateOomThreshold({ AutoRemove: false, Memory: 20 * MIB, MemorySwap: 40 * MIB })).toBe(40 * MIB);
    expect(calculateOomThreshold({ AutoRemove: false, Memory: 20 * MIB, MemorySwap: -1 })).toBe(HOST_MEMORY_BYTES);
  });

  it("kills at once a program that starts above the limit, later one that grows into it, never a steady one below it", () => {
    const tight = { AutoRemove: false, Memory: 6 * MIB, MemorySwap: 6 * MIB };
    expect(calculateOomDelay(calculateProgramMemory("/usr/local/bin/python"), tight)).toBe(0);
    expect(calculateOomDelay(calculateProgramMemory("/bin/sleep"), tight)).toBeNull();
    expect(calculateOomDelay({ bytes: MIB, growthPerSec: 5 * MIB }, tight)).toBe(1000);
  });

  it("shows at most the RAM limit in use (the rest is swapped)", () => {
    const config = { AutoRemove: false, Memory: 10 * MIB, MemorySwap: 20 * MIB };
    expect(calculateMemoryInUse({ bytes: MIB, growthPerSec: MIB }, config, 2000)).toBe(3 * MIB);
    expect(calculateMemoryInUse({ bytes: MIB, growthPerSec: MIB }, config, 60_000)).toBe(10 * MIB);
  });
});
