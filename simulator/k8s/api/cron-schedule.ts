/**
 * A CronJob schedule as robfig/cron/v3's standard parser reads it (the
 * parser the CronJob controller and validation use: 5 fields minute hour
 * day-of-month month day-of-week, `*`, `?`, lists, ranges, `/` steps, month
 * and weekday names, and the @yearly/@annually/@monthly/@weekly/@daily/
 * @midnight/@hourly descriptors), with the library's error wording.
 */
export interface CronSchedule {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  /** Whether day-of-month / day-of-week was `*` or `?` (robfig: when either is a star the other alone decides; else either may match). */
  dayStar: boolean;
  weekdayStar: boolean;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DESCRIPTORS: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

function parseValue(text: string, names: Record<string, number> | undefined): number | string {
  const named = names && Object.prototype.hasOwnProperty.call(names, text.toLowerCase()) ? names[text.toLowerCase()] : undefined;
  if (named !== undefined) return named;
  if (!/^\d+$/.test(text)) return `failed to parse int from ${text}: strconv.Atoi: parsing "${text}": invalid syntax`;
  return Number(text);
}

function parseField(field: string, min: number, max: number, names?: Record<string, number>): Set<number> | string {
  const out = new Set<number>();
  for (const expr of field.split(",")) {
    const [rangePart = "", stepPart, extra] = expr.split("/");
    if (extra !== undefined) return `too many slashes: ${expr}`;
    const lowHigh = rangePart.split("-");
    if (lowHigh.length > 2) return `too many hyphens: ${expr}`;
    let start: number;
    let end: number;
    if (rangePart === "*" || rangePart === "?") {
      start = min;
      end = max;
    } else {
      const s = parseValue(lowHigh[0] ?? "", names);
      if (typeof s === "string") return s;
      start = s;
      const e = lowHigh.length === 2 ? parseValue(lowHigh[1] ?? "", names) : s;
      if (typeof e === "string") return e;
      end = e;
    }
    let step = 1;
    if (stepPart !== undefined) {
      const st = parseValue(stepPart, undefined);
      if (typeof st === "string") return st;
      step = st;
      if (lowHigh.length === 1 && rangePart !== "*" && rangePart !== "?") end = max;
      if (step === 0) return `step of range should be a positive number: ${expr}`;
    }
    if (start < min) return `beginning of range (${start}) below minimum (${min}): ${expr}`;
    if (end > max) return `end of range (${end}) above maximum (${max}): ${expr}`;
    if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
    for (let v = start; v <= end; v += step) out.add(v);
  }
  return out;
}

/** Parses a schedule; `{error}` carries robfig/cron's message (e.g. `expected exactly 5 fields, found 3: * * *`). */
export function parseCronSchedule(text: string): { ok: true; value: CronSchedule } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: "empty spec string" };
  if (/^(TZ|CRON_TZ)=/.test(trimmed)) return { ok: false, error: "cannot use TZ or CRON_TZ in schedule, use timeZone field instead" };
  let spec = trimmed;
  if (spec.startsWith("@")) {
    const d = Object.prototype.hasOwnProperty.call(DESCRIPTORS, spec) ? DESCRIPTORS[spec] : undefined;
    if (d === undefined) return { ok: false, error: `unrecognized descriptor: ${spec}` };
    spec = d;
  }
  const fields = spec.split(/\s+/);
  if (fields.length !== 5) return { ok: false, error: `expected exactly 5 fields, found ${fields.length}: ${spec}` };
  const [mi = "", h = "", dom = "", mo = "", dow = ""] = fields;
  const minutes = parseField(mi, 0, 59);
  const hours = parseField(h, 0, 23);
  const days = parseField(dom, 1, 31);
  const months = parseField(mo, 1, 12, MONTHS);
  const weekdays = parseField(dow, 0, 7, DAYS);
  for (const f of [minutes, hours, days, months, weekdays]) if (typeof f === "string") return { ok: false, error: f };
  const wd = weekdays as Set<number>;
  if (wd.has(7)) wd.add(0);
  const star = (f: string): boolean => f.startsWith("*") || f.startsWith("?");
  return { ok: true, value: { minutes: minutes as Set<number>, hours: hours as Set<number>, days: days as Set<number>, months: months as Set<number>, weekdays: wd, dayStar: star(dom), weekdayStar: star(dow) } };
}

function dayMatches(s: CronSchedule, d: Date): boolean {
  const dom = s.days.has(d.getUTCDate());
  const dow = s.weekdays.has(d.getUTCDay());
  if (s.dayStar || s.weekdayStar) return dom && dow;
  return dom || dow;
}

/**
 * The first scheduled minute strictly after `afterMs` (UTC), or undefined
 * within five years (robfig/cron SpecSchedule.Next).
 * Simplification: spec.timeZone is not applied; schedules run in UTC.
 */
export function calculateNextCronTime(s: CronSchedule, afterMs: number): number | undefined {
  const start = Math.floor(afterMs / 60_000) * 60_000 + 60_000;
  const dayMs = 86_400_000;
  let day = Math.floor(start / dayMs) * dayMs;
  for (let i = 0; i < 366 * 5; i++, day += dayMs) {
    const d = new Date(day);
    if (!s.months.has(d.getUTCMonth() + 1) || !dayMatches(s, d)) continue;
    for (let h = 0; h < 24; h++) {
      if (!s.hours.has(h)) continue;
      for (let m = 0; m < 60; m++) {
        const t = day + h * 3_600_000 + m * 60_000;
        if (t >= start && s.minutes.has(m)) return t;
      }
    }
  }
  return undefined;
}
