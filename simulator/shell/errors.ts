import { FsError } from "../vfs/types";

/** strerror(3) text for the errno names the file tree uses (glibc's wording). */
export const STRERROR: Record<string, string> = {
  ENOENT: "No such file or directory",
  EEXIST: "File exists",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  ENOTEMPTY: "Directory not empty",
  EINVAL: "Invalid argument",
  EACCES: "Permission denied",
};

/** The strerror text for an error thrown by a FileSystem (or a generic one). */
export function formatErrno(error: unknown): string {
  if (error instanceof FsError) return STRERROR[error.code] ?? error.code;
  return "Input/output error";
}

/** GNU coreutils' shell-escape quoting of a file name in messages ('name'). */
export function formatQuoted(name: string): string {
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** GNU coreutils' locale quoting in a UTF-8 locale (‘name’), used by mkdir and sleep. */
export function formatLocaleQuoted(name: string): string {
  return `\u2018${name}\u2019`;
}
