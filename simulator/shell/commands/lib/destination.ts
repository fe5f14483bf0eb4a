import type { PosixCommandContext } from "../types";

/** The sources and the destination of a cp/mv command line. */
export interface DestinationOperands {
  sources: string[];
  dest: string;
  destPath: string;
  destIsDir: boolean;
}

/**
 * The operand rules cp and mv share (GNU coreutils: src/cp.c, src/mv.c;
 * busybox: coreutils/cp.c, mv.c): `-t DIR` supplies the destination, at
 * least two operands are needed, and several sources need a directory.
 * Returns the exit status after printing the tool's message when they fail.
 */
export function splitDestination(ctx: PosixCommandContext, name: string, operands: readonly string[], targetDir: unknown): DestinationOperands | number {
  const ops = [...operands];
  if (typeof targetDir === "string") ops.push(targetDir);
  if (ops.length < 2) {
    if (ctx.variant === "busybox") ctx.out.err(`${name}: missing operand\n`);
    else ctx.out.err(ops.length === 0 ? `${name}: missing file operand\nTry '${name} --help' for more information.\n` : `${name}: missing destination file operand after '${ops[0]}'\nTry '${name} --help' for more information.\n`);
    return 1;
  }
  const dest = ops.pop() as string;
  const destPath = ctx.resolve(dest);
  const destIsDir = ctx.fs.stat(destPath)?.type === "dir";
  if (ops.length > 1 && !destIsDir) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: target '${dest}' is not a directory\n` : `${name}: '${dest}' is not a directory\n`);
    return 1;
  }
  return { sources: ops, dest, destPath, destIsDir };
}
