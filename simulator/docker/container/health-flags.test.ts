import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHealthFlags } from "./health-flags";

describe("--health-* flags", () => {
  it("build a CMD-SHELL check with durations in nanoseconds", () => {
    expect(parseHealthFlags({ "health-cmd": "curl -f http://localhost/", "health-interval": "5s", "health-retries": 2 })).toEqual({
      ok: true,
      health: { Test: ["CMD-SHELL", "curl -f http://localhost/"], Interval: 5_000_000_000, Retries: 2 },
    });
  });

  it("leave the image's check alone when none is given, and turn it off with --no-healthcheck", () => {
    expect(parseHealthFlags({})).toEqual({ ok: true, health: undefined });
    expect(parseHealthFlags({ "no-healthcheck": true })).toEqual({ ok: true, health: { Test: ["NONE"] } });
    expect(parseHealthFlags({ "no-healthcheck": true, "health-cmd": "true" })).toEqual({ ok: false, error: "--no-healthcheck conflicts with --health-* options", pflag: false });
  });

  it("refuse bad and negative durations as pflag and the CLI do", () => {
    expect(parseHealthFlags({ "health-timeout": "soon" })).toEqual({ ok: false, error: `invalid argument "soon" for "--health-timeout" flag: time: invalid duration "soon"`, pflag: true });
    expect(parseHealthFlags({ "health-interval": "-1s" })).toEqual({ ok: false, error: "--health-interval cannot be negative", pflag: false });
  });

  it("never throws on arbitrary values", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.integer({ min: -5, max: 5 }), fc.boolean(), (interval, cmd, retries, off) => {
        const result = parseHealthFlags({ "health-interval": interval, "health-cmd": cmd, "health-retries": retries, "no-healthcheck": off });
        if (!result.ok) expect(result.error).toMatch(/^(invalid argument|--health-|--no-healthcheck conflicts)/);
      }),
    );
  });
});
