/**
 * A Redis keyspace and the commands redis-cli sends it (redis/redis:
 * src/t_string.c, t_list.c, t_hash.c, t_set.c, db.c, expire.c, server.c
 * for the reply shapes and error strings of Redis 7.4). Pure: the caller
 * loads and stores the dataset and supplies the time for expiries.
 */

/** One key's value, with its expiry time (ms) if it has one. */
export type RedisValue =
  | { type: "string"; value: string; expireAt?: number }
  | { type: "list"; value: string[]; expireAt?: number }
  | { type: "hash"; value: Record<string, string>; expireAt?: number }
  | { type: "set"; value: string[]; expireAt?: number };

/** The databases (0-15), plain JSON so the dataset can live in a file. */
export interface RedisDataset {
  dbs: Record<string, Record<string, RedisValue>>;
}

/** A RESP reply as redis-cli receives it. */
export type RedisReply =
  | { kind: "status"; text: string }
  | { kind: "error"; text: string }
  | { kind: "integer"; value: number }
  | { kind: "bulk"; value: string | null }
  | { kind: "array"; items: RedisReply[] };

const ok: RedisReply = { kind: "status", text: "OK" };
const nil: RedisReply = { kind: "bulk", value: null };
const int = (value: number): RedisReply => ({ kind: "integer", value });
const bulk = (value: string): RedisReply => ({ kind: "bulk", value });
const err = (text: string): RedisReply => ({ kind: "error", text });
const arr = (values: string[]): RedisReply => ({ kind: "array", items: values.map(bulk) });
const WRONGTYPE = err("WRONGTYPE Operation against a key holding the wrong kind of value");
const NOT_INT = err("ERR value is not an integer or out of range");
const SYNTAX = err("ERR syntax error");

/** Arity per command (server.c command table: negative = at least that many words, counting the name). */
const ARITY: Record<string, number> = {
  ping: -1, echo: 2, set: -3, get: 2, del: -2, exists: -2, incr: 2, decr: 2, incrby: 3, decrby: 3, keys: 2, expire: -3, ttl: 2, persist: 2,
  flushall: -1, flushdb: -1, dbsize: 1, append: 3, strlen: 2, mset: -3, mget: -2, setnx: 3, lpush: -3, rpush: -3, lrange: 4, llen: 2, lpop: -2,
  rpop: -2, hset: -4, hget: 3, hgetall: 2, hdel: -3, sadd: -3, smembers: 2, srem: -3, sismember: 3, type: 2, select: 2, quit: -1,
};

/** Glob matching of KEYS (util.c stringmatchlen: `*`, `?`, `[...]`, `\` escapes). */
export function matchRedisPattern(pattern: string, key: string): boolean {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "*") re += "[\\s\\S]*";
    else if (c === "?") re += "[\\s\\S]";
    else if (c === "\\" && i + 1 < pattern.length) re += (pattern[++i] as string).replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        const body = pattern.slice(i + 1, end).replace(/\\/g, "\\\\");
        re += body.startsWith("^") ? `[^${body.slice(1)}]` : `[${body || "\\s\\S"}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  }
  try {
    return new RegExp(`^${re}$`).test(key);
  } catch {
    return false;
  }
}

/** Parses a Redis integer argument (string2ll: optional sign, digits, within 64 bits as a JS safe integer). */
function parseInteger(text: string): number | undefined {
  if (!/^-?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * Runs one command against database `db` of `data` at time `now` (mutating
 * it); returns the reply and whether the dataset changed.
 */
export function dispatchRedisCommand(data: RedisDataset, db: number, words: string[], now: number): { reply: RedisReply; changed: boolean } {
  const [name = "", ...args] = words;
  const cmd = name.toLowerCase();
  const arity = Object.hasOwn(ARITY, cmd) ? (ARITY[cmd] as number) : undefined;
  if (arity === undefined) {
    const shown = args.slice(0, 20).map((a) => `'${a}' `).join("");
    return { reply: err(`ERR unknown command '${name}', with args beginning with: ${shown}`), changed: false };
  }
  if ((arity > 0 && words.length !== arity) || (arity < 0 && words.length < -arity)) return { reply: err(`ERR wrong number of arguments for '${cmd}' command`), changed: false };
  const keyspace = (data.dbs[String(db)] ??= {});
  // Lazy expiry (db.c expireIfNeeded): a key past its time is gone when touched.
  for (const [k, v] of Object.entries(keyspace)) if (v.expireAt !== undefined && v.expireAt <= now) delete keyspace[k];
  const get = (key: string): RedisValue | undefined => (Object.hasOwn(keyspace, key) ? keyspace[key] : undefined);
  let changed = false;
  const put = (key: string, value: RedisValue): void => {
    keyspace[key] = value;
    changed = true;
  };
  const done = (reply: RedisReply) => ({ reply, changed });
  const a0 = args[0] ?? "";
  switch (cmd) {
    case "ping": return done(args.length > 1 ? err("ERR wrong number of arguments for 'ping' command") : args.length === 1 ? bulk(a0) : { kind: "status", text: "PONG" });
    case "echo": return done(bulk(a0));
    case "quit": return done(ok);
    case "select": {
      const n = parseInteger(a0);
      if (n === undefined) return done(NOT_INT);
      return done(n < 0 || n > 15 ? err("ERR DB index is out of range") : ok);
    }
    case "set": {
      let expireAt: number | undefined;
      let nx = false;
      let xx = false;
      let getOld = false;
      for (let i = 2; i < args.length; i++) {
        const opt = (args[i] as string).toUpperCase();
        if (opt === "NX") nx = true;
        else if (opt === "XX") xx = true;
        else if (opt === "GET") getOld = true;
        else if ((opt === "EX" || opt === "PX") && args[i + 1] !== undefined) {
          const n = parseInteger(args[++i] as string);
          if (n === undefined) return done(NOT_INT);
          if (n <= 0) return done(err("ERR invalid expire time in 'set' command"));
          expireAt = now + (opt === "EX" ? n * 1000 : n);
        } else return done(SYNTAX);
      }
      if (nx && xx) return done(SYNTAX);
      const old = get(a0);
      if (getOld && old && old.type !== "string") return done(WRONGTYPE);
      if ((nx && old) || (xx && !old)) return done(getOld ? (old?.type === "string" ? bulk(old.value) : nil) : nil);
      put(a0, { type: "string", value: args[1] ?? "", ...(expireAt !== undefined ? { expireAt } : {}) });
      return done(getOld ? (old?.type === "string" ? bulk(old.value) : nil) : ok);
    }
    case "setnx": {
      if (get(a0)) return done(int(0));
      put(a0, { type: "string", value: args[1] ?? "" });
      return done(int(1));
    }
    case "get": {
      const v = get(a0);
      return done(!v ? nil : v.type === "string" ? bulk(v.value) : WRONGTYPE);
    }
    case "mget": return done({ kind: "array", items: args.map((k) => { const v = get(k); return v?.type === "string" ? bulk(v.value) : nil; }) });
    case "mset": {
      if (args.length % 2 !== 0) return done(err("ERR wrong number of arguments for 'mset' command"));
      for (let i = 0; i < args.length; i += 2) put(args[i] as string, { type: "string", value: args[i + 1] as string });
      return done(ok);
    }
    case "append": case "strlen": {
      const v = get(a0);
      if (v && v.type !== "string") return done(WRONGTYPE);
      if (cmd === "strlen") return done(int(v ? new TextEncoder().encode(v.value).length : 0));
      const value = (v?.value ?? "") + (args[1] ?? "");
      put(a0, { type: "string", value, ...(v?.expireAt !== undefined ? { expireAt: v.expireAt } : {}) });
      return done(int(new TextEncoder().encode(value).length));
    }
    case "incr": case "decr": case "incrby": case "decrby": {
      const by = cmd === "incr" ? 1 : cmd === "decr" ? -1 : parseInteger(args[1] ?? "");
      if (by === undefined) return done(NOT_INT);
      const v = get(a0);
      if (v && v.type !== "string") return done(WRONGTYPE);
      const current = v ? parseInteger(v.value) : 0;
      if (current === undefined) return done(NOT_INT);
      const next = current + (cmd === "decrby" ? -by : by);
      if (!Number.isSafeInteger(next)) return done(err("ERR increment or decrement would overflow"));
      put(a0, { type: "string", value: String(next), ...(v?.expireAt !== undefined ? { expireAt: v.expireAt } : {}) });
      return done(int(next));
    }
    case "del": case "exists": {
      let n = 0;
      for (const k of args) {
        if (!get(k)) continue;
        n++;
        if (cmd === "del") {
          delete keyspace[k];
          changed = true;
        }
      }
      return done(int(n));
    }
    case "keys": return done(arr(Object.keys(keyspace).filter((k) => matchRedisPattern(a0, k))));
    case "dbsize": return done(int(Object.keys(keyspace).length));
    case "flushdb": case "flushall": {
      if (args.length > 1 || (args[0] !== undefined && !/^(async|sync)$/i.test(a0))) return done(SYNTAX);
      if (cmd === "flushall") data.dbs = {};
      else data.dbs[String(db)] = {};
      return { reply: ok, changed: true };
    }
    case "type": return done({ kind: "status", text: get(a0)?.type ?? "none" });
    case "expire": {
      const secs = parseInteger(args[1] ?? "");
      if (secs === undefined) return done(NOT_INT);
      const v = get(a0);
      if (!v) return done(int(0));
      if (secs <= 0) delete keyspace[a0];
      else v.expireAt = now + secs * 1000;
      return { reply: int(1), changed: true };
    }
    case "ttl": {
      const v = get(a0);
      return done(int(!v ? -2 : v.expireAt === undefined ? -1 : Math.round((v.expireAt - now) / 1000)));
    }
    case "persist": {
      const v = get(a0);
      if (!v || v.expireAt === undefined) return done(int(0));
      delete v.expireAt;
      return { reply: int(1), changed: true };
    }
    case "lpush": case "rpush": {
      const v = get(a0);
      if (v && v.type !== "list") return done(WRONGTYPE);
      const list = v?.type === "list" ? v.value : [];
      for (const item of args.slice(1)) if (cmd === "lpush") list.unshift(item); else list.push(item);
      put(a0, { type: "list", value: list, ...(v?.expireAt !== undefined ? { expireAt: v.expireAt } : {}) });
      return done(int(list.length));
    }
    case "llen": case "lrange": case "lpop": case "rpop": {
      const v = get(a0);
      if (v && v.type !== "list") return done(WRONGTYPE);
      const list = v?.type === "list" ? v.value : [];
      if (cmd === "llen") return done(int(list.length));
      if (cmd === "lrange") {
        const start = parseInteger(args[1] ?? "");
        const stop = parseInteger(args[2] ?? "");
        if (start === undefined || stop === undefined) return done(NOT_INT);
        const s = start < 0 ? Math.max(0, list.length + start) : start;
        const e = stop < 0 ? list.length + stop : Math.min(stop, list.length - 1);
        return done(arr(s > e ? [] : list.slice(s, e + 1)));
      }
      if (!v) return done(nil);
      const item = cmd === "lpop" ? list.shift() : list.pop();
      if (list.length === 0) delete keyspace[a0];
      changed = true;
      return done(item === undefined ? nil : bulk(item));
    }
    case "hset": case "hget": case "hgetall": case "hdel": {
      const v = get(a0);
      if (v && v.type !== "hash") return done(WRONGTYPE);
      const hash = v?.type === "hash" ? v.value : {};
      if (cmd === "hget") return done(Object.hasOwn(hash, args[1] ?? "") ? bulk(hash[args[1] as string] as string) : nil);
      if (cmd === "hgetall") return done(arr(Object.entries(hash).flat()));
      if (cmd === "hdel") {
        let n = 0;
        for (const f of args.slice(1)) if (Object.hasOwn(hash, f)) { delete hash[f]; n++; }
        if (n > 0) changed = true;
        if (v && Object.keys(hash).length === 0) delete keyspace[a0];
        return done(int(n));
      }
      if ((args.length - 1) % 2 !== 0) return done(err("ERR wrong number of arguments for 'hset' command"));
      let added = 0;
      for (let i = 1; i < args.length; i += 2) {
        if (!Object.hasOwn(hash, args[i] as string)) added++;
        hash[args[i] as string] = args[i + 1] as string;
      }
      put(a0, { type: "hash", value: hash, ...(v?.expireAt !== undefined ? { expireAt: v.expireAt } : {}) });
      return done(int(added));
    }
    case "sadd": case "smembers": case "srem": case "sismember": {
      const v = get(a0);
      if (v && v.type !== "set") return done(WRONGTYPE);
      const set = v?.type === "set" ? v.value : [];
      if (cmd === "smembers") return done(arr(set));
      if (cmd === "sismember") return done(int(set.includes(args[1] ?? "") ? 1 : 0));
      let n = 0;
      for (const m of args.slice(1)) {
        const at = set.indexOf(m);
        if (cmd === "sadd" && at < 0) { set.push(m); n++; }
        if (cmd === "srem" && at >= 0) { set.splice(at, 1); n++; }
      }
      if (cmd === "sadd") put(a0, { type: "set", value: set, ...(v?.expireAt !== undefined ? { expireAt: v.expireAt } : {}) });
      else if (n > 0) {
        changed = true;
        if (set.length === 0) delete keyspace[a0];
      }
      return done(int(n));
    }
  }
  return done(err(`ERR unknown command '${name}'`));
}
