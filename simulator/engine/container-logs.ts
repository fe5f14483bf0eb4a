import type { ContainerRecord, LogEntry } from "../runtime/types";
import { engineError, type EngineResult } from "./errors";
import { parseTimestamp } from "./prune-filters";

/** What `docker logs` asks for (moby/moby: api/types/container LogsOptions). */
export interface LogsOptions {
  /** `--tail`: a number, or "all". */
  tail: string;
  since?: string;
  until?: string;
}

/**
 * jsonmessage.RFC3339NanoFixed, the `-t` prefix: nine fraction digits always
 * (moby/moby: pkg/jsonmessage/jsonmessage.go; daemon/logger LogLine).
 */
export function formatLogTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}

/** Splits the recorded writes into lines, as the log copier stores one message per line (moby/moby: daemon/logger/copier.go). */
function splitLines(entries: readonly LogEntry[]): LogEntry[] {
  const lines: LogEntry[] = [];
  for (const entry of entries) {
    const parts = entry.text.split(/(?<=\n)/);
    for (const text of parts) if (text !== "") lines.push({ stream: entry.stream, text, time: entry.time });
  }
  return lines;
}

/**
 * The container's logs as `docker logs` selects them: the last `tail` lines
 * (an unparsable or negative count means all: moby/moby daemon/logs.go
 * strconv.Atoi fallback), then those not before `since` and not after
 * `until`. `since`/`until` are parsed by the client (docker/cli vendored
 * client/container_logs.go timetypes.GetTimestamp), errors
 * `invalid value for "since": …`.
 */
export function selectContainerLogs(container: ContainerRecord, options: LogsOptions, now: number): EngineResult<LogEntry[]> {
  const bounds: Record<"since" | "until", number | undefined> = { since: undefined, until: undefined };
  for (const key of ["since", "until"] as const) {
    const value = options[key];
    if (value === undefined || value === "") continue;
    const parsed = parseTimestamp(value, now);
    if (!parsed.ok) return { ok: false, error: engineError("invalid", `invalid value for "${key}": ${parsed.error}`, 1) };
    bounds[key] = parsed.ms;
  }
  // Lines a process will write later (it is still sleeping towards them) are not in the log yet.
  let lines = splitLines(container.logs.filter((entry) => entry.time <= now));
  const tail = /^[+-]?\d+$/.test(options.tail) ? Number(options.tail) : -1;
  if (tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
  return {
    ok: true,
    value: lines.filter((l) => (bounds.since === undefined || l.time >= bounds.since) && (bounds.until === undefined || l.time <= bounds.until)),
  };
}
