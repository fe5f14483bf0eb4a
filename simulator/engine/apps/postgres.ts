/**
 * The PostgreSQL server programs the official image runs: initdb
 * (src/bin/initdb/initdb.c messages), pg_ctl start/stop with the server's
 * log lines (src/bin/pg_ctl/pg_ctl.c; postmaster.c, xlog.c log messages)
 * and the postgres server itself, listening on 5432. The cluster's data
 * lives in PGDATA, so a named volume keeps it across containers.
 * Simplification: the catalog and table contents are one JSON file,
 * global/dockyard-cluster.json, instead of heap pages; process IDs in the
 * log lines are typical figures.
 */
import type { PosixFileSystem } from "../../vfs/posix-types";
import type { AppContext, AppModel } from "./types";
import { formatPostgresTime, readText } from "./app-support";
import type { PgCluster } from "./postgres-exec";

const CLUSTER_FILE = "global/dockyard-cluster.json";
const SOCKET = "/var/run/postgresql/.s.PGSQL.5432";

/** The cluster stored under `pgdata`, if initdb made one. */
export function readCluster(fs: PosixFileSystem, pgdata: string): PgCluster | undefined {
  const text = readText(fs, `${pgdata}/${CLUSTER_FILE}`);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as PgCluster;
  } catch {
    return undefined;
  }
}

/** Saves the cluster (as the postgres user owns PGDATA's files: 0600). */
export function writeCluster(fs: PosixFileSystem, pgdata: string, cluster: PgCluster): void {
  const owner = fs.stat(pgdata);
  const path = `${pgdata}/${CLUSTER_FILE}`;
  try {
    fs.writeFileWith(path, JSON.stringify(cluster), { mode: 0o600, uid: owner?.uid ?? 0, gid: owner?.gid ?? 0 });
  } catch {
    // Not root: the server process writes as itself, the directory's owner.
    fs.writeFile(path, JSON.stringify(cluster));
    fs.chmod(path, 0o600);
  }
}

/** The server's version facts from the image's environment: `17.4 (Debian 17.4-1.pgdg120+1)` and the full version() string. */
export function describeServerVersion(env: Record<string, string>): { short: string; full: string; major: string } {
  const pkg = env.PG_VERSION ?? "17.4-1.pgdg120+1";
  const upstream = pkg.replace(/-.*$/, "");
  const debian = pkg.includes("pgdg");
  const short = debian ? `${upstream} (Debian ${pkg})` : upstream;
  const full = debian ? `${short} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit` : `${short} on x86_64-pc-linux-musl, compiled by gcc (Alpine 14.2.0) 14.2.0, 64-bit`;
  return { short, full, major: env.PG_MAJOR ?? upstream.split(".")[0] ?? "17" };
}

/** A `--name=value` or `--name value` / `-X value` option's value. */
function option(args: string[], long: string, short?: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith(`--${long}=`)) return a.slice(long.length + 3);
    if (a === `--${long}` || (short && a === `-${short}`)) return args[i + 1];
    if (short && a.startsWith(`-${short}`) && a.length > 2) return a.slice(2);
  }
  return undefined;
}

/**
 * `initdb [-D dir] [--username=name] [--pwfile=file]`: checks the directory
 * is empty, prints its progress, writes PG_VERSION, the configuration files
 * (pg_hba.conf trusts local connections) and the cluster with the
 * superuser and the postgres, template0 and template1 databases.
 */
export const runInitdbApp: AppModel = (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.includes("--version") || args.includes("-V")) return undefined;
  const pgdata = (option(args, "pgdata", "D") ?? ctx.env.PGDATA ?? "").replace(/\/$/, "");
  if (!pgdata) {
    ctx.out.err('initdb: error: no data directory specified\ninitdb: hint: You must identify the directory where the data for this database system will reside.  Do this with either the invocation option -D or the environment variable PGDATA.\n');
    return { kind: "exit", code: 1 };
  }
  const user = option(args, "username", "U") ?? "postgres";
  const { major, short } = describeServerVersion(ctx.env);
  const entries = ctx.fs.stat(pgdata) ? ctx.fs.readdir(pgdata) : [];
  if (entries.length > 0) {
    ctx.out.err(`initdb: error: directory "${pgdata}" exists but is not empty\ninitdb: hint: If you want to create a new database system, either remove or empty the directory "${pgdata}" or run initdb with an argument other than "${pgdata}".\n`);
    return { kind: "exit", code: 1 };
  }
  const pwfile = option(args, "pwfile");
  const password = pwfile ? (readText(ctx.fs, pwfile) ?? "").replace(/\n$/, "") : "";
  const locale = ctx.env.LANG ?? "C";
  const quoted = Number(major) >= 17 ? (s: string) => `"${s}"` : (s: string) => s;
  ctx.out.out(`The files belonging to this database system will be owned by user "postgres".
This user must also own the server process.

The database cluster will be initialized with locale "${locale}".
The default database encoding has accordingly been set to "${/utf-?8/i.test(locale) ? "UTF8" : "SQL_ASCII"}".
The default text search configuration will be set to "english".

Data page checksums are disabled.

fixing permissions on existing directory ${pgdata} ... ok
creating subdirectories ... ok
selecting dynamic shared memory implementation ... posix
selecting default ${quoted("max_connections")} ... 100
selecting default ${quoted("shared_buffers")} ... 128MB
selecting default time zone ... Etc/UTC
creating configuration files ... ok
running bootstrap script ... ok
performing post-bootstrap initialization ... ok
syncing data to disk ... ok


Success. You can now start the database server using:

    pg_ctl -D ${pgdata} -l logfile start

`);
  ctx.out.err('initdb: warning: enabling "trust" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\n');
  ctx.fs.mkdir(pgdata, { recursive: true });
  for (const dir of ["base", "base/1", "base/4", "base/5", "global", "pg_wal", "pg_xact", "pg_stat", "pg_tblspc"]) ctx.fs.mkdir(`${pgdata}/${dir}`, { recursive: true });
  ctx.fs.writeFile(`${pgdata}/PG_VERSION`, `${major}\n`);
  ctx.fs.writeFile(`${pgdata}/postgresql.conf`, "listen_addresses = '*'\nmax_connections = 100\nshared_buffers = 128MB\ndynamic_shared_memory_type = posix\nlog_timezone = 'Etc/UTC'\ntimezone = 'Etc/UTC'\n");
  ctx.fs.writeFile(`${pgdata}/pg_hba.conf`, "# TYPE  DATABASE        USER            ADDRESS                 METHOD\n\nlocal   all             all                                     trust\nhost    all             all             127.0.0.1/32            trust\nhost    all             all             ::1/128                 trust\n");
  ctx.fs.writeFile(`${pgdata}/pg_ident.conf`, "# MAPNAME       SYSTEM-USERNAME         PG-USERNAME\n");
  const cluster: PgCluster = {
    version: short,
    roles: { [user]: { password, superuser: true } },
    databases: { postgres: { oid: 5, owner: user, tables: {} }, template0: { oid: 4, owner: user, tables: {} }, template1: { oid: 1, owner: user, tables: {} } },
    shutdownAt: ctx.engine.clock.now(),
  };
  writeCluster(ctx.fs, pgdata, cluster);
  return { kind: "exit", code: 0 };
};

/** The server's start-up log lines (postmaster.c, startup.c): version, sockets, the last shutdown, ready. */
function formatStartLog(ctx: AppContext, pid: number, startupPid: number, tcp: boolean, cluster: PgCluster): string {
  const t = formatPostgresTime(ctx.engine.clock.now());
  const lines = [`[${pid}] LOG:  starting PostgreSQL ${describeServerVersion(ctx.env).full}`];
  if (tcp) lines.push(`[${pid}] LOG:  listening on IPv4 address "0.0.0.0", port 5432`, `[${pid}] LOG:  listening on IPv6 address "::", port 5432`);
  lines.push(`[${pid}] LOG:  listening on Unix socket "${SOCKET}"`, `[${startupPid}] LOG:  database system was shut down at ${formatPostgresTime(cluster.shutdownAt).replace(/\.\d+ UTC$/, " UTC")}`, `[${pid}] LOG:  database system is ready to accept connections`);
  return lines.map((l) => `${t} ${l}\n`).join("");
}

/** Marks a server running in this container: the socket file psql connects through (holding PGDATA) and postmaster.pid. */
function openSocket(ctx: AppContext, pgdata: string, pid: number): void {
  try {
    ctx.fs.mkdir("/var/run/postgresql", { recursive: true });
    ctx.fs.writeFile(SOCKET, pgdata);
    ctx.fs.writeFile(`${pgdata}/postmaster.pid`, `${pid}\n${pgdata}\n`);
  } catch {
    // A read-only directory: the real server would fail to create its lock file.
  }
}

/**
 * `pg_ctl -D dir [-o opts] [-m fast] -w start|stop`: the entrypoint's
 * temporary, socket-only server during initialization, with the server's
 * own log lines between pg_ctl's dots.
 */
export const runPgCtlApp: AppModel = (ctx) => {
  const args = ctx.argv.slice(1);
  const action = args.find((a) => ["start", "stop", "restart", "status"].includes(a));
  const pgdata = (option(args, "pgdata", "D") ?? ctx.env.PGDATA ?? "").replace(/\/$/, "");
  const cluster = readCluster(ctx.fs, pgdata);
  if (!action || !cluster) return undefined;
  const t = formatPostgresTime(ctx.engine.clock.now());
  if (action === "start") {
    ctx.out.out(`waiting for server to start....${formatStartLog(ctx, 48, 51, false, cluster)} done\nserver started\n`);
    openSocket(ctx, pgdata, 48);
    return { kind: "exit", code: 0 };
  }
  if (action === "stop") {
    // Simplification: the shutdown checkpoint's figures are a typical fresh cluster's.
    ctx.out.out(`waiting for server to shut down....${t} [48] LOG:  received fast shutdown request
${t} [48] LOG:  aborting any active transactions
${t} [48] LOG:  background worker "logical replication launcher" (PID 54) exited with exit code 1
${t} [49] LOG:  shutting down
${t} [49] LOG:  checkpoint starting: shutdown immediate
${t} [49] LOG:  checkpoint complete: wrote 921 buffers (5.6%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.026 s, sync=0.529 s, total=0.601 s; sync files=301, longest=0.006 s, average=0.002 s; distance=4238 kB, estimate=4238 kB; lsn=0/1908980, redo lsn=0/1908980
${t} [48] LOG:  database system is shut down
 done
server stopped
`);
    cluster.shutdownAt = ctx.engine.clock.now();
    writeCluster(ctx.fs, pgdata, cluster);
    for (const f of [SOCKET, `${pgdata}/postmaster.pid`]) if (ctx.fs.stat(f)) ctx.fs.remove(f);
    return { kind: "exit", code: 0 };
  }
  return undefined;
};

/**
 * `postgres [-c name=value] [-p port] [-C name]`: as root, or without a
 * cluster in PGDATA, the plain model prints the real refusals; otherwise
 * it logs its start and listens on 5432 (no HTTP: curl gets an empty reply).
 */
export const runPostgresApp: AppModel = (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.includes("--version") || args.includes("-V") || args.includes("--help")) return undefined;
  const pgdata = (option(args, "pgdata", "D") ?? ctx.env.PGDATA ?? "").replace(/\/$/, "");
  const cluster = readCluster(ctx.fs, pgdata);
  const root = ctx.user?.uid === 0;
  if (root || !pgdata || !cluster) return undefined;
  const shown = option(args, "C", "C");
  if (shown !== undefined) {
    ctx.out.out(`${shown === "password_encryption" ? "scram-sha-256" : shown === "port" ? "5432" : ""}\n`);
    return { kind: "exit", code: 0 };
  }
  ctx.out.err(formatStartLog(ctx, 1, 62, true, cluster));
  openSocket(ctx, pgdata, 1);
  return { kind: "serve", listens: [{ port: 5432, service: "postgres", config: { pgdata } }] };
};
