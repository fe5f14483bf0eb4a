import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";

/** A file a package puts on disk: its path, declared st_size and mode. */
export interface InstalledFile {
  path: string;
  size: number;
  mode?: number;
}

/**
 * apt's SizeToStr (apt-pkg/contrib/strutl.cc): SI units, one decimal under
 * 100 of a unit, none up to 9999, then the next unit; C locale, so no digit
 * grouping ("8790 kB", "55.4 kB", "19.3 MB", "6924 B").
 */
export function formatAptSize(bytes: number): string {
  const units = ["", "k", "M", "G", "T"];
  let size = bytes;
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${units[i]}B`;
    if (size < 10000) return `${Math.round(size)} ${units[i]}B`;
    size /= 1000;
  }
  return `${Math.round(size)} TB`;
}

/** pip's format_size (pip/_internal/utils/misc.py): "101 kB" (truncated), "18.2 MB", "9.5 kB", "512 bytes". */
export function formatPipSize(bytes: number): string {
  if (bytes > 1000 * 1000) return `${(bytes / 1000 / 1000).toFixed(1)} MB`;
  if (bytes > 10 * 1000) return `${Math.floor(bytes / 1000)} kB`;
  if (bytes > 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** Simulated mirror throughput: a Docker build on a good line fetches ~8 MB/s after ~150 ms of latency. */
const BYTES_PER_MS = 8000;

/** Lets the time a download of `bytes` takes pass on the container's clock; returns the milliseconds. */
export function advanceDownload(ctx: PosixCommandContext, bytes: number, latencyMs = 150): number {
  const ms = latencyMs + Math.ceil(bytes / BYTES_PER_MS);
  ctx.clock.advance(ms);
  ctx.budget.tick();
  return ms;
}

/** Whole seconds as apt and npm print them ("in 1s", "in 0s"). */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 1000)}s`;
}

/** Whether `path` exists (without following a final symlink). */
export function exists(ctx: PosixCommandContext, path: string): boolean {
  return ctx.fs.lstat(path) !== null;
}

/** Reads a file, or undefined when it is missing or unreadable. */
export function readOptional(ctx: PosixCommandContext, path: string): string | undefined {
  try {
    return ctx.fs.stat(path)?.type === "file" ? ctx.fs.readFile(path) : undefined;
  } catch (e) {
    if (e instanceof FsError) return undefined;
    throw e;
  }
}

/** `mkdir -p` of the parent of `path`. Throws FsError (EACCES for a non-root user under /usr). */
export function ensureParent(ctx: PosixCommandContext, path: string): void {
  const parent = path.slice(0, path.lastIndexOf("/")) || "/";
  if (ctx.fs.stat(parent)?.type !== "dir") ctx.fs.mkdir(parent, { recursive: true });
}

/** Writes the files of a package with declared sizes, as dpkg/apk/pip unpack them. Throws FsError. */
export function writeFiles(ctx: PosixCommandContext, files: readonly InstalledFile[], stamp: string): void {
  for (const file of files) {
    ensureParent(ctx, file.path);
    ctx.fs.writeFileWith(file.path, file.mode !== undefined && (file.mode & 0o111) !== 0 ? "\x7fELF" : stamp, { mode: file.mode ?? 0o644, size: file.size });
  }
}

/** Removes files written by {@link writeFiles}, ignoring ones already gone. */
export function removeFiles(ctx: PosixCommandContext, paths: readonly string[]): void {
  for (const path of paths) {
    try {
      if (exists(ctx, path)) ctx.fs.remove(path, { recursive: true });
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
}

/** Splits an install spec `name=version` / `name==version` into its parts. */
export function splitPin(spec: string, separator: string): { name: string; version: string | undefined } {
  const i = spec.indexOf(separator);
  return i < 0 ? { name: spec, version: undefined } : { name: spec.slice(0, i), version: spec.slice(i + separator.length) };
}

/** Python's strerror texts for the errno names a package install meets. */
export const PY_ERRNO: Record<string, string> = {
  EACCES: "[Errno 13] Permission denied",
  ENOENT: "[Errno 2] No such file or directory",
  EROFS: "[Errno 30] Read-only file system",
  EPERM: "[Errno 1] Operation not permitted",
};

/** Lines wrapped at 80 columns with a two-space indent, as apt lists package names. */
export function wrapNames(names: readonly string[], indent = "  ", width = 80): string {
  const lines: string[] = [];
  let line = indent;
  for (const name of names) {
    if (line.length > indent.length && line.length + 1 + name.length > width) {
      lines.push(line);
      line = indent;
    }
    line += (line.length > indent.length ? " " : "") + name;
  }
  if (line.length > indent.length) lines.push(line);
  return lines.map((l) => l + "\n").join("");
}
