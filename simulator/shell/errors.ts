import { FsError, type FileSystem } from "../vfs/types";

/** strerror(3) text for the errno names the file tree uses (glibc's wording). */
export const STRERROR: Record<string, string> = {
  ENOENT: "No such file or directory",
  EEXIST: "File exists",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  ENOTEMPTY: "Directory not empty",
  EINVAL: "Invalid argument",
  EACCES: "Permission denied",
  EPERM: "Operation not permitted",
  ELOOP: "Too many levels of symbolic links",
  EXDEV: "Invalid cross-device link",
  EROFS: "Read-only file system",
};

/** The strerror text for an error thrown by a FileSystem (or a generic one). */
export function formatErrno(error: unknown): string {
  if (error instanceof FsError) return STRERROR[error.code] ?? error.code;
  return "Input/output error";
}

/**
 * Why a path that stat() did not find is missing: "Not a directory" when a
 * component on the way is a file (path_resolution(7)), else "No such file or
 * directory" — so `ls f/x` says what GNU ls says when f is a file.
 */
export function formatMissing(fs: FileSystem, path: string): string {
  try {
    fs.readFile(path);
  } catch (error) {
    if (error instanceof FsError && (error.code === "ENOENT" || error.code === "ENOTDIR")) return STRERROR[error.code] as string;
  }
  return STRERROR.ENOENT as string;
}

/** GNU coreutils' shell-escape quoting of a file name in messages ('name'). */
export function formatQuoted(name: string): string {
  // quotearg.c: a name with a single quote but only characters that are plain inside
  // double quotes too is shown in double quotes (ls: cannot access "it's").
  if (name.includes("'") && /^[ %'+,\-./0-9:@A-Z\]_a-z\u00a0-\u{10ffff}]*$/u.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** GNU coreutils' locale quoting in a UTF-8 locale (‘name’), used by mkdir and sleep. */
export function formatLocaleQuoted(name: string): string {
  return `\u2018${name}\u2019`;
}
