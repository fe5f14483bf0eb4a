/**
 * redis-server and redis-cli (redis/redis 7.4: src/server.c start-up log,
 * src/redis-cli.c reply formatting). The dataset lives in the server's
 * working directory as dump.rdb (the image's WORKDIR /data, a volume), so
 * a restarted container loads it again and a removed one loses it with its
 * anonymous volume, as with the real default save points and shutdown save.
 * Simplification: every write is saved at once (the real server saves on
 * its save points and at shutdown), and the file holds JSON after the RDB
 * magic instead of RDB's binary encoding.
 */
import type { PosixFileSystem } from "../../vfs/posix-types";
import type { AppModel } from "./types";
import { connectToServer, formatRedisTime, openRunningFs, readText } from "./app-support";
import { parseRedisCliArgs, splitRedisArgs } from "./redis-cli-parse";
import { dispatchRedisCommand, type RedisDataset, type RedisReply } from "./redis-store";

const MAGIC = "REDIS0012\0";

/** Reads the dataset from dump.rdb in `dir` (empty when there is none). */
export function readRedisDataset(fs: PosixFileSystem, dir: string): RedisDataset {
  const text = readText(fs, `${dir.replace(/\/$/, "")}/dump.rdb`);
  if (!text?.startsWith(MAGIC)) return { dbs: {} };
  try {
    const parsed = JSON.parse(text.slice(MAGIC.length)) as RedisDataset;
    return parsed && typeof parsed.dbs === "object" ? parsed : { dbs: {} };
  } catch {
    return { dbs: {} };
  }
}

/** Saves the dataset as the server process would: owned by the user it runs as (the data directory's owner after the entrypoint's chown), mode 0600 under the entrypoint's umask 0077. */
function writeDataset(fs: PosixFileSystem, dir: string, data: RedisDataset): void {
  const owner = fs.stat(dir);
  fs.writeFileWith(`${dir.replace(/\/$/, "")}/dump.rdb`, MAGIC + JSON.stringify(data), { mode: 0o600, uid: owner?.uid ?? 0, gid: owner?.gid ?? 0 });
}

/** `redis-server [config file] [--option value...]`: start-up lines, an RDB load if dump.rdb exists, then it serves on its port. */
export const runRedisServerApp: AppModel = (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === "-v" || args[0] === "--version" || args[0] === "-h" || args[0] === "--help") return undefined;
  const version = ctx.env.REDIS_VERSION ?? "7.4.2";
  const now = ctx.engine.clock.now();
  const t = formatRedisTime(now);
  const pid = ctx.container.state.Running ? 20 : 1;
  let port = 6379;
  let password: string | undefined;
  let file: string | undefined;
  const options: [string, string][] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith("--")) options.push([a.slice(2), args[i + 1] !== undefined && !(args[i + 1] as string).startsWith("--") ? (args[++i] as string) : ""]);
    else if (i === 0) file = a;
  }
  if (file !== undefined) {
    const text = readText(ctx.fs, file.startsWith("/") ? file : `${ctx.cwd.replace(/\/$/, "")}/${file}`);
    if (text === undefined) {
      ctx.out.err(`${pid}:C ${t} # Fatal error, can't open config file '${file}': No such file or directory\n`);
      return { kind: "exit", code: 1 };
    }
    for (const line of text.split("\n")) {
      const words = line.trim().split(/\s+/);
      if (words[0] && !words[0].startsWith("#")) options.unshift([words[0].toLowerCase(), words.slice(1).join(" ")]);
    }
  }
  for (const [name, value] of options) {
    if (name === "port") port = Number(value) || 6379;
    if (name === "requirepass") password = value;
  }
  const lines = [
    `${pid}:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
    `${pid}:C ${t} * Redis version=${version}, bits=64, commit=00000000, modified=0, pid=${pid}, just started`,
    args.length === 0 ? `${pid}:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use ${ctx.argv[0]} /path/to/redis.conf` : `${pid}:C ${t} * Configuration loaded`,
    `${pid}:M ${t} * monotonic clock: POSIX clock_gettime`,
    `${pid}:M ${t} * Running mode=standalone, port=${port}.`,
    `${pid}:M ${t} * Server initialized`,
  ];
  const dump = ctx.fs.stat(`${ctx.cwd.replace(/\/$/, "")}/dump.rdb`);
  if (dump) {
    const data = readRedisDataset(ctx.fs, ctx.cwd);
    const keys = Object.values(data.dbs).reduce((n, db) => n + Object.keys(db).length, 0);
    lines.push(
      `${pid}:M ${t} * Loading RDB produced by version ${version}`,
      `${pid}:M ${t} * RDB age ${Math.max(0, Math.round((now - dump.mtimeMs) / 1000))} seconds`,
      `${pid}:M ${t} * RDB memory usage when created 0.90 Mb`,
      `${pid}:M ${t} * Done loading RDB, keys loaded: ${keys}, keys expired: 0.`,
      `${pid}:M ${t} * DB loaded from disk: 0.000 seconds`,
    );
  }
  lines.push(`${pid}:M ${t} * Ready to accept connections tcp`);
  ctx.out.out(lines.map((l) => `${l}\n`).join(""));
  return { kind: "serve", listens: [{ port, service: "redis", config: { dir: ctx.cwd, ...(password !== undefined ? { requirepass: password } : {}) } }] };
};

/** A bulk string as redis-cli shows it on a terminal (sdscatrepr: quoted, escapes for control characters). */
function quote(text: string): string {
  let out = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === "\\" || c === '"') out += `\\${c}`;
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += c;
  }
  return `"${out}"`;
}

/** A reply in redis-cli's human format (cliFormatReplyTTY). */
export function formatRedisReplyTty(r: RedisReply, indent = ""): string {
  switch (r.kind) {
    case "status": return `${r.text}\n`;
    case "error": return `(error) ${r.text}\n`;
    case "integer": return `(integer) ${r.value}\n`;
    case "bulk": return r.value === null ? "(nil)\n" : `${quote(r.value)}\n`;
    case "array": {
      if (r.items.length === 0) return "(empty array)\n";
      const width = String(r.items.length).length;
      return r.items.map((item, i) => {
        const label = `${String(i + 1).padStart(width)}) `;
        const body = formatRedisReplyTty(item, indent + " ".repeat(label.length));
        return `${i === 0 ? "" : indent}${label}${body}`;
      }).join("");
    }
  }
}

/** A reply in redis-cli's raw format (cliFormatReplyRaw: values as they are, nil as an empty line). */
export function formatRedisReplyRaw(r: RedisReply): string {
  switch (r.kind) {
    case "status": case "error": return `${r.text}\n`;
    case "integer": return `${r.value}\n`;
    case "bulk": return `${r.value ?? ""}\n`;
    case "array": return r.items.map(formatRedisReplyRaw).join("");
  }
}

/**
 * `redis-cli [-h host] [-p port] [-a password] [-n db] [--raw] [command...]`:
 * connects (a container name on a shared user network, an IP, or the
 * container itself), sends the command, or each line of stdin, and prints
 * the replies: quoted and typed on a terminal (`docker exec -it`), raw
 * through a pipe (`docker exec` without -t). Connection failures exit 1;
 * error replies exit 0 unless -e.
 * Simplification: without a command and with no input it does not open its
 * interactive prompt.
 */
export const runRedisCliApp: AppModel = (ctx) => {
  const parsed = parseRedisCliArgs(ctx.argv.slice(1));
  if ("error" in parsed) {
    ctx.out.err(`${parsed.error}\n`);
    return { kind: "exit", code: 1 };
  }
  if (parsed.version) {
    ctx.out.out(`redis-cli ${ctx.env.REDIS_VERSION ?? "7.4.2"}\n`);
    return { kind: "exit", code: 0 };
  }
  if (parsed.password !== undefined) ctx.out.err("Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n");
  const lines = parsed.command.length > 0 ? [parsed.command] : (ctx.stdin?.() ?? "").split("\n").filter((l) => l.trim() !== "").map((l) => splitRedisArgs(l) ?? ["\0invalid"]);
  const server = connectToServer(ctx.engine, ctx.container, parsed.host, parsed.port);
  if (typeof server === "string" || server.listen.service !== "redis") {
    const why = server === "unresolved" ? "Name or service not known" : "Connection refused";
    ctx.out.err(`Could not connect to Redis at ${parsed.host}:${parsed.port}: ${why}\n`);
    return { kind: "exit", code: 1 };
  }
  const same = server.container === ctx.container;
  const opened = same ? undefined : openRunningFs(ctx.engine, server.container);
  const fs = same ? ctx.fs : opened?.fs;
  if (!fs) return { kind: "exit", code: 1 };
  const dir = typeof server.listen.config?.dir === "string" ? server.listen.config.dir : "/data";
  const data = readRedisDataset(fs, dir);
  const raw = parsed.raw ?? !ctx.isTerminal;
  let authed = server.listen.config?.requirepass === undefined || server.listen.config.requirepass === parsed.password;
  let db = parsed.db;
  let changed = false;
  let status = 0;
  for (const words of lines) {
    let reply: RedisReply;
    if (words[0] === "\0invalid") reply = { kind: "error", text: "Invalid argument(s)" };
    else if ((words[0] ?? "").toLowerCase() === "auth") {
      authed = words[words.length - 1] === server.listen.config?.requirepass;
      reply = authed ? { kind: "status", text: "OK" } : { kind: "error", text: "WRONGPASS invalid username-password pair or user is disabled." };
    } else if (!authed) reply = { kind: "error", text: "NOAUTH Authentication required." };
    else {
      const result = dispatchRedisCommand(data, db, words, ctx.engine.clock.now());
      reply = result.reply;
      changed ||= result.changed;
      if ((words[0] ?? "").toLowerCase() === "select" && reply.kind === "status") db = Number(words[1]);
    }
    ctx.out.out(raw ? formatRedisReplyRaw(reply) : formatRedisReplyTty(reply));
    if (reply.kind === "error" && parsed.exitOnError) status = 1;
  }
  if (changed) {
    try {
      writeDataset(fs, dir, data);
      opened?.commit();
    } catch {
      // An unwritable data directory: the real server reports failed background saves in its log.
    }
  }
  return { kind: "exit", code: status };
};
