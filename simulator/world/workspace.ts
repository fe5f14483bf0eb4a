import type { FileSystem } from "../vfs/types";

/** Reads every file of a workspace into `path → content` (for snapshots and the grader). */
export function readWorkspaceFiles(fs: FileSystem, dir = "/", out: Record<string, string> = {}): Record<string, string> {
  for (const name of fs.readdir(dir)) {
    const path = dir === "/" ? `/${name}` : `${dir}/${name}`;
    const stat = fs.stat(path);
    if (stat?.type === "dir") readWorkspaceFiles(fs, path, out);
    else if (stat?.type === "file") out[path] = fs.readFile(path);
  }
  return out;
}
