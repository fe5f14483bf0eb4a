import { calculateImmediateExit, type Program } from "./types";

/** `echo` as a container's main process: prints its arguments (`-n` drops the newline). */
export const runEchoProgram: Program = (ctx) => {
  const args = ctx.argv.slice(1);
  const noNewline = args[0] === "-n";
  const text = (noNewline ? args.slice(1) : args).join(" ");
  return calculateImmediateExit(noNewline ? text : text + "\n");
};
