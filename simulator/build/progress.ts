/** A sub-status of a build step (`transferring context: 2B`, a layer download). */
export interface VertexStatus {
  id: string;
  current?: number;
  total?: number;
  /** Seconds it took; shown when > 0.01 s. */
  seconds?: number;
  done: boolean;
}

/** One step of a build as BuildKit reports it (a "vertex"). */
export interface Vertex {
  name: string;
  statuses: VertexStatus[];
  /** Output lines, with the seconds since the step started. */
  logs: { seconds: number; text: string }[];
  /** Build-check warnings attached to the vertex (`#1 WARN: …`). */
  warnings?: string[];
  /** When it started and ended on the engine's clock (ms), for the live TTY view. */
  startMs?: number;
  endMs?: number;
  /** How it ended. */
  outcome: { kind: "done"; seconds: number } | { kind: "cached" } | { kind: "error"; message: string } | { kind: "canceled" };
}

/**
 * tonistiigi/units' Bytes formatting as BuildKit's printer uses it: decimal
 * units, `%.2f` trimmed of needless zeros (`181B`, `3.41MB`, `2.05kB`).
 */
export function formatProgressBytes(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  if (i === 0) return `${Math.round(value)}B`;
  return `${value.toFixed(2).replace(/\.?0+$/, "")}${units[i]}`;
}

/** A log line's timestamp: 3 decimals under 10 s, 2 under 100 s, else 1 (moby/buildkit: progressui/display.go). */
export function formatLogSeconds(seconds: number): string {
  if (seconds < 10) return seconds.toFixed(3);
  if (seconds < 100) return seconds.toFixed(2);
  return seconds.toFixed(1);
}

function formatStatus(n: number, status: VertexStatus): string {
  let line = `#${n} ${status.id}`;
  if (status.total !== undefined && status.current !== undefined) {
    line += ` ${formatProgressBytes(status.current)} / ${formatProgressBytes(status.total)}`;
  } else if (status.current !== undefined) {
    line += ` ${formatProgressBytes(status.current)}`;
  }
  if (status.seconds !== undefined && status.seconds > 0.01) line += ` ${status.seconds.toFixed(1)}s`;
  if (status.done) line += " done";
  return line;
}

/**
 * The `--progress=plain` transcript of a finished build, as buildx prints it:
 * `#0 building with "default" instance using docker driver`, then per
 * vertex its header, status and log lines and its end line, blank lines
 * between vertices (moby/buildkit: util/progress/progressui/printer.go;
 * docker/buildx: commands/build.go).
 */
export function formatPlainProgress(vertices: readonly Vertex[], builder = "default", driver = "docker"): string {
  let out = `#0 building with "${builder}" instance using ${driver} driver\n`;
  vertices.forEach((vertex, index) => {
    const n = index + 1;
    out += `\n#${n} ${vertex.name}\n`;
    for (const status of vertex.statuses) out += formatStatus(n, status) + "\n";
    for (const log of vertex.logs) {
      for (const text of log.text.replace(/\n$/, "").split("\n")) out += `#${n} ${formatLogSeconds(log.seconds)} ${text}\n`;
    }
    for (const warning of vertex.warnings ?? []) out += `#${n} WARN: ${warning}\n`;
    const o = vertex.outcome;
    if (o.kind === "done") out += `#${n} DONE ${o.seconds.toFixed(1)}s\n`;
    else if (o.kind === "cached") out += `#${n} CACHED\n`;
    else if (o.kind === "error") out += `#${n} ERROR: ${o.message}\n`;
    else out += `#${n} CANCELED\n`;
  });
  return out;
}

/** `[2/4]`, `[ 2/12]`, `[builder 2/4]`: the step label of a BuildKit vertex. */
export function formatStepLabel(index: number, total: number, stagePrefix: string): string {
  const width = String(total).length;
  const position = `${String(index).padStart(width)}/${total}`;
  return stagePrefix ? `[${stagePrefix} ${position}]` : `[${position}]`;
}
