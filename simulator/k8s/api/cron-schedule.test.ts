import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateNextCronTime, parseCronSchedule } from "./cron-schedule";

const T0 = Date.UTC(2025, 2, 1, 9, 0); // Saturday 1 March 2025, 09:00 UTC

function next(spec: string, after = T0): string | undefined {
  const s = parseCronSchedule(spec);
  if (!s.ok) throw new Error(s.error);
  const t = calculateNextCronTime(s.value, after);
  return t === undefined ? undefined : new Date(t).toISOString();
}

describe("parseCronSchedule (robfig/cron standard parser)", () => {
  it("finds the next minute for common schedules and descriptors", () => {
    expect(next("* * * * *")).toBe("2025-03-01T09:01:00.000Z");
    expect(next("*/15 * * * *")).toBe("2025-03-01T09:15:00.000Z");
    expect(next("@hourly")).toBe("2025-03-01T10:00:00.000Z");
    expect(next("@daily")).toBe("2025-03-02T00:00:00.000Z");
    expect(next("0 0 * * MON")).toBe("2025-03-03T00:00:00.000Z");
    expect(next("30 2 1 jan-mar *")).toBe("2026-01-01T02:30:00.000Z");
    expect(next("0 12 15 * 1")).toBe("2025-03-03T12:00:00.000Z"); // day-of-month OR day-of-week when both are set
    expect(next("0 0 * * 7")).toBe("2025-03-02T00:00:00.000Z"); // 7 is Sunday too
  });
  it("rejects bad schedules with robfig's wording", () => {
    const err = (s: string): string => {
      const r = parseCronSchedule(s);
      return r.ok ? "" : r.error;
    };
    expect(err("* * *")).toBe("expected exactly 5 fields, found 3: * * *");
    expect(err("60 * * * *")).toBe("end of range (60) above maximum (59): 60");
    expect(err("@fortnightly")).toBe("unrecognized descriptor: @fortnightly");
    expect(err("x * * * *")).toBe('failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax');
    expect(err("")).toBe("empty spec string");
    expect(err("TZ=UTC * * * * *")).toBe("cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
  });
  it("never crashes, and a parsed schedule's next time is a later whole minute that matches", () => {
    const field = fc.oneof(fc.constant("*"), fc.integer({ min: 0, max: 70 }).map(String), fc.constantFrom("*/5", "1-3", "1,2", "?", "a", "5/0", "3-1", "1-2-3", "mon"));
    fc.assert(
      fc.property(fc.array(field, { minLength: 0, maxLength: 7 }), fc.integer({ min: 0, max: 10 ** 7 }), (fields, offsetMin) => {
        const parsed = parseCronSchedule(fields.join(" "));
        if (!parsed.ok) return;
        const after = T0 + offsetMin * 60_000;
        const t = calculateNextCronTime(parsed.value, after);
        if (t === undefined) return;
        expect(t).toBeGreaterThan(after);
        expect(t % 60_000).toBe(0);
        expect(parsed.value.minutes.has(new Date(t).getUTCMinutes())).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
