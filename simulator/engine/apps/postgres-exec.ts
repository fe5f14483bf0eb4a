/**
 * Runs parsed SQL (engine/apps/postgres-sql.ts) against a cluster's data:
 * tables with typed columns, serial defaults, NOT NULL and primary keys,
 * with PostgreSQL's command tags (`INSERT 0 1`, `SELECT 2`) and error
 * messages (src/backend/parser/parse_relation.c, utils/adt/int.c,
 * access/nbtree/nbtinsert.c, executor/execMain.c).
 */
import type { SqlExpr, SqlStatement } from "./postgres-sql";

/** A stored value. */
export type PgValue = string | number | boolean | null;

/** A column of a table. */
export interface PgColumn {
  name: string;
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  /** A serial column's next value (its sequence). */
  nextSerial?: number;
  default?: PgValue;
}

/** A table: its columns and rows. */
export interface PgTable {
  columns: PgColumn[];
  rows: PgValue[][];
}

/** A database: its oid and tables (schema public only). */
export interface PgDatabase {
  oid: number;
  owner: string;
  tables: Record<string, PgTable>;
}

/** What a cluster (PGDATA) holds, as plain JSON. */
export interface PgCluster {
  /** The server's version line: `17.4 (Debian 17.4-1.pgdg120+1)`. */
  version: string;
  roles: Record<string, { password: string; superuser: boolean }>;
  databases: Record<string, PgDatabase>;
  /** When the server last shut down cleanly (ms). */
  shutdownAt: number;
}

/** What one statement produced. */
export type PgResult =
  | { kind: "tag"; tag: string }
  | { kind: "rows"; columns: { name: string; numeric: boolean }[]; rows: PgValue[][]; tag: string }
  | { kind: "error"; message: string; at?: number; detail?: string };

/** The session a statement runs in. */
export interface PgSession {
  cluster: PgCluster;
  database: string;
  user: string;
  now: number;
  /** `PostgreSQL 17.4 (Debian …) on x86_64-pc-linux-gnu, compiled by …` for version(). */
  versionString: string;
}

class PgError {
  constructor(readonly message: string, readonly at?: number, readonly detail?: string) {}
}

const INT_TYPES = new Set(["int", "integer", "int4", "int2", "int8", "smallint", "bigint", "serial", "bigserial", "smallserial"]);
const NUM_TYPES = new Set(["numeric", "decimal", "real", "float", "float4", "float8", "double precision"]);
const baseType = (t: string): string => t.replace(/\(.*$/, "");

/** How a column type is named in messages (`integer`, `character varying(20)`). */
function typeName(t: string): string {
  const b = baseType(t);
  if (["int", "int4", "serial"].includes(b)) return "integer";
  if (["int8", "bigserial"].includes(b)) return "bigint";
  if (b === "varchar") return t.replace("varchar", "character varying");
  return t;
}

/** Formats a timestamp with time zone as PostgreSQL prints one in UTC: `2025-03-01 09:00:00.123+00`. */
function formatTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, "");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? `.${frac}` : ""}+00`;
}

/** Converts a value to a column's type as an INSERT's implicit cast does; throws PostgreSQL's error. */
function coerce(value: PgValue, col: PgColumn, at: number | undefined): PgValue {
  if (value === null) return null;
  const b = baseType(col.type);
  if (INT_TYPES.has(b)) {
    const n = typeof value === "number" ? value : typeof value === "string" && /^\s*[-+]?\d+\s*$/.test(value) ? Number(value) : NaN;
    if (typeof value === "boolean") throw new PgError(`column "${col.name}" is of type ${typeName(col.type)} but expression is of type boolean`, at);
    if (!Number.isFinite(n)) throw new PgError(`invalid input syntax for type ${typeName(col.type)}: "${String(value)}"`, at);
    return Math.round(n);
  }
  if (NUM_TYPES.has(b)) {
    const n = typeof value === "number" ? value : Number(value);
    if (typeof value === "boolean" || !Number.isFinite(n) || (typeof value === "string" && value.trim() === "")) throw new PgError(`invalid input syntax for type ${typeName(col.type)}: "${String(value)}"`, at);
    return n;
  }
  if (b === "boolean" || b === "bool") {
    if (typeof value === "boolean") return value;
    const s = String(value).trim().toLowerCase();
    if (["t", "true", "yes", "on", "1", "y"].includes(s)) return true;
    if (["f", "false", "no", "off", "0", "n"].includes(s)) return false;
    throw new PgError(`invalid input syntax for type boolean: "${String(value)}"`, at);
  }
  const text = typeof value === "boolean" ? (value ? "true" : "false") : String(value);
  const limit = /^(varchar|char|character|character varying)\((\d+)\)$/.exec(col.type);
  if (limit && text.length > Number(limit[2])) throw new PgError(`value too long for type ${typeName(col.type)}`);
  return text;
}

/** Evaluates an expression for one row (`row` maps column names to values). */
function evaluate(e: SqlExpr, s: PgSession, row: Record<string, PgValue> | undefined): PgValue {
  switch (e.k) {
    case "lit": return e.value;
    case "star": throw new PgError(`syntax error at or near "*"`, e.at);
    case "col":
      if (!row || !Object.hasOwn(row, e.name)) throw new PgError(`column "${e.name}" does not exist`, e.at);
      return row[e.name] as PgValue;
    case "neg": {
      const v = evaluate(e.a, s, row);
      return typeof v === "number" ? -v : v === null ? null : fail(`operator does not exist: - ${typeof v === "boolean" ? "boolean" : "text"}`, e.at);
    }
    case "not": {
      const v = evaluate(e.a, s, row);
      return v === null ? null : !v;
    }
    case "call": {
      const name = e.name.toLowerCase();
      if (name === "version") return `PostgreSQL ${s.versionString}`;
      if (name === "now" || name === "current_timestamp") return formatTimestamp(s.now);
      if (name === "current_date") return new Date(s.now).toISOString().slice(0, 10);
      if (name === "current_database") return s.database;
      if (name === "current_user") return s.user;
      if (name === "upper" || name === "lower" || name === "length") {
        const v = e.args[0] ? evaluate(e.args[0], s, row) : null;
        if (v === null) return null;
        return name === "upper" ? String(v).toUpperCase() : name === "lower" ? String(v).toLowerCase() : String(v).length;
      }
      throw new PgError(`function ${name}(${e.args.map(() => "unknown").join(", ")}) does not exist`, e.at, undefined);
    }
    case "bin": {
      const a = evaluate(e.a, s, row);
      if (e.op === "is null") return a === null;
      if (e.op === "is not null") return a !== null;
      const b = evaluate(e.b, s, row);
      if (e.op === "and") return a === false || b === false ? false : a === null || b === null ? null : true;
      if (e.op === "or") return a === true || b === true ? true : a === null || b === null ? null : false;
      if (a === null || b === null) return null;
      if (e.op === "||") return `${String(a)}${String(b)}`;
      if (["+", "-", "*", "/", "%"].includes(e.op)) {
        const x = typeof a === "number" ? a : Number(a);
        const y = typeof b === "number" ? b : Number(b);
        if (!Number.isFinite(x) || !Number.isFinite(y) || typeof a === "boolean" || typeof b === "boolean") return fail(`invalid input syntax for type integer: "${String(typeof a === "number" ? b : a)}"`, e.at);
        if ((e.op === "/" || e.op === "%") && y === 0) return fail("division by zero");
        const ints = Number.isInteger(x) && Number.isInteger(y);
        return e.op === "+" ? x + y : e.op === "-" ? x - y : e.op === "*" ? x * y : e.op === "%" ? x % y : ints ? Math.trunc(x / y) : x / y;
      }
      const cmp = typeof a === "number" && typeof b !== "number" ? a - Number(b) : typeof b === "number" && typeof a !== "number" ? Number(a) - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : typeof a === "number" && typeof b === "number" ? a - b : 0;
      const c = typeof a === "number" && typeof b === "number" ? a - b : cmp;
      return e.op === "=" ? c === 0 : e.op === "<>" ? c !== 0 : e.op === "<" ? c < 0 : e.op === ">" ? c > 0 : e.op === "<=" ? c <= 0 : c >= 0;
    }
  }
}

function fail(message: string, at?: number): never {
  throw new PgError(message, at);
}

/** The output column name PostgreSQL gives an expression (FigureColname: the column or function name, else ?column?). */
function columnName(e: SqlExpr): string {
  if (e.k === "col") return e.name;
  if (e.k === "call") return e.name.toLowerCase();
  if (e.k === "lit" && typeof e.value === "boolean") return "bool";
  return "?column?";
}

function findTable(s: PgSession, name: string, at: number): PgTable {
  const db = s.cluster.databases[s.database];
  const t = db && Object.hasOwn(db.tables, name) ? db.tables[name] : undefined;
  if (!t) throw new PgError(`relation "${name}" does not exist`, at);
  return t;
}

const rowRecord = (t: PgTable, r: PgValue[]): Record<string, PgValue> => Object.fromEntries(t.columns.map((c, i) => [c.name, r[i] ?? null]));
const rowText = (r: PgValue[]): string => r.map((v) => (v === null ? "null" : typeof v === "boolean" ? (v ? "t" : "f") : String(v))).join(", ");

function runStatement(st: SqlStatement, s: PgSession): PgResult {
  switch (st.k) {
    case "empty": return { kind: "tag", tag: "" };
    case "select": {
      const table = st.from ? findTable(s, st.from.name, st.from.at) : undefined;
      let source: Record<string, PgValue>[] = table ? table.rows.map((r) => rowRecord(table, r)) : [{}];
      const firstRow = source[0];
      if (st.where) source = source.filter((r) => evaluate(st.where as SqlExpr, s, table ? r : undefined) === true);
      else if (table && firstRow === undefined) source = [];
      // Column references resolve at parse analysis, before any row is read (parse_relation.c errorMissingColumn).
      const known = new Set(table?.columns.map((c) => c.name) ?? []);
      const check = (e: SqlExpr): void => {
        if (e.k === "col" && !known.has(e.name)) throw new PgError(`column "${e.name}" does not exist`, e.at);
        if (e.k === "bin") { check(e.a); check(e.b); }
        if (e.k === "not" || e.k === "neg") check(e.a);
        if (e.k === "call") e.args.forEach(check);
      };
      [...st.items.map((i) => i.expr), ...(st.where ? [st.where] : []), ...(st.orderBy ?? []).map((o) => o.expr)].forEach(check);
      const items = st.items.flatMap((it) => (it.expr.k === "star" ? (table ? table.columns.map((c) => ({ expr: { k: "col", name: c.name, at: it.expr.at } as SqlExpr, alias: c.name })) : fail("SELECT * with no tables specified is not valid", it.expr.at)) : [it]));
      const counting = items.some((it) => it.expr.k === "call" && it.expr.name.toLowerCase() === "count");
      if (st.orderBy) {
        const keys = st.orderBy;
        source = [...source].sort((x, y) => {
          for (const o of keys) {
            const a = evaluate(o.expr, s, table ? x : undefined);
            const b = evaluate(o.expr, s, table ? y : undefined);
            const c = a === b ? 0 : a === null ? 1 : b === null ? -1 : typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : 1;
            if (c !== 0) return o.desc ? -c : c;
          }
          return 0;
        });
      }
      let rows: PgValue[][] = counting ? [items.map((it) => (it.expr.k === "call" && it.expr.name.toLowerCase() === "count" ? source.length : evaluate(it.expr, s, table ? source[0] : undefined)))] : source.map((r) => items.map((it) => evaluate(it.expr, s, table ? r : undefined)));
      if (!table && !counting && st.where === undefined) rows = [items.map((it) => evaluate(it.expr, s, undefined))];
      if (st.limit !== undefined) rows = rows.slice(0, st.limit);
      const columns = items.map((it, i) => ({ name: it.alias ?? columnName(it.expr), numeric: rows.length > 0 ? rows.every((r) => r[i] === null || typeof r[i] === "number") && rows.some((r) => typeof r[i] === "number") : it.expr.k === "col" && table ? INT_TYPES.has(baseType(table.columns.find((c) => c.name === (it.expr as { name: string }).name)?.type ?? "")) : false }));
      return { kind: "rows", columns, rows, tag: `SELECT ${rows.length}` };
    }
    case "create-table": {
      const db = s.cluster.databases[s.database] as PgDatabase;
      if (Object.hasOwn(db.tables, st.name)) {
        if (st.ifNotExists) return { kind: "tag", tag: "CREATE TABLE" };
        throw new PgError(`relation "${st.name}" already exists`);
      }
      const seen = new Set<string>();
      const columns = st.columns.map((c): PgColumn => {
        if (seen.has(c.name)) throw new PgError(`column "${c.name}" specified more than once`);
        seen.add(c.name);
        const serial = /serial$/.test(c.type);
        const col: PgColumn = { name: c.name, type: c.type, notNull: c.notNull || serial, primaryKey: c.primaryKey, ...(serial ? { nextSerial: 1 } : {}) };
        if (c.default) col.default = coerce(evaluate(c.default, s, undefined), col, undefined);
        return col;
      });
      db.tables[st.name] = { columns, rows: [] };
      return { kind: "tag", tag: "CREATE TABLE" };
    }
    case "drop-table": {
      const db = s.cluster.databases[s.database] as PgDatabase;
      for (const n of st.names) {
        if (!Object.hasOwn(db.tables, n.name)) {
          if (st.ifExists) continue;
          throw new PgError(`table "${n.name}" does not exist`);
        }
        delete db.tables[n.name];
      }
      return { kind: "tag", tag: "DROP TABLE" };
    }
    case "insert": {
      const table = findTable(s, st.table.name, st.table.at);
      const targets = (st.columns ?? table.columns.map((c) => ({ name: c.name, at: st.table.at }))).map((c) => {
        const i = table.columns.findIndex((col) => col.name === c.name);
        if (i < 0) throw new PgError(`column "${c.name}" of relation "${st.table.name}" does not exist`, c.at);
        return i;
      });
      const added: PgValue[][] = [];
      for (const values of st.rows) {
        if (values.length > targets.length) throw new PgError("INSERT has more expressions than target columns", values[targets.length]?.at);
        const row: PgValue[] = table.columns.map((c) => (c.nextSerial !== undefined ? null : (c.default ?? null)));
        values.forEach((v, j) => {
          const i = targets[j] as number;
          row[i] = coerce(evaluate(v, s, undefined), table.columns[i] as PgColumn, v.at);
        });
        table.columns.forEach((c, i) => {
          if (c.nextSerial !== undefined && !targets.slice(0, values.length).includes(i)) row[i] = c.nextSerial++;
        });
        table.columns.forEach((c, i) => {
          if (c.notNull && row[i] === null) throw new PgError(`null value in column "${c.name}" of relation "${st.table.name}" violates not-null constraint`, undefined, `Failing row contains (${rowText(row)}).`);
          if (c.primaryKey && [...table.rows, ...added].some((r) => r[i] === row[i])) throw new PgError(`duplicate key value violates unique constraint "${st.table.name}_pkey"`, undefined, `Key (${c.name})=(${rowText([row[i] ?? null])}) already exists.`);
        });
        added.push(row);
      }
      table.rows.push(...added);
      return { kind: "tag", tag: `INSERT 0 ${added.length}` };
    }
    case "update": case "delete": {
      const table = findTable(s, st.table.name, st.table.at);
      const hit = (r: PgValue[]): boolean => !st.where || evaluate(st.where, s, rowRecord(table, r)) === true;
      if (st.k === "delete") {
        const before = table.rows.length;
        table.rows = table.rows.filter((r) => !hit(r));
        return { kind: "tag", tag: `DELETE ${before - table.rows.length}` };
      }
      let n = 0;
      table.rows = table.rows.map((r) => {
        if (!hit(r)) return r;
        n++;
        const next = [...r];
        for (const set of st.sets) {
          const i = table.columns.findIndex((c) => c.name === set.name);
          if (i < 0) throw new PgError(`column "${set.name}" of relation "${st.table.name}" does not exist`, set.at);
          next[i] = coerce(evaluate(set.value, s, rowRecord(table, r)), table.columns[i] as PgColumn, set.value.at);
        }
        return next;
      });
      return { kind: "tag", tag: `UPDATE ${n}` };
    }
    case "create-database": {
      if (Object.hasOwn(s.cluster.databases, st.name)) throw new PgError(`database "${st.name}" already exists`);
      const oid = Math.max(16383, ...Object.values(s.cluster.databases).map((d) => d.oid)) + 1;
      s.cluster.databases[st.name] = { oid, owner: s.user, tables: {} };
      return { kind: "tag", tag: "CREATE DATABASE" };
    }
    case "drop-database": {
      if (!Object.hasOwn(s.cluster.databases, st.name)) {
        if (st.ifExists) return { kind: "tag", tag: "DROP DATABASE" };
        throw new PgError(`database "${st.name}" does not exist`);
      }
      if (st.name === s.database) throw new PgError("cannot drop the currently open database");
      delete s.cluster.databases[st.name];
      return { kind: "tag", tag: "DROP DATABASE" };
    }
  }
}

/** Runs one parsed statement; errors come back as results, never as exceptions. */
export function dispatchSql(st: SqlStatement, s: PgSession): PgResult {
  try {
    return runStatement(st, s);
  } catch (e) {
    if (e instanceof PgError) return { kind: "error", message: e.message, ...(e.at !== undefined ? { at: e.at } : {}), ...(e.detail ? { detail: e.detail } : {}) };
    throw e;
  }
}
