import type { FileSystem } from "@/simulator";
import type { WorkspaceFiles } from "./file-store";

/** The parent folder of an absolute path ("/a/b" → "/a", "/a" → "/"). */
function parentOf(path: string): string {
  const cut = path.lastIndexOf("/");
  return cut <= 0 ? "/" : path.slice(0, cut);
}

/**
 * Makes a world's workspace hold exactly `files`: what undo and a restored
 * session need, since `world.restore()` puts back the engine and the shell
 * but leaves the workspace tree to its owner. Empty folders are not kept.
 * Simplification: file modes and times are not part of a snapshot.
 */
export function replaceWorkspaceFiles(fs: FileSystem, files: WorkspaceFiles): void {
  for (const name of fs.readdir("/")) fs.remove(`/${name}`, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    if (!path.startsWith("/")) continue;
    fs.mkdir(parentOf(path), { recursive: true });
    fs.writeFile(path, text);
  }
}
