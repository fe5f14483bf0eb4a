import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { saveImages } from "../../engine/image-save";
import { calculateSha256Hex } from "../../core/sha256";
import { FsError } from "../../vfs/types";

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
 * `docker image save` / `docker save` (docker/cli 27: cli/command/image/save.go):
 * refuses to write the tar to a terminal (`cowardly refusing to save to a
 * terminal. Use the -o flag or redirect`), checks that `-o`'s directory
 * exists (command.ValidateOutputPath), then streams the daemon's archive to
 * stdout or writes it to the file (command.CopyToFile).
 */
export const imageSaveCommand: DockerCommand = {
  name: "save",
  group: "image",
  aliases: [],
  shortcut: "save",
  usage: "[OPTIONS] IMAGE [IMAGE...]",
  short: "Save one or more images to a tar archive (streamed to STDOUT by default)",
  args: { kind: "min", n: 1 },
  flags: [{ name: "output", short: "o", kind: "string", usage: "Write to a file, instead of STDOUT" }],
  run(ctx, { flags, args }) {
    const output = (flags.output as string | undefined) ?? "";
    if (output === "" && ctx.host.tty) {
      ctx.out.err("cowardly refusing to save to a terminal. Use the -o flag or redirect\n");
      return 1;
    }
    const fs = ctx.host.fs;
    if (output !== "") {
      const dir = formatDirName(output);
      if (dir !== "." && fs.stat(resolveHostPath(ctx.host.cwd, dir))?.type !== "dir") {
        ctx.out.err(`failed to save image: invalid output path: directory ${JSON.stringify(dir)} does not exist\n`);
        return 1;
      }
    }
    const saved = saveImages(ctx.engine, args);
    if (!saved.ok) return writeDaemonError(ctx.out, saved.error.message);
    if (output === "") {
      ctx.out.out(saved.value);
      return 0;
    }
    const target = resolveHostPath(ctx.host.cwd, output);
    if (fs.stat(target)?.type === "dir") {
      // CopyToFile writes a temporary file next to the target, then renames it over the target.
      const dir = formatDirName(output);
      const temp = `${dir.endsWith("/") ? dir : `${dir}/`}.docker_temp_${parseInt(calculateSha256Hex(target).slice(0, 8), 16) % 1_000_000_000}`;
      ctx.out.err(`rename ${temp} ${output}: file exists\n`);
      return 1;
    }
    try {
      fs.writeFile(target, saved.value);
    } catch (error) {
      ctx.out.err(`open ${output}: ${formatErrno(error)}\n`);
      return 1;
    }
    return 0;
  },
};
