import { calculateSha256Hex } from "../core/sha256";
import { FsError } from "../vfs/types";
import type { DockerContext } from "./command";

/** A host path resolved against the working directory, `.` and `..` folded. */
export function resolveHostPath(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith("/") ? path : `${cwd}/${path}`).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/** Go's syscall.Errno text for a file system error (`no such file or directory`). */
export function formatErrno(error: unknown): string {
  const texts: Record<string, string> = {
    ENOENT: "no such file or directory", EISDIR: "is a directory", ENOTDIR: "not a directory", EACCES: "permission denied",
    EPERM: "operation not permitted", EROFS: "read-only file system", EEXIST: "file exists",
  };
  if (error instanceof FsError) return texts[error.code] ?? error.code;
  throw error;
}

/** filepath.Dir of a path as typed (`.` when it has no directory part). */
function formatDirName(path: string): string {
  const clean = path.replace(/\/+$/, "") || "/";
  const slash = clean.lastIndexOf("/");
  if (slash < 0) return ".";
  return slash === 0 ? "/" : clean.slice(0, slash);
}

/**
 * The checks `docker save` and `docker export` make before asking the
 * daemon (docker/cli 27): no archive to a terminal (`cowardly refusing to
 * save to a terminal. Use the -o flag or redirect`), and `-o`'s directory,
 * as typed, must exist (command.ValidateOutputPath, wrapped as
 * `failed to <action>: invalid output path: …`). Returns the exit status
 * of a refusal, or undefined to go on.
 */
export function checkArchiveOutput(ctx: DockerContext, output: string, action: string): number | undefined {
  if (output === "" && ctx.host.tty) {
    ctx.out.err("cowardly refusing to save to a terminal. Use the -o flag or redirect\n");
    return 1;
  }
  if (output === "") return undefined;
  const dir = formatDirName(output);
  if (dir !== "." && ctx.host.fs.stat(resolveHostPath(ctx.host.cwd, dir))?.type !== "dir") {
    ctx.out.err(`failed to ${action}: invalid output path: directory ${JSON.stringify(dir)} does not exist\n`);
    return 1;
  }
  return undefined;
}

/**
 * Where an archive goes (command.CopyToFile): stdout without `-o`, else the
 * file, written through a temporary file renamed over the target, so a
 * directory there fails the rename.
 */
export function writeArchiveOutput(ctx: DockerContext, output: string, archive: string): number {
  if (output === "") {
    ctx.out.out(archive);
    return 0;
  }
  const fs = ctx.host.fs;
  const target = resolveHostPath(ctx.host.cwd, output);
  if (fs.stat(target)?.type === "dir") {
    const dir = formatDirName(output);
    const temp = `${dir.endsWith("/") ? dir : `${dir}/`}.docker_temp_${parseInt(calculateSha256Hex(target).slice(0, 8), 16) % 1_000_000_000}`;
    ctx.out.err(`rename ${temp} ${output}: file exists\n`);
    return 1;
  }
  try {
    fs.writeFile(target, archive);
  } catch (error) {
    ctx.out.err(`open ${output}: ${formatErrno(error)}\n`);
    return 1;
  }
  return 0;
}
