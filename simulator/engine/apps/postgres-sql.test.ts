import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dispatchSql, type PgCluster, type PgSession } from "./postgres-exec";
import { parseSql, splitSqlStatements } from "./postgres-sql";
import { formatPsqlError, formatPsqlTable } from "./psql-format";
import { parsePsqlArgs } from "./psql";

function session(): PgSession {
  const cluster: PgCluster = { version: "17.4", roles: { postgres: { password: "x", superuser: true } }, databases: { postgres: { oid: 5, owner: "postgres", tables: {} } }, shutdownAt: 0 };
  return { cluster, database: "postgres", user: "postgres", now: Date.UTC(2025, 2, 1, 9), versionString: "17.4" };
}

function run(s: PgSession, sql: string) {
  const parsed = parseSql(sql);
  if ("message" in parsed) return { kind: "error" as const, message: parsed.message, at: parsed.at };
  return dispatchSql(parsed, s);
}

describe("SQL", () => {
  it("creates, fills and queries a table with PostgreSQL's tags", () => {
    const s = session();
    expect(run(s, "CREATE TABLE t (id serial PRIMARY KEY, name varchar(5) NOT NULL, ok boolean DEFAULT true);")).toEqual({ kind: "tag", tag: "CREATE TABLE" });
    expect(run(s, "insert into t (name) values ('a'), ('b')")).toEqual({ kind: "tag", tag: "INSERT 0 2" });
    expect(run(s, "select id, name, ok from t where id >= 2")).toMatchObject({ kind: "rows", rows: [[2, "b", true]], tag: "SELECT 1" });
    expect(run(s, "update t set name = name || 'x' where id = 1")).toEqual({ kind: "tag", tag: "UPDATE 1" });
    expect(run(s, "delete from t")).toEqual({ kind: "tag", tag: "DELETE 2" });
    expect(run(s, "select 7 / 2, 'a' || 'b' as ab")).toMatchObject({ kind: "rows", columns: [{ name: "?column?" }, { name: "ab" }], rows: [[3, "ab"]] });
  });

  it("errs in PostgreSQL's words with positions", () => {
    const s = session();
    expect(run(s, "select * from nope")).toEqual({ kind: "error", message: 'relation "nope" does not exist', at: 14 });
    expect(run(s, "selct 1")).toEqual({ kind: "error", message: 'syntax error at or near "selct"', at: 0 });
    expect(run(s, "select 1 +")).toEqual({ kind: "error", message: "syntax error at end of input", at: 10 });
    run(s, "create table t (n int, v varchar(2))");
    expect(run(s, "insert into t values ('x')")).toEqual({ kind: "error", message: 'invalid input syntax for type integer: "x"', at: 22 });
    expect(run(s, "insert into t (v) values ('abc')")).toEqual({ kind: "error", message: "value too long for type character varying(2)" });
    expect(run(s, "create table t (n int)")).toEqual({ kind: "error", message: 'relation "t" already exists' });
    expect(run(s, "select toString from t")).toEqual({ kind: "error", message: 'column "tostring" does not exist', at: 7 });
  });

  it("splits scripts at semicolons outside quotes", () => {
    expect(splitSqlStatements("select 'a;b'; select 2;\n")).toEqual(["select 'a;b';", " select 2;"]);
  });

  it("never throws on random input", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("select", "insert", "into", "values", "create", "table", "t", "(", ")", ",", "*", "'x'", '"', "1", "from", "where", "=", ";", " ", "--", "int", "drop", "update", "set", "toString"), { maxLength: 12 }), (words) => {
        const s = session();
        run(s, "create table t (a int, b text)");
        const result = run(s, words.join(" "));
        expect(["tag", "rows", "error"]).toContain(result.kind);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("psql", () => {
  it("prints aligned tables as psql does", () => {
    expect(formatPsqlTable({ columns: [{ name: "id", numeric: true }, { name: "name", numeric: false }], rows: [["1", "alice"], ["10", "bob"]], footer: true })).toBe(" id | name  \n----+-------\n  1 | alice\n 10 | bob\n(2 rows)\n\n");
    expect(formatPsqlTable({ columns: [{ name: "?column?", numeric: true }], rows: [["1"]], footer: true })).toBe(" ?column? \n----------\n        1\n(1 row)\n\n");
  });

  it("points at the error with LINE and a caret", () => {
    expect(formatPsqlError('relation "x" does not exist', "select * from x;", 14, undefined)).toBe('ERROR:  relation "x" does not exist\nLINE 1: select * from x;\n                      ^\n');
  });

  it("parses its options", () => {
    expect(parsePsqlArgs(["-U", "app", "-d", "shop", "-c", "select 1", "-h", "db"])).toMatchObject({ user: "app", db: "shop", host: "db", commands: ["select 1"] });
    expect(parsePsqlArgs(["-Uapp", "shop"])).toMatchObject({ user: "app", db: "shop" });
    expect(parsePsqlArgs(["-z"])).toEqual({ error: "invalid option -- 'z'" });
    expect(parsePsqlArgs(["-c"])).toEqual({ error: "option requires an argument -- 'c'" });
    fc.assert(fc.property(fc.array(fc.constantFrom("-U", "-c", "-d", "--dbname=x", "--bogus", "-t", "x", "-h", "--command"), { maxLength: 6 }), (args) => {
      parsePsqlArgs(args);
    }));
  });
});
