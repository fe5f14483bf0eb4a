import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGoDuration, parseServicePort } from "./spec";

describe("service spec parsers", () => {
  it("parseServicePort reads what it formats and never throws", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }), fc.constantFrom("", "/tcp", "/udp"), (published, target, proto) => {
        const port = parseServicePort(`${published}:${target}${proto}`);
        expect(port).toEqual({ published, target, protocol: proto === "/udp" ? "udp" : "tcp" });
        expect(parseServicePort(`published=${published},target=${target}${proto ? `,protocol=${proto.slice(1)}` : ""}`)).toEqual(port);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const port = parseServicePort(text);
        expect(typeof port === "string" || (Number.isInteger(port.target) && port.target > 0)).toBe(true);
      }),
    );
  });

  it("parseGoDuration sums Go duration parts and rejects anything else", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 999 }), (m, s, ms) => {
        expect(parseGoDuration(`${m}m${s}s${ms}ms`)).toBe(m * 60_000 + s * 1000 + ms);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = parseGoDuration(text);
        expect(value === undefined || (Number.isFinite(value) && value >= 0)).toBe(true);
      }),
    );
    expect(parseGoDuration("10")).toBeUndefined();
    expect(parseGoDuration("")).toBeUndefined();
    expect(parseGoDuration("1.5s")).toBe(1500);
  });
});
