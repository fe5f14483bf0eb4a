import { engineError, type EngineResult } from "./errors";

/** `--filter` values by key, as filters.Args holds them (moby/moby: api/types/filters/parse.go). */
export type FilterArgs = Record<string, string[]>;

/**
 * Splits `key=value` filter flags into filters.Args; the CLI already refused
 * values without `=` (docker/cli: opts/filter.go FilterOpt.Set).
 */
export function parseFilterArgs(values: readonly string[]): FilterArgs {
  const args: FilterArgs = {};
  for (const value of values) {
    const eq = value.indexOf("=");
    const key = value.slice(0, eq).trim().toLowerCase();
    (args[key] ??= []).push(value.slice(eq + 1).trim());
  }
  return args;
}

/** filters.Args.Validate: `invalid filter 'x'` for a key the endpoint does not know. */
export function validateFilterKeys(args: FilterArgs, accepted: readonly string[]): EngineResult<void> {
  for (const key of Object.keys(args)) {
    if (!accepted.includes(key)) return { ok: false, error: engineError("invalid", `invalid filter '${key}'`, 1) };
  }
  return { ok: true, value: undefined };
}

const DURATION_UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, "μs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Go's time.ParseDuration (`1h30m`, `24h`, `1.5s`, `-2m`) in milliseconds, or
 * Go's error text (`time: invalid duration "x"`, `time: unknown unit "d" in
 * duration "3d"`, `time: missing unit in duration "10"`).
 */
export function parseGoDuration(text: string): { ok: true; ms: number } | { ok: false; error: string } {
  const quoted = JSON.stringify(text);
  let s = text;
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    sign = s.startsWith("-") ? -1 : 1;
    s = s.slice(1);
  }
  if (s === "0") return { ok: true, ms: 0 };
  if (s === "") return { ok: false, error: `time: invalid duration ${quoted}` };
  let total = 0;
  while (s !== "") {
    const number = /^(\d*)(?:\.(\d*))?/.exec(s);
    const whole = number?.[1] ?? "";
    const fraction = number?.[2];
    if (whole === "" && (fraction === undefined || fraction === "")) return { ok: false, error: `time: invalid duration ${quoted}` };
    s = s.slice((number?.[0] ?? "").length);
    const unit = /^[^\d.]*/.exec(s)?.[0] ?? "";
    if (unit === "") return { ok: false, error: `time: missing unit in duration ${quoted}` };
    const scale = DURATION_UNITS[unit];
    if (scale === undefined) return { ok: false, error: `time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}` };
    total += Number(`${whole || "0"}.${fraction ?? "0"}`) * scale;
    s = s.slice(unit.length);
  }
  return { ok: true, ms: sign * total };
}

/**
 * timetypes.GetTimestamp as `until` filters read it (moby/moby:
 * api/types/time/timestamp.go): a Go duration back from `now`, a Unix
 * timestamp (`1700000000[.123]`), or an RFC 3339 date/time.
 * Simplification: times without a zone are read as UTC (the daemon's zone),
 * and a malformed date gets the generic message rather than Go's parse error.
 */
export function parseTimestamp(value: string, now: number): { ok: true; ms: number } | { ok: false; error: string } {
  const duration = parseGoDuration(value);
  if (value !== "0" && duration.ok) return { ok: true, ms: now - duration.ms };
  if (/^\d+(\.\d+)?$/.test(value)) return { ok: true, ms: Math.round(Number(value) * 1000) };
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const zoned = /[zZ]|[+-]\d{2}:?\d{2}$/.test(value.slice(10));
    const iso = value.length === 10 ? `${value}T00:00:00Z` : zoned ? value : `${value}Z`;
    const ms = Date.parse(iso);
    if (!Number.isNaN(ms)) return { ok: true, ms };
  }
  return { ok: false, error: `failed to parse value as time or duration: ${JSON.stringify(value)}` };
}

/** getUntilFromPruneFilters: at most one `until`, parsed as a timestamp; undefined when absent. */
export function parseUntilFilter(args: FilterArgs, now: number): EngineResult<number | undefined> {
  const values = args["until"];
  if (!values || values.length === 0) return { ok: true, value: undefined };
  if (values.length > 1) return { ok: false, error: engineError("invalid", "more than one until filter specified", 1) };
  const parsed = parseTimestamp(values[0] as string, now);
  return parsed.ok ? { ok: true, value: parsed.ms } : { ok: false, error: engineError("invalid", parsed.error, 1) };
}

/** filters.Args.MatchKVList: every `key` / `key=value` given under `field` is among the labels. */
function matchKeyValues(values: readonly string[] | undefined, labels: Record<string, string>): boolean {
  if (!values || values.length === 0) return true;
  if (Object.keys(labels).length === 0) return false;
  return values.every((v) => {
    const eq = v.indexOf("=");
    if (eq < 0) return Object.hasOwn(labels, v);
    return labels[v.slice(0, eq)] === v.slice(eq + 1);
  });
}

/** matchLabels of the prune endpoints (moby/moby: daemon/prune.go): `label=` must all match, `label!=` must not. */
export function matchLabelFilters(args: FilterArgs, labels: Record<string, string>): boolean {
  if (!matchKeyValues(args["label"], labels)) return false;
  const negated = args["label!"];
  return !(negated && negated.length > 0 && matchKeyValues(negated, labels));
}

/**
 * filters.Args.GetBoolOrDefault (moby/moby: api/types/filters/parse.go): only
 * `1`/`true` and `0`/`false` count; none of them, or both, is
 * `invalid filter 'key=[v1 v2]'`. Undefined when the key is absent.
 */
export function readBoolFilter(args: FilterArgs, key: string): EngineResult<boolean | undefined> {
  const values = args[key];
  if (!values) return { ok: true, value: undefined };
  const isFalse = values.includes("0") || values.includes("false");
  const isTrue = values.includes("1") || values.includes("true");
  if (isFalse === isTrue) return { ok: false, error: engineError("invalid", `invalid filter '${key}=[${[...new Set(values)].join(" ")}]'`, 1) };
  return { ok: true, value: isTrue };
}
