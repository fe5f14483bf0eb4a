import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculatePiDigits } from "./perl-pi";

describe("calculatePiDigits (Perl bignum bpi)", () => {
  it("gives π's known digits, rounded to N significant digits", () => {
    expect(calculatePiDigits(1)).toBe("3");
    expect(calculatePiDigits(5)).toBe("3.1416");
    expect(calculatePiDigits(50)).toBe("3.1415926535897932384626433832795028841971693993751");
  });
  it("always prints N significant digits, each a prefix-consistent rounding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), (n) => {
        const text = calculatePiDigits(n);
        expect(text).toMatch(/^3\.\d+$/);
        expect(text.length).toBe(n + 1);
        const longer = calculatePiDigits(n + 5);
        expect(Math.abs(Number(text.slice(-3)) - Number(longer.slice(n - 2, n + 1)))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 40 },
    );
  });
});
