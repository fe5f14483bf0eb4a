import type { PosixCommandContext } from "./types";

/** `printenv [NAME]...`: the whole environment, or the values asked for (status 1 if one is unset). */
export function runPrintenv(ctx: PosixCommandContext): number {
  const names = ctx.argv.slice(1).filter((a) => !a.startsWith("-"));
  if (names.length === 0) {
    ctx.out.out(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(""));
    return 0;
  }
  let status = 0;
  for (const name of names) {
    if (Object.hasOwn(ctx.env, name)) ctx.out.out(`${ctx.env[name]}\n`);
    else status = 1;
  }
  return status;
}
