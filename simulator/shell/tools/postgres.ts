import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";

/**
 * The PostgreSQL server binary as a build step meets it: `--version`/`-V`
 * prints the version line its package built in (src/backend/main/main.c:
 * "postgres (PostgreSQL) 16.13 (Debian 16.13-1.pgdg12+1)"), read from the
 * installed stand-in; run as root it refuses as the real server does.
 * Simplification: starting a server here prints its configuration error (a
 * running server is the container runtime's process model).
 */
export function runPostgres(ctx: PosixCommandContext): number {
  const self = ctx.findProgram(ctx.argv[0] ?? "postgres");
  const version = /stand-in: (postgres \(PostgreSQL\) [^\n]+)/.exec((self && readOptional(ctx, self)) ?? "")?.[1] ?? "postgres (PostgreSQL) 16.13";
  const args = ctx.argv.slice(1);
  if (args[0] === "--version" || args[0] === "-V") {
    ctx.out.out(`${version}\n`);
    return 0;
  }
  if (ctx.user.uid === 0) {
    ctx.out.err('"root" execution of the PostgreSQL server is not permitted.\nThe server must be started under an unprivileged user ID to prevent\npossible system security compromise.  See the documentation for\nmore information on how to properly start the server.\n');
    return 1;
  }
  if (!ctx.env.PGDATA && !args.includes("-D")) {
    ctx.out.err("postgres does not know where to find the server configuration file.\nYou must specify the --config-file or -D invocation option or set the PGDATA environment variable.\n");
    return 2;
  }
  ctx.out.err(`postgres: could not access the server configuration file "${ctx.env.PGDATA ?? ""}/postgresql.conf": No such file or directory\n`);
  return 2;
}
