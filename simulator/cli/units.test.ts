import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatBytesSize, formatHumanDuration, formatHumanSize, formatHumanSize4 } from "./units";

// Reference: docker/go-units duration.go and size.go (fidelity-reference §0.2, §0.3).
const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const DAY = 24 * H;

describe("formatHumanDuration (go-units HumanDuration)", () => {
  it.each([
    [0, "Less than a second"],
    [900, "Less than a second"],
    [999, "Less than a second"],
    [1 * S, "1 second"],
    [1999, "1 second"],
    [2 * S, "2 seconds"],
    [59 * S, "59 seconds"],
    [59_999, "59 seconds"],
    [60 * S, "About a minute"],
    [119 * S, "About a minute"],
    [120 * S, "2 minutes"],
    [59 * MIN, "59 minutes"],
    [60 * MIN - 1, "59 minutes"],
    [1 * H, "About an hour"],
    [89 * MIN, "About an hour"], // int(1.48 + 0.5) = 1
    [90 * MIN, "2 hours"], // int(1.5 + 0.5) = 2
    [47 * H, "47 hours"],
    [47 * H + 29 * MIN, "47 hours"],
    [47 * H + 30 * MIN, "2 days"], // rounds to 48 hours
    [48 * H, "2 days"],
    [13 * DAY, "13 days"],
    [14 * DAY, "2 weeks"],
    [59 * DAY, "8 weeks"],
    [60 * DAY, "2 months"],
    [364 * DAY, "12 months"],
    [729 * DAY, "24 months"],
    [730 * DAY, "2 years"],
    [3 * 365 * DAY, "3 years"],
    // Go rounds hours for the months test but truncates them for years, so the half hour
    // before two years reads "1 years" (go-units duration.go).
    [730 * DAY - 30 * MIN, "1 years"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatHumanDuration(ms)).toBe(text);
  });

  it("treats negative durations (clock skew) as less than a second", () => {
    expect(formatHumanDuration(-5000)).toBe("Less than a second");
  });

  it("never moves backwards as time passes (outside Go's \"1 years\" half hour)", () => {
    const rank = (text: string): number => {
      if (text === "Less than a second") return 0;
      if (text === "About a minute") return 60;
      if (text === "About an hour") return 3600;
      const [n, unit] = text.split(" ") as [string, string];
      const per: Record<string, number> = {
        second: 1, seconds: 1, minutes: 60, hours: 3600, days: 86400, weeks: 604800, months: 2592000, years: 31536000,
      };
      return Number(n) * per[unit]!;
    };
    fc.assert(
      fc.property(fc.nat(10 * 365 * DAY), fc.nat(10 * DAY), (a, d) => {
        if (formatHumanDuration(a + d) === "1 years") return;
        expect(rank(formatHumanDuration(a + d))).toBeGreaterThanOrEqual(rank(formatHumanDuration(a)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("formatHumanSize (HumanSizeWithPrecision(n, 3))", () => {
  it.each([
    [0, "0B"],
    [1, "1B"],
    [999, "999B"],
    [1000, "1kB"],
    [1001, "1kB"],
    [10_072, "10.1kB"],
    [13_300, "13.3kB"],
    [7_834_112, "7.83MB"],
    [7_800_000, "7.8MB"],
    [187_000_000, "187MB"],
    [1e9, "1GB"],
    [1_230_000_000, "1.23GB"],
    [1e12, "1TB"],
  ])("%d bytes → %s", (bytes, text) => {
    expect(formatHumanSize(bytes)).toBe(text);
  });

  it("prints Go's exponent form when %.3g rounds up to 1000 (docker/cli#3091: 1e+03MB)", () => {
    expect(formatHumanSize(999_517_084)).toBe("1e+03MB");
    expect(formatHumanSize(999_999)).toBe("1e+03kB");
    expect(formatHumanSize(999_499_999)).toBe("999MB");
  });

  it("never puts a space between the number and the unit", () => {
    fc.assert(
      fc.property(fc.nat(2 ** 50), (n) => {
        expect(formatHumanSize(n)).toMatch(/^\d+(\.\d+)?(e\+\d\d)?(B|kB|MB|GB|TB|PB)$/);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("formatHumanSize4 (HumanSize, 4 significant digits)", () => {
  it.each([
    [0, "0B"],
    [2048, "2.048kB"],
    [181, "181B"],
    [1_000_000, "1MB"],
    [31_357_624, "31.36MB"],
  ])("%d bytes → %s", (bytes, text) => {
    expect(formatHumanSize4(bytes)).toBe(text);
  });
});

describe("formatBytesSize (BytesSize, binary units)", () => {
  it.each([
    [0, "0B"],
    [1023, "1023B"],
    [1024, "1KiB"],
    [1536, "1.5KiB"],
    [5_902_484, "5.629MiB"],
    [2_095_944_040, "1.952GiB"],
    [1_048_565, "1024KiB"], // 1023.99 KiB: %.4g keeps four digits, no exponent
  ])("%d bytes → %s", (bytes, text) => {
    expect(formatBytesSize(bytes)).toBe(text);
  });
});
