import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateSplit, parseSavedSizes } from "./pane-sizes";

describe("calculateSplit", () => {
  it("moves the splitter and keeps the total", () => {
    expect(calculateSplit([30, 40, 30], 0, 5, 10)).toEqual([35, 35, 30]);
    expect(calculateSplit([30, 40, 30], 1, -50, 10)).toEqual([30, 10, 60]);
  });

  it("ignores a splitter that does not exist", () => {
    expect(calculateSplit([50, 50], 1, 5, 10)).toEqual([50, 50]);
  });

  it("never shrinks a pane below the minimum nor changes the sum", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 60 }), { minLength: 2, maxLength: 4 }), fc.nat(), fc.double({ min: -200, max: 200, noNaN: true }), (raw, i, delta) => {
        const index = i % (raw.length - 1);
        const next = calculateSplit(raw, index, delta, 10);
        const sum = (xs: number[]) => xs.reduce((s, n) => s + n, 0);
        expect(Math.abs(sum(next) - sum(raw))).toBeLessThan(0.2);
        expect(next[index]).toBeGreaterThanOrEqual(9.9);
        expect(next[index + 1]).toBeGreaterThanOrEqual(9.9);
      }),
    );
  });
});

describe("parseSavedSizes", () => {
  it("keeps saved sizes that fit and falls back otherwise", () => {
    expect(parseSavedSizes("[20,50,30]", [30, 40, 30])).toEqual([20, 50, 30]);
    expect(parseSavedSizes("[20,50]", [30, 40, 30])).toEqual([30, 40, 30]);
    expect(parseSavedSizes("{", [50, 50])).toEqual([50, 50]);
    expect(parseSavedSizes('[-1, 101]', [50, 50])).toEqual([50, 50]);
    fc.assert(fc.property(fc.string(), (text) => parseSavedSizes(text, [50, 50]).length === 2));
  });
});
