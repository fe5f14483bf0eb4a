import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNanoCpus, parseRamInBytes, parseResourceFlags } from "./resource-flags";

describe("resource flag values", () => {
  it("reads sizes as go-units RAMInBytes does (binary units, optional i and b)", () => {
    expect(parseRamInBytes("200m")).toBe(209715200);
    expect(parseRamInBytes("1G")).toBe(1073741824);
    expect(parseRamInBytes("1.5gb")).toBe(1610612736);
    expect(parseRamInBytes("512KiB")).toBe(524288);
    expect(parseRamInBytes("100")).toBe(100);
    expect(parseRamInBytes("abc")).toBe("invalid size: 'abc'");
    expect(parseRamInBytes("-1")).toBe("invalid size: '-1'");
  });

  it("reads --cpus as a rational number of whole nano-CPUs", () => {
    expect(parseNanoCpus("1.5")).toBe(1_500_000_000);
    expect(parseNanoCpus("3/2")).toBe(1_500_000_000);
    expect(parseNanoCpus("0.01")).toBe(10_000_000);
    expect(parseNanoCpus("1e-10")).toBe("value is too precise");
    expect(parseNanoCpus("x")).toBe("failed to parse x as a rational number");
    expect(parseNanoCpus("1/0")).toBe("failed to parse 1/0 as a rational number");
  });

  it("keeps -1 for unlimited swap and words refusals as pflag does", () => {
    expect(parseResourceFlags({ memory: "64m", "memory-swap": "-1", "pids-limit": 5 })).toEqual({ ok: true, resources: { Memory: 67108864, MemorySwap: -1, PidsLimit: 5 } });
    expect(parseResourceFlags({ memory: "lots" })).toEqual({ ok: false, error: `invalid argument "lots" for "-m, --memory" flag: invalid size: 'lots'` });
  });

  it("never throws and always answers a number or a reason", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        for (const value of [parseRamInBytes(text), parseNanoCpus(text)]) {
          if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
          else expect(value).toMatch(/^(invalid size|failed to parse|value is too precise)/);
        }
      }),
    );
  });
});
