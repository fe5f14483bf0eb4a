import { prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]`: prints the
 * environment, or runs COMMAND with a changed one. GNU `env: 'x': No such
 * file or directory` (127), BusyBox `env: can't execute 'x': No such file or
 * directory` (127).
 */
export function runEnv(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  let env: Record<string, string> = { ...ctx.env };
  while (args.length > 0) {
    const a = args[0] as string;
    if (a === "-i" || a === "-" || a === "--ignore-environment") env = {};
    else if (a === "-u") {
      args.shift();
      delete env[args[0] ?? ""];
    } else if (a === "--") {
      args.shift();
      break;
    } else break;
    args.shift();
  }
  while (args.length > 0 && /^[^=]+=/.test(args[0] as string)) {
    const a = args.shift() as string;
    const eq = a.indexOf("=");
    env[a.slice(0, eq)] = a.slice(eq + 1);
  }
  if (args.length === 0) {
    ctx.out.out(Object.entries(env).map(([k, v]) => `${k}=${v}\n`).join(""));
    return 0;
  }
  const command = args[0] as string;
  // execvp(3) without PATH searches confstr(_CS_PATH): /bin:/usr/bin.
  const path = env.PATH ?? "/bin:/usr/bin";
  if (!ctx.findProgram(command, path)) {
    ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: '${command}': No such file or directory\n` : `${prog(ctx)}: can't execute '${command}': No such file or directory\n`);
    return 127;
  }
  return ctx.exec(args, { env });
}
