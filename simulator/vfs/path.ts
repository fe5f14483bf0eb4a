/** What makes an absolute path need cleaning: `//`, a `.` or `..` segment, a trailing `/`. */
const ALREADY_UNCLEAN = /\/\/|\/\.\.?(?:\/|$)|.\/$/;

/**
 * POSIX path arithmetic, as Go's path.Clean and path.Join do it
 * (go: src/path/path.go): "." and ".." resolved lexically, one "/" between parts.
 */
export function calculateCleanPath(path: string): string {
  const absolute = path.startsWith("/");
  // Already clean (no empty, `.` or `..` segment, no trailing slash): most paths the shell and file systems pass.
  if (absolute && !ALREADY_UNCLEAN.test(path)) return path;
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (absolute) return "/" + joined;
  return joined === "" ? "." : joined;
}

/** Resolves `path` against the directory `cwd`, like a shell does for relative paths. */
export function calculateResolvedPath(cwd: string, path: string): string {
  return calculateCleanPath(path.startsWith("/") ? path : `${cwd}/${path}`);
}

/** The parent directory of an absolute path ("/" for "/"). */
export function calculateDirname(path: string): string {
  const clean = calculateCleanPath(path);
  const i = clean.lastIndexOf("/");
  return i <= 0 ? "/" : clean.slice(0, i);
}

/** The last element of a path. */
export function calculateBasename(path: string): string {
  const clean = calculateCleanPath(path);
  if (clean === "/") return "/";
  return clean.slice(clean.lastIndexOf("/") + 1);
}
