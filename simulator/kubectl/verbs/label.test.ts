import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePairs, parseResourcesAndPairs } from "./label";

describe("parseResourcesAndPairs", () => {
  it("splits resources from pairs", () => {
    expect(parseResourcesAndPairs(["pod", "web", "app=web", "tier-"], "label")).toEqual({ ok: true, resources: ["pod", "web"], pairs: ["app=web", "tier-"] });
  });
  it("rejects a resource after a pair", () => {
    expect(parseResourcesAndPairs(["pod", "a=b", "web"], "label")).toEqual({ ok: false, error: "all resources must be specified before label changes: web" });
  });
  it("treats a leading = and a lone - as resources", () => {
    expect(parseResourcesAndPairs(["=x", "-"], "label")).toEqual({ ok: true, resources: ["=x", "-"], pairs: [] });
  });
  it("never throws and keeps every argument", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (args) => {
        const r = parseResourcesAndPairs(args, "label");
        if (r.ok) expect([...r.resources, ...r.pairs]).toEqual(args);
        else expect(r.error).toMatch(/^all resources must be specified before label changes: /);
      }),
    );
  });
});

describe("parsePairs", () => {
  it("reads sets and removals", () => {
    expect(parsePairs(["a=1", "b=x=y", "c-"])).toEqual({ set: { a: "1", b: "x=y" }, remove: ["c"] });
  });
  it("never throws on pairs", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.tuple(fc.string({ minLength: 1 }).filter((k) => !k.includes("=")), fc.string()).map(([k, v]) => `${k}=${v}`), fc.string().map((k) => `${k}-`))), (pairs) => {
        const r = parsePairs(pairs);
        expect(Object.keys(r.set).length + r.remove.length).toBeLessThanOrEqual(pairs.length);
      }),
    );
  });
});
