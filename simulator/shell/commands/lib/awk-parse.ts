/**
 * A parser for the POSIX awk language subset image scripts use (XCU awk
 * "Grammar"): pattern-action rules, BEGIN/END, print/printf, if/else,
 * while, for, next, exit, assignments, fields, arrays, regex matches and
 * the built-in string functions.
 */

import { lexAwk as lex, type Tok } from "./awk-lex";

/** An awk expression node. */
export type Expr =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "re"; v: string }
  | { k: "var"; name: string }
  | { k: "field"; e: Expr }
  | { k: "idx"; name: string; e: Expr }
  | { k: "bin"; op: string; a: Expr; b: Expr }
  | { k: "un"; op: string; e: Expr }
  | { k: "assign"; op: string; target: Expr; e: Expr }
  | { k: "incr"; op: string; prefix: boolean; target: Expr }
  | { k: "cond"; c: Expr; a: Expr; b: Expr }
  | { k: "call"; name: string; args: Expr[] }
  | { k: "in"; key: Expr; name: string }
  | { k: "group"; e: Expr };

/** An awk statement node. */
export type Stmt =
  | { k: "expr"; e: Expr }
  | { k: "print"; args: Expr[]; printf: boolean }
  | { k: "if"; c: Expr; a: Stmt; b?: Stmt }
  | { k: "while"; c: Expr; body: Stmt }
  | { k: "for"; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | { k: "forin"; v: string; arr: string; body: Stmt }
  | { k: "block"; body: Stmt[] }
  | { k: "next" }
  | { k: "exit"; e?: Expr };

/** One rule: BEGIN, END, or a pattern (absent: every record) with an action (absent: print). */
export interface Rule {
  kind: "begin" | "end" | "main";
  pattern?: Expr;
  action?: Stmt[];
}

const BUILTINS = new Set(["length", "substr", "index", "split", "sub", "gsub", "match", "sprintf", "tolower", "toupper", "system", "int", "sqrt", "exp", "log", "sin", "cos", "atan2", "rand", "srand", "close", "fflush"]);

/** Parses an awk program into rules; throws Error("syntax error …") on bad input. */
export function parseAwk(src: string): Rule[] {
  const toks = lex(src);
  let p = 0;
  const peek = (): Tok => toks[p] as Tok;
  const is = (v: string): boolean => peek().t === "op" && peek().v === v;
  const eat = (v: string): void => {
    if (!is(v)) throw new Error(`syntax error at source line 1: expected '${v}' near '${peek().v}'`);
    p++;
  };
  const skipNl = (): void => {
    while (peek().t === "nl" || is(";")) p++;
  };
  const optNl = (): void => {
    while (peek().t === "nl") p++;
  };

  const primary = (): Expr => {
    const t = peek();
    if (t.t === "num") return (p++, { k: "num", v: Number(t.v) });
    if (t.t === "str") return (p++, { k: "str", v: t.v });
    if (t.t === "re") return (p++, { k: "re", v: t.v });
    if (is("$")) return (p++, { k: "field", e: unary(true) });
    if (is("(")) {
      p++;
      const e = expr();
      eat(")");
      return { k: "group", e };
    }
    if (is("-") || is("+") || is("!")) return (p++, { k: "un", op: t.v, e: unary(false) });
    if (is("++") || is("--")) return (p++, { k: "incr", op: t.v, prefix: true, target: primary() });
    if (t.t === "func" || (t.t === "name" && BUILTINS.has(t.v))) {
      p++;
      const args: Expr[] = [];
      if (is("(")) {
        p++;
        while (!is(")")) {
          args.push(expr());
          if (is(",")) {
            p++;
            optNl();
          }
        }
        p++;
      }
      return { k: "call", name: t.v, args };
    }
    if (t.t === "name") {
      p++;
      if (is("[")) {
        p++;
        const e = expr();
        eat("]");
        return { k: "idx", name: t.v, e };
      }
      return { k: "var", name: t.v };
    }
    throw new Error(`syntax error at source line 1 near '${t.v}'`);
  };
  const unary = (fieldOnly: boolean): Expr => {
    let e = primary();
    if (!fieldOnly && (is("++") || is("--"))) e = { k: "incr", op: (toks[p++] as Tok).v, prefix: false, target: e };
    return e;
  };
  const power = (): Expr => {
    const a = unary(false);
    return is("^") ? (p++, { k: "bin", op: "^", a, b: power() }) : a;
  };
  const level = (next: () => Expr, ops: string[]): (() => Expr) => () => {
    let a = next();
    while (peek().t === "op" && ops.includes(peek().v)) {
      const op = (toks[p++] as Tok).v;
      a = { k: "bin", op, a, b: next() };
    }
    return a;
  };
  const mul = level(power, ["*", "/", "%"]);
  const add = level(mul, ["+", "-"]);
  const concat = (): Expr => {
    let a = add();
    for (;;) {
      const t = peek();
      const starts = t.t === "num" || t.t === "str" || t.t === "name" || t.t === "func" || (t.t === "op" && ["$", "(", "!", "-", "++", "--"].includes(t.v) && t.v !== "-");
      if (!starts || (t.t === "name" && t.v === "in")) return a;
      a = { k: "bin", op: "concat", a, b: add() };
    }
  };
  const compare = (): Expr => {
    const a = concat();
    if (peek().t === "op" && ["<", "<=", "==", "!=", ">=", ">"].includes(peek().v)) return { k: "bin", op: (toks[p++] as Tok).v, a, b: concat() };
    return a;
  };
  const match = level(compare, ["~", "!~"]);
  const inExpr = (): Expr => {
    const a = match();
    if (peek().t === "name" && peek().v === "in") {
      p++;
      return { k: "in", key: a, name: (toks[p++] as Tok).v };
    }
    return a;
  };
  const and = (): Expr => {
    let a = inExpr();
    while (is("&&")) {
      p++;
      optNl();
      a = { k: "bin", op: "&&", a, b: inExpr() };
    }
    return a;
  };
  const or = (): Expr => {
    let a = and();
    while (is("||")) {
      p++;
      optNl();
      a = { k: "bin", op: "||", a, b: and() };
    }
    return a;
  };
  const ternary = (): Expr => {
    const c = or();
    if (!is("?")) return c;
    p++;
    const a = ternary();
    eat(":");
    return { k: "cond", c, a, b: ternary() };
  };
  function expr(): Expr {
    const left = ternary();
    if (peek().t === "op" && ["=", "+=", "-=", "*=", "/=", "%=", "^="].includes(peek().v) && (left.k === "var" || left.k === "field" || left.k === "idx")) {
      const op = (toks[p++] as Tok).v;
      return { k: "assign", op, target: left, e: expr() };
    }
    return left;
  }

  const simple = (): Stmt => {
    const t = peek();
    if (t.t === "name" && (t.v === "print" || t.v === "printf")) {
      p++;
      const args: Expr[] = [];
      const paren = is("(");
      if (!is(";") && !is("}") && peek().t !== "nl" && peek().t !== "eof") {
        args.push(expr());
        while (is(",")) {
          p++;
          optNl();
          args.push(expr());
        }
      }
      const flat = paren && args.length === 1 && args[0]?.k === "group" ? [args[0].e] : args;
      return { k: "print", args: flat, printf: t.v === "printf" };
    }
    if (t.t === "name" && t.v === "next") return (p++, { k: "next" });
    if (t.t === "name" && t.v === "exit") {
      p++;
      return is(";") || is("}") || peek().t === "nl" ? { k: "exit" } : { k: "exit", e: expr() };
    }
    return { k: "expr", e: expr() };
  };
  const stmt = (): Stmt => {
    skipNl();
    const t = peek();
    if (is("{")) {
      p++;
      const body: Stmt[] = [];
      for (skipNl(); !is("}"); skipNl()) body.push(stmt());
      p++;
      return { k: "block", body };
    }
    if (t.t === "name" && t.v === "if") {
      p++;
      eat("(");
      const c = expr();
      eat(")");
      const a = stmt();
      let q = p;
      while ((toks[q] as Tok).t === "nl" || ((toks[q] as Tok).t === "op" && (toks[q] as Tok).v === ";")) q++;
      if ((toks[q] as Tok).t === "name" && (toks[q] as Tok).v === "else") {
        p = q + 1;
        return { k: "if", c, a, b: stmt() };
      }
      return { k: "if", c, a };
    }
    if (t.t === "name" && t.v === "while") {
      p++;
      eat("(");
      const c = expr();
      eat(")");
      return { k: "while", c, body: stmt() };
    }
    if (t.t === "name" && t.v === "for") {
      p++;
      eat("(");
      if (peek().t === "name" && (toks[p + 1] as Tok).v === "in") {
        const v = (toks[p] as Tok).v;
        const arr = (toks[p + 2] as Tok).v;
        p += 3;
        eat(")");
        return { k: "forin", v, arr, body: stmt() };
      }
      const init = is(";") ? undefined : simple();
      eat(";");
      const c = is(";") ? undefined : expr();
      eat(";");
      const step = is(")") ? undefined : simple();
      eat(")");
      return { k: "for", init, c, step, body: stmt() };
    }
    return simple();
  };

  const rules: Rule[] = [];
  for (skipNl(); peek().t !== "eof"; skipNl()) {
    const t = peek();
    const special = t.t === "name" && (t.v === "BEGIN" || t.v === "END");
    if (special) p++;
    const rule: Rule = special ? { kind: t.v === "BEGIN" ? "begin" : "end" } : is("{") ? { kind: "main" } : { kind: "main", pattern: expr() };
    if (is("{")) {
      const block = stmt();
      rule.action = block.k === "block" ? block.body : [block];
    }
    rules.push(rule);
  }
  return rules;
}
