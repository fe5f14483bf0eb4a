import type { CopyEntry } from "../../engine/container-copy";
import { calculateBasename, calculateCleanPath, calculateDirname } from "../../vfs/path";
import type { FileSystem } from "../../vfs/types";

/**
 * go-archive's PreserveTrailingDotOrSeparator: the cleaned absolute path
 * keeps a trailing `/` or `/.` the user typed, which decide how a copy lands.
 */
export function resolveCopyLocalPath(cwd: string, typed: string): string {
  const abs = calculateCleanPath(typed.startsWith("/") ? typed : `${cwd}/${typed}`);
  if (/(^|\/)\.$/.test(typed) && !abs.endsWith("/.")) return `${abs === "/" ? "" : abs}/.`;
  if (typed.endsWith("/") && !abs.endsWith("/")) return `${abs}/`;
  return abs;
}

/** The path without the trailing `/` or `/.` kept by resolveCopyLocalPath. */
export function calculateCopyTarget(path: string): string {
  return calculateCleanPath(path.replace(/\/\.$/, "") || "/");
}

/**
 * The first component of `path` that does not exist, as filepath.EvalSymlinks
 * stops at it (go-archive ResolveHostSourcePath, then os.Lstat): the path
 * in `lstat <path>: no such file or directory`.
 */
export function findFirstMissing(fs: FileSystem, path: string): string {
  const parts = calculateCleanPath(path).split("/").filter(Boolean);
  let current = "";
  for (const part of parts) {
    current += `/${part}`;
    if (!fs.stat(current)) return current;
  }
  return current || "/";
}

function collect(fs: FileSystem, path: string, name: string, out: CopyEntry[]): void {
  const st = fs.stat(path);
  if (!st) return;
  if (st.type === "file") {
    const data = fs.readFile(path);
    out.push({ path: name, type: "file", data, size: st.size, mode: st.mode });
    return;
  }
  out.push({ path: name, type: "dir", data: "", size: 0, mode: st.mode });
  for (const child of [...fs.readdir(path)].sort()) collect(fs, `${path === "/" ? "" : path}/${child}`, `${name}/${child}`, out);
}

/**
 * TarResource of a host path (go-archive: TarResourceRebase): the item
 * under its base name, or `.` for a `dir/.` source (its contents only).
 */
export function collectLocalEntries(fs: FileSystem, path: string): CopyEntry[] {
  const target = calculateCopyTarget(path);
  const out: CopyEntry[] = [];
  collect(fs, target, path.endsWith("/.") ? "." : calculateBasename(target), out);
  return out;
}

/** Renames the archive's root entry (go-archive RebaseArchiveEntries), as a copy to a new name does. */
export function calculateRebasedEntries(entries: readonly CopyEntry[], name: string): CopyEntry[] {
  const root = entries[0]?.path ?? "";
  return entries.map((e) => ({ ...e, path: e.path === root ? name : `${name}${e.path.slice(root.length)}` }));
}

/** The sum of regular files' sizes, what a copy's content amounts to. */
export function calculateContentSize(entries: readonly CopyEntry[]): number {
  return entries.reduce((sum, e) => sum + (e.type === "file" ? e.size : 0), 0);
}

/**
 * Extracts entries into a host directory (go-archive Untar): directories
 * made, files written; a directory in the way of a file is an error.
 */
export function writeLocalEntries(fs: FileSystem, dir: string, entries: readonly CopyEntry[]): string | undefined {
  for (const e of entries) {
    const target = calculateCleanPath(`${dir}/${e.path}`);
    const existing = fs.stat(target);
    if (e.type === "dir") {
      if (existing?.type === "file") fs.remove(target);
      if (existing?.type !== "dir") fs.mkdir(target, { recursive: true });
      continue;
    }
    if (existing?.type === "dir") return `cannot overwrite directory ${JSON.stringify(target)} with non-directory ${JSON.stringify(dir)}`;
    // Simplification: symbolic links from the container are left out (the host's tree has no links).
    if (e.type === "symlink") continue;
    if (!fs.stat(calculateDirname(target))) fs.mkdir(calculateDirname(target), { recursive: true });
    fs.writeFile(target, e.data);
  }
  return undefined;
}
