/** What `stat` reports about a path. */
export interface FileStat {
  type: "file" | "dir";
  size: number;
  mtimeMs: number;
  mode: number;
}

/** The errno names the host shell turns into coreutils' wording. */
export type FsErrorCode = "ENOENT" | "EEXIST" | "ENOTDIR" | "EISDIR" | "ENOTEMPTY" | "EINVAL" | "EACCES" | "EPERM" | "ELOOP" | "EXDEV" | "EROFS";

/** A failed file operation, carrying POSIX's errno name like Node's and Go's errors do. */
export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
    this.name = "FsError";
  }
}

/**
 * A synchronous POSIX-like file tree. Paths are absolute and use "/".
 * The learner's workspace is one (in memory in the browser, a real folder in
 * the headless shell); later, image layers and container filesystems are too.
 */
export interface FileSystem {
  stat(path: string): FileStat | null;
  readFile(path: string): string;
  writeFile(path: string, data: string): void;
  appendFile(path: string, data: string): void;
  readdir(path: string): string[];
  mkdir(path: string, options?: { recursive?: boolean }): void;
  remove(path: string, options?: { recursive?: boolean }): void;
  rename(from: string, to: string): void;
}
