import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuantity } from "./quantity";

describe("parseQuantity", () => {
  it("reads binary, decimal, milli and exponent forms", () => {
    expect(parseQuantity("128Mi")).toBe(128 * 2 ** 20);
    expect(parseQuantity("1G")).toBe(1e9);
    expect(parseQuantity("500m")).toBe(0.5);
    expect(parseQuantity("1e3")).toBe(1000);
    expect(parseQuantity("0.5Gi")).toBe(2 ** 29);
    expect(parseQuantity(2)).toBe(2);
  });

  it("refuses what is not a quantity, including inherited names", () => {
    for (const bad of ["", "Mi", "12XB", "1.2.3", "toString", "1toString", "--1"]) expect(parseQuantity(bad)).toBeUndefined();
    expect(parseQuantity(undefined)).toBeUndefined();
  });

  it("property: never throws, and n<suffix> scales n", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseQuantity(s)));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.constantFrom("Ki", "Mi", "Gi", "k", "M", "G", "m", ""), (n, suffix) => {
        const one = parseQuantity(`1${suffix}`) ?? Number.NaN;
        expect(parseQuantity(`${n}${suffix}`)).toBeCloseTo(n * one, 6);
      }),
    );
  });
});
