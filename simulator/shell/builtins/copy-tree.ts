import type { FileSystem } from "../../vfs/types";

/** Copies a file or, recursively, a directory from `src` to `dst` within one FileSystem. */
export function copyTree(fs: FileSystem, src: string, dst: string): void {
  const stat = fs.stat(src);
  if (stat?.type === "dir") {
    fs.mkdir(dst, { recursive: true });
    for (const name of fs.readdir(src)) copyTree(fs, `${src}/${name}`, `${dst}/${name}`);
  } else {
    fs.writeFile(dst, fs.readFile(src));
  }
}

/** Where `cp`/`mv` put a source: inside `dst` when it is a directory, else `dst` itself. */
export function calculateDestination(fs: FileSystem, src: string, dst: string): string {
  if (fs.stat(dst)?.type === "dir") return `${dst}/${src.slice(src.lastIndexOf("/") + 1)}`;
  return dst;
}
