import { formatProgressBytes, type Vertex } from "./progress";
import type { BuildFailure } from "./types";

/**
 * The Dockerfile excerpt BuildKit prints under a failed build: two lines
 * either side of a one-line error, the failing lines marked `>>>`
 * (moby/buildkit: solver/errdefs/source.go Source.Print).
 */
export function formatSourceSnippet(fileName: string, text: string, start: number, end: number): string {
  const lines = text.split("\n");
  if (start < 1 || start > lines.length) return "";
  let first = start;
  let last = Math.min(end, lines.length);
  const pad = last === first ? 4 : 2;
  let p = 0;
  while (p < pad) {
    if (first > 1) {
      first--;
      p++;
    }
    if (last !== lines.length) {
      last++;
      p++;
    }
    p++;
  }
  let out = `${fileName}:${start}\n--------------------\n`;
  for (let i = first; i <= last; i++) {
    const mark = i >= start && i <= end ? ">>>" : "   ";
    out += ` ${String(i).padStart(3)} | ${mark} ${lines[i - 1] ?? ""}\n`;
  }
  return out + "--------------------\n";
}

/**
 * What buildx prints after the progress when a build fails: the failed
 * step's last log lines in a `------` box, the Dockerfile excerpt, then
 * `ERROR: failed to solve: …` (docker/buildx: commands/build.go; buildx 0.19
 * as in Docker 27 has no `failed to build:` prefix).
 */
export function formatBuildError(failure: BuildFailure, fileName: string, dockerfileText: string, warnings: readonly string[] = []): string {
  let out = "";
  if (failure.vertexName) {
    out += `------\n > ${failure.vertexName}:\n`;
    for (const line of (failure.logs ?? []).slice(-10)) out += `${line}\n`;
    out += "------\n";
  }
  out += formatBuildWarnings(warnings);
  if (failure.lines) out += formatSourceSnippet(fileName, dockerfileText, failure.lines.start, failure.lines.end);
  return `${out}ERROR: failed to solve: ${failure.message}\n`;
}

/**
 * The build-check summary buildx prints after the progress:
 * ` 1 warning found (use docker --debug to expand):` then ` - Rule: message (line N)`
 * (docker/buildx: commands/build.go printWarnings).
 */
export function formatBuildWarnings(warnings: readonly string[]): string {
  if (warnings.length === 0) return "";
  const noun = warnings.length === 1 ? "warning" : "warnings";
  return `\n ${warnings.length} ${noun} found (use docker --debug to expand):\n${warnings.map((w) => ` - ${w}\n`).join("")}`;
}

function formatTimer(seconds: number): string {
  return `${(seconds < 0.05 ? 0 : seconds).toFixed(1)}s`;
}

function fit(left: string, right: string, width: number): string {
  const room = width - right.length - 1;
  const shown = left.length > room ? left.slice(0, Math.max(0, room)) : left;
  return `${shown}${" ".repeat(Math.max(1, width - shown.length - right.length))}${right}`;
}

/**
 * The final frame of BuildKit's TTY view: `[+] Building 14.2s (10/10)
 * FINISHED` with `docker:default` at the right edge, one ` => ` line per
 * vertex (prefixed `CACHED ` or `ERROR `) and ` => => ` lines for its
 * sub-statuses, timers right-aligned to the terminal width
 * (moby/buildkit: util/progress/progressui/display.go).
 */
export function formatTtyProgress(vertices: readonly Vertex[], seconds: number, width = 80, builder = "docker:default"): string {
  const completed = vertices.filter((v) => v.outcome.kind !== "error").length;
  let out = fit(`[+] Building ${seconds.toFixed(1)}s (${completed}/${vertices.length}) FINISHED`, builder, width) + "\n";
  for (const v of vertices) {
    const prefix = v.outcome.kind === "cached" ? "CACHED " : v.outcome.kind === "error" ? "ERROR " : "";
    const secs = v.outcome.kind === "done" ? v.outcome.seconds : 0;
    out += fit(` => ${prefix}${v.name}`, formatTimer(secs), width) + "\n";
    for (const s of v.statuses) {
      let text = s.id;
      if (s.current !== undefined && s.total !== undefined) text += ` ${formatProgressBytes(s.current)} / ${formatProgressBytes(s.total)}`;
      out += fit(` => => ${text}`, formatTimer(s.seconds ?? 0), width) + "\n";
    }
  }
  return out;
}

/** The frame the TTY view shows `atMs` into the build: finished vertices in full, running ones with their elapsed time. */
function formatTtyFrameAt(vertices: readonly Vertex[], startMs: number, atMs: number, width: number, builder: string): string {
  const now = startMs + atMs;
  const started = vertices.filter((v) => (v.startMs ?? startMs) <= now);
  const done = started.filter((v) => (v.endMs ?? startMs) <= now && v.outcome.kind !== "error").length;
  let out = fit(`[+] Building ${(atMs / 1000).toFixed(1)}s (${done}/${vertices.length})`, builder, width) + "\n";
  for (const v of started) {
    if ((v.endMs ?? startMs) <= now) {
      out += formatTtyProgress([v], 0, width, builder).split("\n").slice(1).join("\n");
      continue;
    }
    out += fit(` => ${v.name}`, formatTimer((now - (v.startMs ?? startMs)) / 1000), width) + "\n";
  }
  return out;
}

/**
 * BuildKit's TTY view over time: a frame at every vertex start and end,
 * each redrawn over the last with cursor-up (moby/buildkit:
 * progressui/display.go refreshes in place), the last one the final frame.
 * `atMs` counts from the build's start.
 */
export function formatTtyFrames(vertices: readonly Vertex[], startMs: number, seconds: number, width = 80, builder = "docker:default"): { atMs: number; text: string }[] {
  const times = new Set<number>();
  for (const v of vertices) {
    times.add((v.startMs ?? startMs) - startMs);
    times.add((v.endMs ?? startMs) - startMs);
  }
  const total = Math.round(seconds * 1000);
  const frames: { atMs: number; text: string }[] = [];
  let previousLines = 0;
  const push = (atMs: number, text: string): void => {
    const up = previousLines > 0 ? `\x1b[${previousLines}A\r` : "";
    previousLines = text.split("\n").length - 1;
    frames.push({ atMs, text: up + text });
  };
  for (const t of [...times].filter((t) => t >= 0 && t < total).sort((a, b) => a - b)) push(t, formatTtyFrameAt(vertices, startMs, t, width, builder));
  push(total, formatTtyProgress(vertices, seconds, width, builder));
  return frames;
}
