import type { PosixCommandContext } from "./types";

/** `which [-a] NAME...`: the first executable of each name on $PATH; status 1 when one is missing, silently. */
export function runWhich(ctx: PosixCommandContext): number {
  const all = ctx.argv.includes("-a");
  let status = 0;
  for (const name of ctx.argv.slice(1).filter((a) => !a.startsWith("-"))) {
    const dirs = (ctx.env.PATH ?? "").split(":");
    const found = name.includes("/") ? [ctx.findProgram(name)].filter((p): p is string => p !== undefined) : dirs.map((d) => ctx.findProgram(`${d || "."}/${name}`)).filter((p): p is string => p !== undefined);
    if (found.length === 0) status = 1;
    ctx.out.out((all ? found : found.slice(0, 1)).map((p) => p + "\n").join(""));
  }
  return status;
}
