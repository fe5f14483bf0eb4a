import { calculateCleanPath } from "../../vfs/path";
import type { FileSystem } from "../../vfs/types";

/**
 * Copies a file or, recursively, a directory from `src` to `dst` within one
 * FileSystem. A source equal to `skip` (the copy being made, when copying a
 * directory into itself) is left out.
 */
export function copyTree(fs: FileSystem, src: string, dst: string, skip?: string): void {
  if (src === skip) return;
  const stat = fs.stat(src);
  if (stat?.type === "dir") {
    fs.mkdir(dst, { recursive: true });
    const join = (dir: string, name: string): string => (dir === "/" ? `/${name}` : `${dir}/${name}`);
    for (const name of fs.readdir(src)) copyTree(fs, join(src, name), join(dst, name), skip);
  } else {
    fs.writeFile(dst, fs.readFile(src));
  }
}

/** Where `cp`/`mv` put a source: inside `dst` when it is a directory, else `dst` itself. */
export function calculateDestination(fs: FileSystem, src: string, dst: string): string {
  // Cleaned, so that `cp -r / dir` targets "dir" itself rather than "dir/".
  if (fs.stat(dst)?.type === "dir") return calculateCleanPath(`${dst}/${src.slice(src.lastIndexOf("/") + 1)}`);
  return dst;
}
