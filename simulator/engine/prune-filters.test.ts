import { describe, expect, it } from "vitest";
import { matchLabelFilters, parseFilterArgs, parseGoDuration, parseTimestamp, readBoolFilter } from "./prune-filters";

describe("Go durations and timestamps", () => {
  it("reads time.ParseDuration's forms and words its errors", () => {
    expect(parseGoDuration("24h")).toEqual({ ok: true, ms: 86_400_000 });
    expect(parseGoDuration("1h30m")).toEqual({ ok: true, ms: 5_400_000 });
    expect(parseGoDuration("1.5s")).toEqual({ ok: true, ms: 1500 });
    expect(parseGoDuration("-2m")).toEqual({ ok: true, ms: -120_000 });
    expect(parseGoDuration("0")).toEqual({ ok: true, ms: 0 });
    expect(parseGoDuration("3d")).toEqual({ ok: false, error: 'time: unknown unit "d" in duration "3d"' });
    expect(parseGoDuration("10")).toEqual({ ok: false, error: 'time: missing unit in duration "10"' });
    expect(parseGoDuration("soon")).toEqual({ ok: false, error: 'time: invalid duration "soon"' });
    expect(parseGoDuration("")).toEqual({ ok: false, error: 'time: invalid duration ""' });
  });

  it("reads until= as a duration back from now, a Unix time or a date", () => {
    const now = Date.UTC(2025, 2, 1);
    expect(parseTimestamp("1h", now)).toEqual({ ok: true, ms: now - 3_600_000 });
    expect(parseTimestamp("1700000000", now)).toEqual({ ok: true, ms: 1_700_000_000_000 });
    expect(parseTimestamp("2025-02-01", now)).toEqual({ ok: true, ms: Date.UTC(2025, 1, 1) });
    expect(parseTimestamp("2025-02-01T10:00:00Z", now)).toEqual({ ok: true, ms: Date.UTC(2025, 1, 1, 10) });
    expect(parseTimestamp("later", now)).toEqual({ ok: false, error: 'failed to parse value as time or duration: "later"' });
  });
});

describe("filters", () => {
  it("splits key=value, lower-cases keys, and matches labels as MatchKVList does", () => {
    const args = parseFilterArgs(["Label=app", "label=tier=web", "label!=old"]);
    expect(args).toEqual({ label: ["app", "tier=web"], "label!": ["old"] });
    expect(matchLabelFilters(args, { app: "x", tier: "web" })).toBe(true);
    expect(matchLabelFilters(args, { app: "x", tier: "db" })).toBe(false);
    expect(matchLabelFilters(args, { app: "x", tier: "web", old: "1" })).toBe(false);
    expect(matchLabelFilters({}, {})).toBe(true);
  });

  it("reads booleans as GetBoolOrDefault: only 1/true and 0/false count", () => {
    expect(readBoolFilter({ dangling: ["true"] }, "dangling")).toEqual({ ok: true, value: true });
    expect(readBoolFilter({ dangling: ["0"] }, "dangling")).toEqual({ ok: true, value: false });
    expect(readBoolFilter({}, "dangling")).toEqual({ ok: true, value: undefined });
    const both = readBoolFilter({ dangling: ["true", "false"] }, "dangling");
    expect(!both.ok && both.error.message).toBe("invalid filter 'dangling=[true false]'");
  });
});
