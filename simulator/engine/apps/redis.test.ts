import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRedisCliArgs, splitRedisArgs } from "./redis-cli-parse";
import { dispatchRedisCommand, matchRedisPattern, type RedisDataset } from "./redis-store";
import { formatRedisReplyRaw, formatRedisReplyTty } from "./redis";

const run = (data: RedisDataset, ...words: string[]) => dispatchRedisCommand(data, 0, words, 1000).reply;

describe("dispatchRedisCommand", () => {
  it("answers strings, counters, lists and hashes as Redis 7.4 does", () => {
    const data: RedisDataset = { dbs: {} };
    expect(run(data, "SET", "k", "v")).toEqual({ kind: "status", text: "OK" });
    expect(run(data, "get", "k")).toEqual({ kind: "bulk", value: "v" });
    expect(run(data, "GET", "nope")).toEqual({ kind: "bulk", value: null });
    expect(run(data, "INCR", "n")).toEqual({ kind: "integer", value: 1 });
    expect(run(data, "INCRBY", "n", "41")).toEqual({ kind: "integer", value: 42 });
    expect(run(data, "RPUSH", "l", "a", "b")).toEqual({ kind: "integer", value: 2 });
    expect(run(data, "LRANGE", "l", "0", "-1")).toEqual({ kind: "array", items: [{ kind: "bulk", value: "a" }, { kind: "bulk", value: "b" }] });
    expect(run(data, "HSET", "h", "f", "1")).toEqual({ kind: "integer", value: 1 });
    expect(run(data, "EXISTS", "k", "h", "zz")).toEqual({ kind: "integer", value: 2 });
    expect(run(data, "DEL", "k")).toEqual({ kind: "integer", value: 1 });
  });

  it("errs in Redis's words", () => {
    const data: RedisDataset = { dbs: {} };
    run(data, "SET", "s", "x");
    expect(run(data, "INCR", "s")).toEqual({ kind: "error", text: "ERR value is not an integer or out of range" });
    expect(run(data, "LPUSH", "s", "1")).toEqual({ kind: "error", text: "WRONGTYPE Operation against a key holding the wrong kind of value" });
    expect(run(data, "GET")).toEqual({ kind: "error", text: "ERR wrong number of arguments for 'get' command" });
    expect(run(data, "hello", "a", "b")).toEqual({ kind: "error", text: "ERR unknown command 'hello', with args beginning with: 'a' 'b' " });
    expect(run(data, "toString")).toEqual({ kind: "error", text: "ERR unknown command 'toString', with args beginning with: " });
  });

  it("expires keys by the clock", () => {
    const data: RedisDataset = { dbs: {} };
    dispatchRedisCommand(data, 0, ["SET", "k", "v", "EX", "10"], 0);
    expect(dispatchRedisCommand(data, 0, ["TTL", "k"], 1000).reply).toEqual({ kind: "integer", value: 9 });
    expect(dispatchRedisCommand(data, 0, ["GET", "k"], 10_000).reply).toEqual({ kind: "bulk", value: null });
  });

  it("matches KEYS patterns", () => {
    expect(matchRedisPattern("user:*", "user:1")).toBe(true);
    expect(matchRedisPattern("h?llo", "hallo")).toBe(true);
    expect(matchRedisPattern("h[ae]llo", "hillo")).toBe(false);
  });

  it("never throws on random commands", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom("SET", "GET", "INCR", "LPUSH", "LRANGE", "HSET", "SADD", "DEL", "KEYS", "EXPIRE", "TTL", "FLUSHDB", "__proto__", "constructor"), fc.string({ maxLength: 5 })), { maxLength: 6 }), (words) => {
        const data: RedisDataset = { dbs: {} };
        const { reply } = dispatchRedisCommand(data, 0, words, 0);
        expect(typeof formatRedisReplyTty(reply)).toBe("string");
        expect(typeof formatRedisReplyRaw(reply)).toBe("string");
      }),
      { numRuns: 500 },
    );
  });
});

describe("redis-cli formatting and parsing", () => {
  it("formats replies for a terminal and for a pipe", () => {
    const array = { kind: "array" as const, items: [{ kind: "bulk" as const, value: "a" }, { kind: "integer" as const, value: 2 }] };
    expect(formatRedisReplyTty(array)).toBe('1) "a"\n2) (integer) 2\n');
    expect(formatRedisReplyRaw(array)).toBe("a\n2\n");
    expect(formatRedisReplyTty({ kind: "array", items: [] })).toBe("(empty array)\n");
    expect(formatRedisReplyTty({ kind: "bulk", value: 'say "hi"\n' })).toBe('"say \\"hi\\"\\n"\n');
  });

  it("parses options up to the command", () => {
    expect(parseRedisCliArgs(["-h", "cache", "-p", "6380", "set", "k", "-v"])).toMatchObject({ host: "cache", port: 6380, command: ["set", "k", "-v"] });
    expect(parseRedisCliArgs(["-h"])).toEqual({ error: "Unrecognized option or bad number of args for: '-h'" });
  });

  it("splits input lines as sdssplitargs does", () => {
    expect(splitRedisArgs('set "a b" \'c\\\'d\' "\\x41\\n"')).toEqual(["set", "a b", "c'd", "A\n"]);
    expect(splitRedisArgs('set "open')).toBeUndefined();
    expect(splitRedisArgs('set "a"b')).toBeUndefined();
  });

  it("never throws on random arguments or lines", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("-h", "-p", "-a", "-n", "--raw", "-e", "x", " ", '"', "'", "\\", "x4") }), { maxLength: 6 }), (args) => {
        parseRedisCliArgs(args);
        splitRedisArgs(args.join(""));
      }),
      { numRuns: 500 },
    );
  });
});
