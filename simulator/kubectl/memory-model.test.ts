import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateMemoryDemand } from "./memory-model";

describe("calculateMemoryDemand", () => {
  it("models stress --vm/--vm-bytes as the Kubernetes docs use it", () => {
    expect(calculateMemoryDemand(["stress", "--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"])).toBe(250 * 2 ** 20);
    expect(calculateMemoryDemand(["stress", "--vm=2", "--vm-bytes=1g"])).toBe(2 * 2 ** 30);
    expect(calculateMemoryDemand(["stress", "--vm", "1"])).toBe(256 * 2 ** 20);
    expect(calculateMemoryDemand(["stress", "--cpu", "2"])).toBeUndefined();
  });

  it("tail /dev/zero grows without bound, python bytearray takes its size", () => {
    expect(calculateMemoryDemand(["sh", "-c", "tail /dev/zero"])).toBe(Number.POSITIVE_INFINITY);
    expect(calculateMemoryDemand(["python3", "-c", "b = bytearray(200 * 1024 * 1024)"])).toBe(200 * 2 ** 20);
    expect(calculateMemoryDemand(["python", "-c", "s = ' ' * (50 * 1024 * 1024)"])).toBe(50 * 2 ** 20);
    expect(calculateMemoryDemand(["python", "app.py"])).toBeUndefined();
    expect(calculateMemoryDemand(["nginx", "-g", "daemon off;"])).toBeUndefined();
  });

  it("property: never throws; the result is undefined or a non-negative number", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom("stress", "--vm", "--vm-bytes", "python", "-c", "tail", "/dev/zero", "bytearray(1 * 2)"))), (argv) => {
        const n = calculateMemoryDemand(argv);
        expect(n === undefined || n >= 0).toBe(true);
      }),
    );
  });
});
