import type { ShellContext } from "../session";

/** bash's `export NAME=value`. Simplification: every shell variable is already exported. */
export function runExport(ctx: ShellContext): number {
  for (const arg of ctx.argv.slice(1)) {
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      ctx.out.err(`bash: export: \`${arg}': not a valid identifier\n`);
      return 1;
    }
    if (eq >= 0) ctx.session.vars[name] = arg.slice(eq + 1);
  }
  return 0;
}

/** `env` with no arguments: prints the environment, one NAME=value a line. */
export function runEnv(ctx: ShellContext): number {
  for (const [k, v] of Object.entries(ctx.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    ctx.out.out(`${k}=${v}\n`);
  }
  return 0;
}
