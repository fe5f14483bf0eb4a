/**
 * psql, PostgreSQL's terminal client (src/bin/psql: startup.c options,
 * command.c meta-commands, describe.c \l \dt \d, common.c results), against
 * the server of this container (its Unix socket) or another on a shared
 * network (`-h db`), with libpq's connection errors.
 * Simplification: there is no interactive prompt; commands come from -c,
 * -f or standard input. A password is taken from PGPASSWORD only.
 */
import type { PosixFileSystem } from "../../vfs/posix-types";
import type { AppContext, AppModel } from "./types";
import { connectToServer, openRunningFs, readText } from "./app-support";
import { describeServerVersion, readCluster, writeCluster } from "./postgres";
import { dispatchSql, type PgCluster, type PgSession, type PgValue } from "./postgres-exec";
import { parseSql, splitSqlStatements } from "./postgres-sql";
import { formatPsqlError, formatPsqlTable } from "./psql-format";

const SOCKET = "/var/run/postgresql/.s.PGSQL.5432";

interface PsqlOptions {
  user?: string;
  db?: string;
  host?: string;
  port: number;
  commands: string[];
  file?: string;
  tuplesOnly: boolean;
  stopOnError: boolean;
  version: boolean;
}

/** psql's getopt_long options (startup.c parse_psql_options); the first two plain words are the database and user. */
export function parsePsqlArgs(args: readonly string[]): PsqlOptions | { error: string } {
  const o: PsqlOptions = { port: 5432, commands: [], tuplesOnly: false, stopOnError: false, version: false };
  const longs: Record<string, string> = { username: "U", dbname: "d", host: "h", port: "p", command: "c", file: "f", set: "v", variable: "v" };
  const withValue = new Set(["U", "d", "h", "p", "c", "f", "v"]);
  const plain: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    let flag: string;
    let value: string | undefined;
    if (a.startsWith("--")) {
      const [name = "", inline] = a.slice(2).split(/=(.*)/s, 2);
      if (name === "version") { o.version = true; continue; }
      if (name === "tuples-only") { o.tuplesOnly = true; continue; }
      if (["no-psqlrc", "no-password", "quiet", "no-align", "echo-all"].includes(name)) continue;
      if (!Object.hasOwn(longs, name)) return { error: `unrecognized option '${a}'` };
      flag = longs[name] as string;
      value = inline ?? args[++i];
      if (value === undefined) return { error: `option '--${name}' requires an argument` };
    } else if (a.startsWith("-") && a.length > 1) {
      flag = a[1] as string;
      if (flag === "V") { o.version = true; continue; }
      if (flag === "t") { o.tuplesOnly = true; continue; }
      if ("XwqAa".includes(flag)) continue;
      if (!withValue.has(flag)) return { error: `invalid option -- '${flag}'` };
      value = a.length > 2 ? a.slice(2) : args[++i];
      if (value === undefined) return { error: `option requires an argument -- '${flag}'` };
    } else {
      plain.push(a);
      continue;
    }
    if (flag === "U") o.user = value;
    else if (flag === "d") o.db = value;
    else if (flag === "h") o.host = value;
    else if (flag === "p") o.port = Number(value) || 5432;
    else if (flag === "c") o.commands.push(value);
    else if (flag === "f") o.file = value;
    else if (flag === "v" && /^ON_ERROR_STOP=(1|on|true)$/i.test(value)) o.stopOnError = true;
  }
  if (plain[0] !== undefined) o.db ??= plain[0];
  if (plain[1] !== undefined) o.user ??= plain[1];
  return o;
}

/** Where psql connected: the server's file system and its PGDATA, and how libpq names the connection in errors. */
interface Connection {
  fs: PosixFileSystem;
  pgdata: string;
  commit(): void;
  describe: string;
  remote: boolean;
}

function connect(ctx: AppContext, o: PsqlOptions): Connection | string {
  if (o.host === undefined || o.host === "" || o.host.startsWith("/")) {
    const describe = `connection to server on socket "${SOCKET}" failed`;
    const pgdata = readText(ctx.fs, SOCKET);
    if (pgdata === undefined) return `${describe}: No such file or directory\n\tIs the server running locally and accepting connections on that socket?`;
    return { fs: ctx.fs, pgdata, commit: () => undefined, describe, remote: false };
  }
  const server = connectToServer(ctx.engine, ctx.container, o.host, o.port);
  if (server === "unresolved") return `could not translate host name "${o.host}" to address: Name or service not known`;
  const address = typeof server === "string" ? undefined : server.address;
  const describe = `connection to server at "${o.host}"${address ? ` (${address})` : ""}, port ${o.port} failed`;
  if (typeof server === "string" || server.listen.service !== "postgres") return `${describe}: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?`;
  const same = server.container === ctx.container;
  const opened = same ? undefined : openRunningFs(ctx.engine, server.container);
  const fs = same ? ctx.fs : opened?.fs;
  if (!fs) return `${describe}: Connection refused`;
  return { fs, pgdata: typeof server.listen.config?.pgdata === "string" ? server.listen.config.pgdata : "/var/lib/postgresql/data", commit: () => opened?.commit(), describe, remote: true };
}

/** The method pg_hba.conf's last `host all all all` line names (the entrypoint appends one). */
function hostAuthMethod(fs: PosixFileSystem, pgdata: string): string {
  const lines = (readText(fs, `${pgdata}/pg_hba.conf`) ?? "").split("\n").map((l) => l.trim().split(/\s+/)).filter((f) => f[0] === "host" && f[3] === "all");
  return lines[lines.length - 1]?.[4] ?? "scram-sha-256";
}

const show = (v: PgValue): string => (v === null ? "" : typeof v === "boolean" ? (v ? "t" : "f") : String(v));

/** Runs one meta-command (`\l`, `\dt`, `\d name`, `\c db`, `\conninfo`, `\q`); returns output text, an error, or quit. */
function runMeta(line: string, s: PgSession, o: PsqlOptions): { out?: string; err?: string; quit?: boolean } {
  const [cmd = "", arg] = line.trim().split(/\s+/);
  const cluster = s.cluster;
  if (cmd === "\\q") return { quit: true };
  if (cmd === "\\l" || cmd === "\\list") {
    const rows = Object.entries(cluster.databases).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, db]) => [name, db.owner, "UTF8", "libc", "en_US.utf8", "en_US.utf8", "", "", name.startsWith("template") ? `=c/${db.owner}\n${db.owner}=CTc/${db.owner}` : ""]);
    const localeHeader = Number(describeServerVersion({ PG_VERSION: cluster.version.replace(/ .*/, "") }).major) >= 17 ? "Locale" : "ICU Locale";
    const columns = ["Name", "Owner", "Encoding", "Locale Provider", "Collate", "Ctype", localeHeader, "ICU Rules", "Access privileges"].map((name) => ({ name, numeric: false }));
    return { out: formatPsqlTable({ title: "List of databases", columns, rows, footer: true }, o.tuplesOnly) };
  }
  if (cmd === "\\dt" || cmd === "\\d") {
    const tables = cluster.databases[s.database]?.tables ?? {};
    if (cmd === "\\d" && arg) {
      const t = Object.hasOwn(tables, arg) ? tables[arg] : undefined;
      if (!t) return { err: `Did not find any relation named "${arg}".\n` };
      const typeName = (c: string): string => ({ serial: "integer", int: "integer", int4: "integer", bigserial: "bigint", int8: "bigint", varchar: "character varying", bool: "boolean" })[c.replace(/\(.*$/, "")]?.concat(c.includes("(") ? c.slice(c.indexOf("(")) : "") ?? c;
      const rows = t.columns.map((c) => [c.name, typeName(c.type), "", c.notNull ? "not null" : "", c.nextSerial !== undefined ? `nextval('${arg}_${c.name}_seq'::regclass)` : c.default !== undefined ? show(c.default ?? null) : ""]);
      const pk = t.columns.filter((c) => c.primaryKey).map((c) => c.name);
      const table = formatPsqlTable({ title: `Table "public.${arg}"`, columns: ["Column", "Type", "Collation", "Nullable", "Default"].map((name) => ({ name, numeric: false })), rows, footer: false }).replace(/\n$/, "");
      return { out: `${table}${pk.length ? `Indexes:\n    "${arg}_pkey" PRIMARY KEY, btree (${pk.join(", ")})\n` : ""}\n` };
    }
    const names = Object.keys(tables).sort();
    if (names.length === 0) return { err: "Did not find any relations.\n" };
    const owner = cluster.databases[s.database]?.owner ?? s.user;
    return { out: formatPsqlTable({ title: "List of relations", columns: ["Schema", "Name", "Type", "Owner"].map((name) => ({ name, numeric: false })), rows: names.map((n) => ["public", n, "table", owner]), footer: true }, o.tuplesOnly) };
  }
  if (cmd === "\\c" || cmd === "\\connect") {
    if (arg && !Object.hasOwn(cluster.databases, arg)) return { err: `connection to server on socket "${SOCKET}" failed: FATAL:  database "${arg}" does not exist\nPrevious connection kept\n` };
    if (arg) s.database = arg;
    return { out: `You are now connected to database "${s.database}" as user "${s.user}".\n` };
  }
  if (cmd === "\\conninfo") return { out: `You are connected to database "${s.database}" as user "${s.user}" via socket in "/var/run/postgresql" at port "5432".\n` };
  return { err: `invalid command ${cmd}\nTry \\? for help.\n` };
}

/**
 * `psql [-h host] [-p port] [-U user] [-d db] [-c sql]... [-f file] [-t]`:
 * connects (the user defaults to the OS user, so root inside the container
 * is refused as a role), runs each command and prints results as psql
 * does; exit 2 when it cannot connect, 1 when a -c command fails, 3 when
 * ON_ERROR_STOP stops a script.
 */
export const runPsqlApp: AppModel = (ctx) => {
  const o = parsePsqlArgs(ctx.argv.slice(1));
  if ("error" in o) {
    ctx.out.err(`psql: ${o.error}\npsql: hint: Try "psql --help" for more information.\n`);
    return { kind: "exit", code: 1 };
  }
  const version = describeServerVersion(ctx.env);
  if (o.version) {
    ctx.out.out(`psql (PostgreSQL) ${version.short}\n`);
    return { kind: "exit", code: 0 };
  }
  const user = o.user ?? ctx.env.PGUSER ?? ctx.user?.name ?? "root";
  const dbName = o.db ?? ctx.env.PGDATABASE ?? user;
  const conn = connect(ctx, o);
  if (typeof conn === "string") {
    ctx.out.err(`psql: error: ${conn}\n`);
    return { kind: "exit", code: 2 };
  }
  const cluster: PgCluster | undefined = readCluster(conn.fs, conn.pgdata);
  const fatal = (message: string) => {
    ctx.out.err(`psql: error: ${conn.describe}: ${message}\n`);
    return { kind: "exit" as const, code: 2 };
  };
  if (!cluster) return fatal("Connection refused");
  const role = Object.hasOwn(cluster.roles, user) ? cluster.roles[user] : undefined;
  if (conn.remote && hostAuthMethod(conn.fs, conn.pgdata) !== "trust") {
    const password = ctx.env.PGPASSWORD;
    if (password === undefined) return fatal("fe_sendauth: no password supplied");
    if (!role || role.password !== password) return fatal(`FATAL:  password authentication failed for user "${user}"`);
  }
  if (!role) return fatal(`FATAL:  role "${user}" does not exist`);
  if (!Object.hasOwn(cluster.databases, dbName)) return fatal(`FATAL:  database "${dbName}" does not exist`);
  const session: PgSession = { cluster, database: dbName, user, now: ctx.engine.clock.now(), versionString: version.full };
  const fromCommand = o.commands.length > 0;
  const input = fromCommand ? "" : o.file !== undefined && o.file !== "-" ? readText(ctx.fs, o.file.startsWith("/") ? o.file : `${ctx.cwd.replace(/\/$/, "")}/${o.file}`) : (ctx.stdin?.() ?? "");
  if (input === undefined) {
    ctx.out.err(`psql: error: ${o.file}: No such file or directory\n`);
    return { kind: "exit", code: 1 };
  }
  const source = o.file !== undefined && o.file !== "-" ? o.file : "<stdin>";
  let status = 0;
  const runSql = (text: string, line: number): boolean => {
    for (const statement of splitSqlStatements(text)) {
      const trimmed = statement.trim();
      if (trimmed === "" || trimmed === ";") continue;
      const parsed = parseSql(trimmed);
      const result = "message" in parsed ? { kind: "error" as const, message: parsed.message, at: parsed.at, detail: undefined } : dispatchSql(parsed, session);
      if (result.kind === "error") {
        ctx.out.err(formatPsqlError(result.message, trimmed, result.at, result.detail, fromCommand ? "" : `psql:${source}:${line}: `));
        return false;
      }
      if (result.kind === "rows") ctx.out.out(formatPsqlTable({ columns: result.columns, rows: result.rows.map((r) => r.map(show)), footer: true }, o.tuplesOnly));
      else if (result.tag) ctx.out.out(`${result.tag}\n`);
    }
    return true;
  };
  if (fromCommand) {
    for (const c of o.commands) {
      const ok = c.trim().startsWith("\\") ? (() => { const r = runMeta(c, session, o); if (r.out) ctx.out.out(r.out); if (r.err) ctx.out.err(r.err); return !r.err; })() : runSql(c, 1);
      if (!ok) {
        status = 1;
        break;
      }
    }
  } else {
    if (ctx.isTerminal && input === "") ctx.out.out(`psql (${version.short})\nType "help" for help.\n\n`);
    let buffer = "";
    let startLine = 1;
    const lines = input.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (buffer.trim() === "" && line.trim().startsWith("\\")) {
        const r = runMeta(line, session, o);
        if (r.out) ctx.out.out(r.out);
        if (r.err) ctx.out.err(`psql:${source}:${i + 1}: ${r.err}`);
        if (r.quit) break;
        continue;
      }
      if (buffer.trim() === "") startLine = i + 1;
      buffer += `${line}\n`;
      if (splitSqlStatements(buffer).some((s) => s.trim().endsWith(";"))) {
        const ok = runSql(buffer, startLine);
        buffer = "";
        if (!ok && o.stopOnError) {
          status = 3;
          break;
        }
      }
    }
    if (status === 0 && buffer.trim() !== "") runSql(buffer, startLine);
  }
  writeCluster(conn.fs, conn.pgdata, cluster);
  conn.commit();
  return { kind: "exit", code: status };
};
