import { formatHumanSize } from "../../cli/units";
import { calculateContainerPathType, calculateTarSize, dispatchCopyFromContainer, dispatchCopyToContainer, type CopyEntry } from "../../engine/container-copy";
import { calculateBasename, calculateCleanPath, calculateDirname } from "../../vfs/path";
import type { DockerCommand, DockerContext } from "../command";
import { calculateCopyTarget, calculateRebasedEntries, collectLocalEntries, findFirstMissing, resolveCopyLocalPath, writeLocalEntries } from "./cp-local";
import { findContainerOrError } from "./each";

/** go-archive's errors (moby/go-archive: copy.go ErrCannotCopyDir, ErrDirNotExists). */
const CANNOT_COPY_DIR = "cannot copy directory";
const DIR_NOT_EXISTS = "no such directory";

/**
 * splitCpArg (docker/cli: cli/command/container/cp.go): `CONTAINER:PATH`
 * unless the argument is absolute or starts with `.` before its colon.
 */
function splitCpArg(arg: string): { container: string; path: string } {
  if (arg.startsWith("/")) return { container: "", path: arg };
  const colon = arg.indexOf(":");
  if (colon < 0 || arg.slice(0, colon).startsWith(".")) return { container: "", path: arg };
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

/** Whether a path asserts a directory: a trailing `/` or `/.` (go-archive assertsDirectory). */
function assertsDirectory(path: string): boolean {
  return path.endsWith("/") || /(^|\/)\.$/.test(path);
}

/**
 * PrepareArchiveCopy (go-archive copy.go): where the archive is extracted
 * and under which root name, from what the source and destination are.
 */
function prepareCopy(entries: CopyEntry[], srcIsDir: boolean, dstPath: string, dstType: "file" | "dir" | undefined): { dir: string; entries: CopyEntry[] } | { error: string } {
  const target = calculateCopyTarget(dstPath);
  if (dstType === "dir") return { dir: target, entries };
  if (dstType && srcIsDir) return { error: CANNOT_COPY_DIR };
  if (!dstType && !srcIsDir && assertsDirectory(dstPath)) return { error: DIR_NOT_EXISTS };
  return { dir: calculateDirname(target), entries: calculateRebasedEntries(entries, calculateBasename(target)) };
}

/** The summary docker 24–28 prints on stderr after a copy to or from a terminal (cp.go: progressHumanSize). */
function writeSummary(ctx: DockerContext, quiet: boolean, bytes: number, dest: string): void {
  if (!quiet) ctx.out.err(`Successfully copied ${formatHumanSize(bytes)} to ${dest}\n`);
}

function copyFromContainer(ctx: DockerContext, ref: string, srcPath: string, dstTyped: string, quiet: boolean): number {
  const fs = ctx.host.fs;
  const dstPath = resolveCopyLocalPath(ctx.host.cwd, dstTyped);
  // command.ValidateOutputPath: the destination's directory must exist.
  const parent = calculateDirname(calculateCleanPath(dstPath));
  if (!fs.stat(parent)) {
    ctx.out.err(`invalid output path: directory ${JSON.stringify(parent)} does not exist\n`);
    return 1;
  }
  const found = findContainerOrError(ctx, ref);
  if ("error" in found) {
    ctx.out.err(`${found.error}\n`);
    return 1;
  }
  const copied = dispatchCopyFromContainer(ctx.engine, found.container, ref, srcPath);
  if (!copied.ok) {
    ctx.out.err(`Error response from daemon: ${copied.error.message}\n`);
    return 1;
  }
  const dstType = fs.stat(calculateCopyTarget(dstPath))?.type;
  const plan = prepareCopy(copied.value.entries, copied.value.isDir, dstPath, dstType);
  // The progress reader has counted nothing when the archive is refused before extraction.
  const error = "error" in plan ? plan.error : writeLocalEntries(fs, plan.dir, plan.entries);
  writeSummary(ctx, quiet, "error" in plan ? 0 : calculateTarSize(copied.value.entries), dstPath);
  if (error) {
    ctx.out.err(`${error}\n`);
    return 1;
  }
  return 0;
}

function copyToContainer(ctx: DockerContext, ref: string, srcTyped: string, dstPath: string, quiet: boolean): number {
  const fs = ctx.host.fs;
  const srcPath = resolveCopyLocalPath(ctx.host.cwd, srcTyped);
  const srcTarget = calculateCopyTarget(srcPath);
  const srcStat = fs.stat(srcTarget);
  if (!srcStat) {
    ctx.out.err(`lstat ${findFirstMissing(fs, srcTarget)}: no such file or directory\n`);
    return 1;
  }
  const found = findContainerOrError(ctx, ref);
  // ContainerStatPath's error is ignored; CopyToContainer then reports a missing container.
  const dstType = "error" in found ? undefined : calculateContainerPathType(ctx.engine, found.container, dstPath);
  const entries = collectLocalEntries(fs, srcPath);
  const plan = prepareCopy(entries, srcStat.type === "dir", dstPath, dstType);
  if ("error" in plan) {
    ctx.out.err(`${plan.error}\n`);
    return 1;
  }
  const summary = `${ref}:${dstPath}`;
  if ("error" in found) {
    writeSummary(ctx, quiet, 0, summary);
    ctx.out.err(`${found.error}\n`);
    return 1;
  }
  const result = dispatchCopyToContainer(ctx.engine, found.container, ref, plan.dir, plan.entries);
  writeSummary(ctx, quiet, result.ok ? calculateTarSize(entries) : 0, summary);
  if (!result.ok) {
    ctx.out.err(`Error response from daemon: ${result.error.message}\n`);
    return 1;
  }
  return 0;
}

/**
 * `docker container cp` / `docker cp` (docker/cli 27: cli/command/container/cp.go):
 * copies a file or a directory tree between the host's files (the
 * workspace) and a running or stopped container, with go-archive's rules
 * for where it lands (trailing `/` and `/.`, new names, existing
 * directories). On a terminal it ends with `Successfully copied <size> to
 * <dest>` on stderr, the size being the tar stream's; without a terminal it
 * is quiet unless `-q=false`. Simplification: the `-` tar stream through
 * stdin or stdout is not simulated and says so; `-L` and `-a` are accepted
 * (links are copied as links, files land owned by root).
 */
export const containerCpCommand: DockerCommand = {
  name: "cp",
  group: "container",
  aliases: [],
  shortcut: "cp",
  usage: "[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH",
  short: "Copy files/folders between a container and the local filesystem",
  long:
    "Copy files/folders between a container and the local filesystem\n\n" +
    "Use '-' as the source to read a tar archive from stdin\n" +
    "and extract it to a directory destination in a container.\n" +
    "Use '-' as the destination to stream a tar archive of a\n" +
    "container source to stdout.",
  args: { kind: "exact", n: 2 },
  flags: [
    { name: "archive", short: "a", kind: "bool", usage: "Archive mode (copy all uid/gid information)" },
    { name: "follow-link", short: "L", kind: "bool", usage: "Always follow symbol link in SRC_PATH" },
    { name: "quiet", short: "q", kind: "bool", usage: "Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached" },
  ],
  run(ctx, { flags, args }) {
    const [source = "", destination = ""] = args;
    if (source === "") return fail(ctx, "source can not be empty");
    if (destination === "") return fail(ctx, "destination can not be empty");
    const quiet = flags.quiet === undefined ? !ctx.host.tty : flags.quiet === true;
    const src = splitCpArg(source);
    const dst = splitCpArg(destination);
    if (src.container && dst.container) return fail(ctx, "copying between containers is not supported");
    if (!src.container && !dst.container) return fail(ctx, "must specify at least one container source");
    if (src.path === "-" || dst.path === "-") {
      return fail(ctx, "Dockyard: tar archives streamed through stdin or stdout are not simulated; copy to or from a path instead");
    }
    if (src.container) return copyFromContainer(ctx, src.container, src.path, dst.path, quiet);
    return copyToContainer(ctx, dst.container, src.path, dst.path, quiet);
  },
};

function fail(ctx: DockerContext, message: string): number {
  ctx.out.err(`${message}\n`);
  return 1;
}
