import type { FileSystem, FileStat } from "./types";

/** What `lstat` reports on a POSIX tree: type, permissions, owner, size and times. */
export interface PosixStat extends Omit<FileStat, "type"> {
  type: "file" | "dir" | "symlink";
  uid: number;
  gid: number;
  /** For symlinks, the link target. */
  target?: string;
}

/** Who is acting, for permission checks (root bypasses them, as on Linux). */
export interface Credentials {
  uid: number;
  gid: number;
  groups?: number[];
}

/**
 * A POSIX file tree with owners, permission bits and symlinks: image layers,
 * union views and container filesystems implement it. Errors are FsError
 * with errno names (EACCES for a non-root write into a root-owned directory,
 * ELOOP for symlink cycles…). `stat` follows symlinks; `lstat` does not.
 */
export interface PosixFileSystem extends FileSystem {
  /** Follows symlinks, so the result is a file or a directory. */
  stat(path: string): (PosixStat & { type: "file" | "dir" }) | null;
  lstat(path: string): PosixStat | null;
  readlink(path: string): string;
  symlink(target: string, path: string): void;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  /** Writes with an explicit mode and owner (COPY --chown/--chmod, package installs); `size` declares a synthetic file's st_size (a 40 MB library stands in as a short string). */
  writeFileWith(path: string, data: string, options: { mode?: number; uid?: number; gid?: number; mtimeMs?: number; size?: number }): void;
  /** Permission checks for the operations that follow (undefined = root). */
  setCredentials(credentials: Credentials | undefined): void;
}
