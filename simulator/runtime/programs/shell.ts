import { calculateImmediateExit, type Program } from "./types";

/**
 * A shell as the main process (`docker run alpine`, whose Cmd is /bin/sh).
 * Without `-i` its stdin is closed, so it reads end-of-file and exits 0 at
 * once, which is why the container shows `Exited (0)` straight away.
 * With `-i` it waits for input and keeps running.
 */
export const runShellProgram: Program = (ctx) => {
  // Simplification: `sh -c SCRIPT` runs only with the container shell interpreter (images issue);
  // until then the script's commands are not run and the shell exits 0.
  if (ctx.interactive) return { output: [], exit: null };
  return calculateImmediateExit("");
};
