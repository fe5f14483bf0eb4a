import type { PosixCommandContext } from "./types";

/**
 * `yes [STRING]...`: repeats its line until killed. Writes in blocks (as
 * GNU yes fills a buffer); a full pipe (SIGPIPE) or the step budget stops it.
 */
export function runYes(ctx: PosixCommandContext): number {
  const line = (ctx.argv.length > 1 ? ctx.argv.slice(1).join(" ") : "y") + "\n";
  const block = line.repeat(Math.max(1, Math.floor(4096 / line.length)));
  for (;;) {
    ctx.budget.tick();
    ctx.out.out(block);
  }
}
