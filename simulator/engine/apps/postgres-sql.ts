/**
 * The SQL a learner types into psql, parsed as PostgreSQL's grammar
 * (src/backend/parser/scan.l, gram.y) reads the part of it modelled here:
 * SELECT of expressions with FROM/WHERE/ORDER BY/LIMIT, CREATE/DROP TABLE,
 * INSERT … VALUES, UPDATE, DELETE, CREATE/DROP DATABASE. Errors carry the
 * offset of the offending token, for psql's `LINE 1: …` and caret.
 */

/** A lexical token with its offset in the statement text. */
export interface SqlToken {
  kind: "word" | "quoted" | "number" | "string" | "op" | "end";
  text: string;
  at: number;
}

/** A parse failure: PostgreSQL's message and the offset it points at (undefined: no position). */
export interface SqlError {
  message: string;
  at?: number;
}

/** An expression. */
export type SqlExpr =
  | { k: "lit"; value: string | number | boolean | null; at: number }
  | { k: "col"; name: string; at: number }
  | { k: "star"; at: number }
  | { k: "call"; name: string; args: SqlExpr[]; star?: boolean; at: number }
  | { k: "bin"; op: string; a: SqlExpr; b: SqlExpr; at: number }
  | { k: "not"; a: SqlExpr; at: number }
  | { k: "neg"; a: SqlExpr; at: number };

/** A column definition of CREATE TABLE. */
export interface SqlColumnDef {
  name: string;
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  default?: SqlExpr;
}

/** One statement. */
export type SqlStatement =
  | { k: "select"; items: { expr: SqlExpr; alias?: string }[]; from?: { name: string; at: number }; where?: SqlExpr; orderBy?: { expr: SqlExpr; desc: boolean }[]; limit?: number }
  | { k: "create-table"; name: string; ifNotExists: boolean; columns: SqlColumnDef[] }
  | { k: "drop-table"; names: { name: string; at: number }[]; ifExists: boolean }
  | { k: "insert"; table: { name: string; at: number }; columns?: { name: string; at: number }[]; rows: SqlExpr[][] }
  | { k: "update"; table: { name: string; at: number }; sets: { name: string; value: SqlExpr; at: number }[]; where?: SqlExpr }
  | { k: "delete"; table: { name: string; at: number }; where?: SqlExpr }
  | { k: "create-database"; name: string; at: number }
  | { k: "drop-database"; name: string; ifExists: boolean; at: number }
  | { k: "empty" };

const KEYWORDS = new Set(["select", "from", "where", "and", "or", "not", "order", "by", "limit", "as", "asc", "desc", "null", "true", "false", "is", "insert", "into", "values", "create", "table", "drop", "if", "exists", "update", "set", "delete", "database", "primary", "key", "default"]);

/** Splits SQL into tokens (scan.l: identifiers fold to lower case unless double-quoted; '' doubles a quote). */
export function tokenizeSql(text: string): SqlToken[] | SqlError {
  const out: SqlToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) i++;
    else if (c === "-" && text[i + 1] === "-") while (i < text.length && text[i] !== "\n") i++;
    else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(text.slice(i)) as RegExpExecArray;
      out.push({ kind: "word", text: m[0].toLowerCase(), at: i });
      i += m[0].length;
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(text[i + 1] ?? ""))) {
      const m = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(text.slice(i)) as RegExpExecArray;
      out.push({ kind: "number", text: m[0], at: i });
      i += m[0].length;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let value = "";
      for (;;) {
        if (j >= text.length) return { message: c === "'" ? "unterminated quoted string at or near " + `"${text.slice(i)}"` : "unterminated quoted identifier at or near " + `"${text.slice(i)}"`, at: i };
        if (text[j] === c && text[j + 1] === c) {
          value += c;
          j += 2;
        } else if (text[j] === c) break;
        else value += text[j++];
      }
      out.push({ kind: c === "'" ? "string" : "quoted", text: value, at: i });
      i = j + 1;
    } else {
      const m = /^(<>|!=|<=|>=|\|\||::|[-+*/%=<>(),;.])/.exec(text.slice(i));
      if (!m) return { message: `syntax error at or near "${c}"`, at: i };
      out.push({ kind: "op", text: m[0], at: i });
      i += m[0].length;
    }
  }
  out.push({ kind: "end", text: "", at: text.length });
  return out;
}

/** Splits a script into statements at top-level semicolons (outside quotes and comments), keeping each statement's text. */
export function splitSqlStatements(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "-" && text[i + 1] === "-") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === ";") {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (text.slice(start).trim() !== "") out.push(text.slice(start));
  return out;
}

class Parser {
  pos = 0;
  constructor(readonly tokens: SqlToken[]) {}
  peek(offset = 0): SqlToken {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)] as SqlToken;
  }
  next(): SqlToken {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }
  isWord(w: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === "word" && t.text === w;
  }
  isOp(o: string): boolean {
    const t = this.peek();
    return t.kind === "op" && t.text === o;
  }
  accept(w: string): boolean {
    if (this.isWord(w)) {
      this.next();
      return true;
    }
    return false;
  }
  fail(t = this.peek()): never {
    throw t.kind === "end" ? { message: "syntax error at end of input", at: t.at } : { message: `syntax error at or near "${t.kind === "string" ? `'${t.text}'` : t.text}"`, at: t.at };
  }
  expectWord(w: string): void {
    if (!this.accept(w)) this.fail();
  }
  expectOp(o: string): void {
    if (!this.isOp(o)) this.fail();
    this.next();
  }
  ident(): { name: string; at: number } {
    const t = this.peek();
    if (t.kind === "quoted" || (t.kind === "word" && !KEYWORDS.has(t.text))) {
      this.next();
      return { name: t.text, at: t.at };
    }
    return this.fail();
  }
  expr(): SqlExpr {
    return this.or();
  }
  or(): SqlExpr {
    let a = this.and();
    while (this.isWord("or")) {
      const at = this.next().at;
      a = { k: "bin", op: "or", a, b: this.and(), at };
    }
    return a;
  }
  and(): SqlExpr {
    let a = this.not();
    while (this.isWord("and")) {
      const at = this.next().at;
      a = { k: "bin", op: "and", a, b: this.not(), at };
    }
    return a;
  }
  not(): SqlExpr {
    if (this.isWord("not")) {
      const at = this.next().at;
      return { k: "not", a: this.not(), at };
    }
    return this.compare();
  }
  compare(): SqlExpr {
    const a = this.additive();
    const t = this.peek();
    if (t.kind === "op" && ["=", "<>", "!=", "<", ">", "<=", ">="].includes(t.text)) {
      this.next();
      return { k: "bin", op: t.text === "!=" ? "<>" : t.text, a, b: this.additive(), at: t.at };
    }
    if (this.isWord("is")) {
      const at = this.next().at;
      const negate = this.accept("not");
      this.expectWord("null");
      return { k: "bin", op: negate ? "is not null" : "is null", a, b: { k: "lit", value: null, at }, at };
    }
    return a;
  }
  additive(): SqlExpr {
    let a = this.multiplicative();
    while (this.isOp("+") || this.isOp("-") || this.isOp("||")) {
      const t = this.next();
      a = { k: "bin", op: t.text, a, b: this.multiplicative(), at: t.at };
    }
    return a;
  }
  multiplicative(): SqlExpr {
    let a = this.unary();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      const t = this.next();
      a = { k: "bin", op: t.text, a, b: this.unary(), at: t.at };
    }
    return a;
  }
  unary(): SqlExpr {
    if (this.isOp("-")) {
      const at = this.next().at;
      return { k: "neg", a: this.unary(), at };
    }
    const e = this.primary();
    if (this.isOp("::")) {
      this.next();
      this.ident();
    }
    return e;
  }
  primary(): SqlExpr {
    const t = this.peek();
    if (t.kind === "number") {
      this.next();
      return { k: "lit", value: Number(t.text), at: t.at };
    }
    if (t.kind === "string") {
      this.next();
      return { k: "lit", value: t.text, at: t.at };
    }
    if (t.kind === "op" && t.text === "(") {
      this.next();
      const e = this.expr();
      this.expectOp(")");
      return e;
    }
    if (t.kind === "op" && t.text === "*") {
      this.next();
      return { k: "star", at: t.at };
    }
    if (t.kind === "word" && (t.text === "true" || t.text === "false" || t.text === "null")) {
      this.next();
      return { k: "lit", value: t.text === "null" ? null : t.text === "true", at: t.at };
    }
    if (t.kind === "word" && (t.text === "current_user" || t.text === "current_date" || t.text === "current_timestamp")) {
      this.next();
      return { k: "call", name: t.text, args: [], at: t.at };
    }
    const id = this.ident();
    if (this.isOp("(")) {
      this.next();
      if (this.isOp("*")) {
        this.next();
        this.expectOp(")");
        return { k: "call", name: id.name, args: [], star: true, at: id.at };
      }
      const args: SqlExpr[] = [];
      if (!this.isOp(")")) {
        do args.push(this.expr());
        while (this.isOp(",") && this.next());
      }
      this.expectOp(")");
      return { k: "call", name: id.name, args, at: id.at };
    }
    if (this.isOp(".")) {
      this.next();
      return { k: "col", name: this.ident().name, at: id.at };
    }
    return { k: "col", name: id.name, at: id.at };
  }
  statement(): SqlStatement {
    const t = this.peek();
    if (t.kind === "end" || (t.kind === "op" && t.text === ";")) return { k: "empty" };
    let s: SqlStatement;
    if (this.accept("select")) s = this.select();
    else if (this.accept("create")) s = this.isWord("database") ? (this.next(), { k: "create-database", ...this.identAt() }) : this.createTable();
    else if (this.accept("drop")) s = this.drop();
    else if (this.accept("insert")) s = this.insert();
    else if (this.accept("update")) s = this.update();
    else if (this.accept("delete")) {
      this.expectWord("from");
      const table = this.ident();
      s = { k: "delete", table, ...(this.accept("where") ? { where: this.expr() } : {}) };
    } else this.fail();
    if (this.isOp(";")) this.next();
    if (this.peek().kind !== "end") this.fail();
    return s;
  }
  identAt(): { name: string; at: number } {
    return this.ident();
  }
  select(): SqlStatement {
    const items: { expr: SqlExpr; alias?: string }[] = [];
    do {
      const expr = this.expr();
      const alias = this.accept("as") ? this.ident().name : this.peek().kind === "quoted" || (this.peek().kind === "word" && !KEYWORDS.has(this.peek().text)) ? this.ident().name : undefined;
      items.push({ expr, ...(alias !== undefined ? { alias } : {}) });
    } while (this.isOp(",") && this.next());
    const s: Extract<SqlStatement, { k: "select" }> = { k: "select", items };
    if (this.accept("from")) s.from = this.ident();
    if (this.accept("where")) s.where = this.expr();
    if (this.accept("order")) {
      this.expectWord("by");
      s.orderBy = [];
      do {
        const expr = this.expr();
        const desc = this.accept("desc");
        if (!desc) this.accept("asc");
        s.orderBy.push({ expr, desc });
      } while (this.isOp(",") && this.next());
    }
    if (this.accept("limit")) {
      const n = this.next();
      if (n.kind !== "number") this.fail(n);
      s.limit = Number(n.text);
    }
    return s;
  }
  createTable(): SqlStatement {
    this.expectWord("table");
    let ifNotExists = false;
    if (this.isWord("if")) {
      this.next();
      this.expectWord("not");
      this.expectWord("exists");
      ifNotExists = true;
    }
    const name = this.ident().name;
    this.expectOp("(");
    const columns: SqlColumnDef[] = [];
    do {
      const col = this.ident().name;
      const typeTok = this.next();
      if (typeTok.kind !== "word") this.fail(typeTok);
      let type = typeTok.text;
      if (type === "double" && this.isWord("precision")) type += ` ${this.next().text}`;
      if (type === "character" && this.isWord("varying")) type += ` ${this.next().text}`;
      if (this.isOp("(")) {
        this.next();
        const n = this.next();
        if (n.kind !== "number") this.fail(n);
        if (this.isOp(",")) {
          this.next();
          this.next();
        }
        this.expectOp(")");
        type += `(${n.text})`;
      }
      const def: SqlColumnDef = { name: col, type, notNull: false, primaryKey: false };
      for (;;) {
        if (this.accept("primary")) {
          this.expectWord("key");
          def.primaryKey = true;
          def.notNull = true;
        } else if (this.isWord("not") && this.isWord("null", 1)) {
          this.next();
          this.next();
          def.notNull = true;
        } else if (this.accept("null")) continue;
        else if (this.isWord("unique")) this.next();
        else if (this.accept("default")) def.default = this.unary();
        else break;
      }
      columns.push(def);
    } while (this.isOp(",") && this.next());
    this.expectOp(")");
    return { k: "create-table", name, ifNotExists, columns };
  }
  drop(): SqlStatement {
    const what = this.next();
    if (what.kind !== "word" || (what.text !== "table" && what.text !== "database")) this.fail(what);
    let ifExists = false;
    if (this.accept("if")) {
      this.expectWord("exists");
      ifExists = true;
    }
    if (what.text === "database") return { k: "drop-database", ifExists, ...this.ident() };
    const names = [this.ident()];
    while (this.isOp(",") && this.next()) names.push(this.ident());
    return { k: "drop-table", names, ifExists };
  }
  insert(): SqlStatement {
    this.expectWord("into");
    const table = this.ident();
    let columns: { name: string; at: number }[] | undefined;
    if (this.isOp("(")) {
      this.next();
      columns = [this.ident()];
      while (this.isOp(",") && this.next()) columns.push(this.ident());
      this.expectOp(")");
    }
    this.expectWord("values");
    const rows: SqlExpr[][] = [];
    do {
      this.expectOp("(");
      const row = [this.expr()];
      while (this.isOp(",") && this.next()) row.push(this.expr());
      this.expectOp(")");
      rows.push(row);
    } while (this.isOp(",") && this.next());
    return { k: "insert", table, ...(columns ? { columns } : {}), rows };
  }
  update(): SqlStatement {
    const table = this.ident();
    this.expectWord("set");
    const sets: { name: string; value: SqlExpr; at: number }[] = [];
    do {
      const col = this.ident();
      this.expectOp("=");
      sets.push({ name: col.name, value: this.expr(), at: col.at });
    } while (this.isOp(",") && this.next());
    return { k: "update", table, sets, ...(this.accept("where") ? { where: this.expr() } : {}) };
  }
}

/** Parses one statement (as split by {@link splitSqlStatements}). */
export function parseSql(text: string): SqlStatement | SqlError {
  const tokens = tokenizeSql(text);
  if (!Array.isArray(tokens)) return tokens;
  try {
    return new Parser(tokens).statement();
  } catch (e) {
    if (e && typeof e === "object" && "message" in e && typeof (e as SqlError).message === "string" && !(e instanceof Error)) return e as SqlError;
    throw e;
  }
}
