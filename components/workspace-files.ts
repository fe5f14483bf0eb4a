import type { FileSystem } from "@/simulator";

/** Dockerfiles first (they are what most lessons are about), then by name. */
function byImportance(a: string, b: string): number {
  const rank = (name: string) => (name === "Dockerfile" || name === "Containerfile" ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Every regular file in the workspace as an absolute path ("/app/app.py"): each directory's files before its subdirectories, Dockerfiles first. */
export function listWorkspaceFiles(fs: FileSystem, dir = "/"): string[] {
  const files: string[] = [];
  const dirs: string[] = [];
  let names: string[];
  try {
    names = fs.readdir(dir);
  } catch {
    return files;
  }
  for (const name of [...names].sort(byImportance)) {
    const path = dir === "/" ? `/${name}` : `${dir}/${name}`;
    const stat = fs.stat(path);
    if (!stat) continue;
    if (stat.type === "dir") dirs.push(path);
    else files.push(path);
  }
  for (const sub of dirs) files.push(...listWorkspaceFiles(fs, sub));
  return files;
}

/** Reads a workspace file, or null when it is gone or unreadable. */
export function readWorkspaceFile(fs: FileSystem, path: string): string | null {
  try {
    const stat = fs.stat(path);
    return stat && stat.type === "file" ? fs.readFile(path) : null;
  } catch {
    return null;
  }
}

/** Makes a typed name an absolute workspace path, or explains why it cannot be one. */
export function parseWorkspacePath(text: string): string | { error: string } {
  const trimmed = text.trim().replace(/^\.?\/+/, "");
  if (trimmed === "") return { error: "Type a file name" };
  const parts = trimmed.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..")) return { error: `Not a file name: ${text.trim()}` };
  return `/${parts.join("/")}`;
}
