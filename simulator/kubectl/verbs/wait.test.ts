import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWaitFor, parseWaitTimeout } from "./wait";

describe("kubectl wait parsing", () => {
  it("reads --for", () => {
    expect(parseWaitFor("delete")).toEqual({ kind: "delete" });
    expect(parseWaitFor("condition=Ready")).toEqual({ kind: "condition", type: "Ready", value: "true" });
    expect(parseWaitFor("condition=Progressing=False")).toEqual({ kind: "condition", type: "Progressing", value: "False" });
    expect(parseWaitFor("bogus")).toEqual({ error: 'unrecognized condition: "bogus"' });
  });
  it("reads durations", () => {
    expect(parseWaitTimeout("60s")).toBe(60_000);
    expect(parseWaitTimeout("1m30s")).toBe(90_000);
    expect(parseWaitTimeout("10")).toBeUndefined();
  });
  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        parseWaitFor(t);
        const ms = parseWaitTimeout(t);
        expect(ms === undefined || ms >= 0).toBe(true);
      }),
    );
  });
});
