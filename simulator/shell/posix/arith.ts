import type { ShellFlavor } from "./errors";

/** What arithmetic needs from the shell: variables. */
export interface ArithHost {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

/** A failed `$((…))`; the shell words it per flavor with {@link formatArithError}. */
export class ArithError {
  constructor(
    readonly kind: "primary" | "eof" | "divzero" | "number" | "syntax",
    readonly expr: string,
    /** bash's "error token": the text from where the problem was seen. */
    readonly rest: string,
    readonly number?: string,
  ) {}
}

type Tok = { t: "num"; v: bigint; at: number } | { t: "id"; v: string; at: number } | { t: "op"; v: string; at: number } | { t: "end"; at: number };

type Node =
  | { k: "num"; v: bigint }
  | { k: "var"; name: string }
  | { k: "un"; op: string; a: Node }
  | { k: "incdec"; op: string; prefix: boolean; name: string }
  | { k: "bin"; op: string; a: Node; b: Node; at: number }
  | { k: "assign"; op: string; name: string; b: Node }
  | { k: "cond"; c: Node; a: Node; b: Node };

const wrap = (n: bigint): bigint => BigInt.asIntN(64, n);

/** A C-style integer literal: decimal, 0octal or 0xhex, as dash's strtoimax with base 0. */
function parseNumber(text: string): bigint | undefined {
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) return wrap(BigInt(text));
  if (/^0[0-7]*$/.test(text)) return wrap(BigInt("0o" + (text.slice(1) || "0")));
  if (/^[1-9][0-9]*$/.test(text)) return wrap(BigInt(text));
  const based = /^([0-9]+)#([0-9a-zA-Z@_]+)$/.exec(text);
  if (based) {
    const base = Number(based[1]);
    let v = 0n;
    for (const ch of based[2] as string) {
      const d = parseInt(ch, 36);
      if (Number.isNaN(d) || d >= base) return undefined;
      v = v * BigInt(base) + BigInt(d);
    }
    return wrap(v);
  }
  return undefined;
}

const OPS = ["<<=", ">>=", "**", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/", "%", "<", ">", "&", "^", "|", "!", "~", "?", ":", "=", "(", ")", ","];
const BINARY: [string[], number][] = [[["||"], 1], [["&&"], 2], [["|"], 3], [["^"], 4], [["&"], 5], [["==", "!="], 6], [["<", ">", "<=", ">="], 7], [["<<", ">>"], 8], [["+", "-"], 9], [["*", "/", "%"], 10]];

/**
 * `$((…))` (XCU §2.6.4): C integer arithmetic in 64 bits, with variables,
 * assignment operators and `?:`. dash rejects `++`/`--`, `**` and variables
 * holding non-numbers ("Illegal number"); bash and ash evaluate such values
 * as expressions (dash: src/arith_yacc.c; bash: expr.c).
 */
export function evaluateArith(expr: string, host: ArithHost, flavor: ShellFlavor, depth = 0): bigint {
  const toks: Tok[] = [];
  for (let i = 0; i < expr.length; ) {
    const c = expr[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    // dash has no `base#n` literals: `16#ff` is 16 and then a stray `#ff`.
    let word = flavor === "dash" ? /^(0[xX][0-9a-fA-F]+|[0-9][0-9A-Za-z_]*)/.exec(expr.slice(i)) : /^[0-9A-Za-z_@#]+/.exec(expr.slice(i));
    // dash reads numbers with strtoimax: "08" is 0 followed by a stray 8.
    if (word && flavor === "dash" && /^0[0-7]*[89]/.test(word[0])) word = /^0[0-7]*/.exec(word[0]);
    if (word && /^[0-9]/.test(word[0])) {
      const v = parseNumber(word[0]);
      if (v === undefined) throw new ArithError(flavor === "dash" ? "primary" : "syntax", expr, expr.slice(i), word[0]);
      toks.push({ t: "num", v, at: i });
      i += word[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expr.slice(i));
    if (id) {
      toks.push({ t: "id", v: id[0], at: i });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => expr.startsWith(o, i) && !(flavor === "dash" && (o === "++" || o === "--" || o === "**")));
    // An unknown character is a token no rule accepts: "expecting primary" or "expecting EOF" by where it is.
    toks.push({ t: "op", v: op ?? c, at: i });
    i += op?.length ?? 1;
  }
  toks.push({ t: "end", at: expr.length });
  let pos = 0;
  const peek = (): Tok => toks[pos] as Tok;
  const isOp = (v: string): boolean => {
    const t = peek();
    return t.t === "op" && t.v === v;
  };
  const fail = (kind: ArithError["kind"], at: number): never => {
    throw new ArithError(kind, expr, expr.slice(at));
  };

  const primary = (): Node => {
    const t = peek();
    if (t.t === "num") {
      pos++;
      return { k: "num", v: t.v };
    }
    if (t.t === "id") {
      pos++;
      if (isOp("++") || isOp("--")) return { k: "incdec", op: (toks[pos++] as Tok & { v: string }).v, prefix: false, name: t.v };
      return { k: "var", name: t.v };
    }
    if (isOp("(")) {
      pos++;
      const inner = comma();
      if (!isOp(")")) fail("syntax", peek().at);
      pos++;
      return inner;
    }
    const prev = toks[pos - 1];
    return fail(flavor === "dash" ? "primary" : "primary", t.t === "end" && prev ? prev.at : t.at);
  };
  const unary = (): Node => {
    const t = peek();
    if (t.t === "op" && (t.v === "++" || t.v === "--")) {
      pos++;
      const id = peek();
      if (id.t !== "id") return fail("primary", id.at);
      pos++;
      return { k: "incdec", op: t.v, prefix: true, name: id.v };
    }
    if (t.t === "op" && (t.v === "!" || t.v === "~" || t.v === "-" || t.v === "+")) {
      pos++;
      return { k: "un", op: t.v, a: unary() };
    }
    return power();
  };
  const power = (): Node => {
    const a = primary();
    if (isOp("**")) {
      const at = peek().at;
      pos++;
      return { k: "bin", op: "**", a, b: unary(), at };
    }
    return a;
  };
  const binary = (level: number): Node => {
    if (level > BINARY.length) return unary();
    const [ops] = BINARY[level - 1] as [string[], number];
    let a = binary(level + 1);
    for (let t = peek(); t.t === "op" && ops.includes(t.v); t = peek()) {
      pos++;
      const at = peek().at;
      a = { k: "bin", op: t.v, a, b: binary(level + 1), at };
    }
    return a;
  };
  const conditional = (): Node => {
    const c = binary(1);
    if (!isOp("?")) return c;
    pos++;
    const a = comma();
    if (!isOp(":")) fail("syntax", peek().at);
    pos++;
    return { k: "cond", c, a, b: assignment() };
  };
  const assignment = (): Node => {
    const t = peek();
    const next = toks[pos + 1];
    if (t.t === "id" && next?.t === "op" && /^([-+*/%&^|]|<<|>>)?=$/.test(next.v)) {
      pos += 2;
      return { k: "assign", op: next.v, name: t.v, b: assignment() };
    }
    return conditional();
  };
  const comma = (): Node => {
    let a = assignment();
    while (flavor === "bash" && isOp(",")) {
      pos++;
      a = { k: "bin", op: ",", a, b: assignment(), at: peek().at };
    }
    return a;
  };

  const valueOf = (name: string): bigint => {
    const raw = host.get(name);
    if (raw === undefined || raw.trim() === "") return 0n;
    const text = raw.trim();
    const signed = /^[-+]/.test(text) ? text.slice(1) : text;
    const n = parseNumber(signed);
    if (n !== undefined) return text.startsWith("-") ? wrap(-n) : n;
    if (flavor === "dash") throw new ArithError("number", expr, "", raw);
    if (depth > 50) throw new ArithError("syntax", expr, text);
    return evaluateArith(text, host, flavor, depth + 1);
  };
  const binop = (op: string, a: bigint, b: bigint, at: number): bigint => {
    switch (op) {
      case "+": return wrap(a + b);
      case "-": return wrap(a - b);
      case "*": return wrap(a * b);
      case "/":
      case "%":
        if (b === 0n) fail("divzero", at);
        return wrap(op === "/" ? a / b : a % b);
      case "**": return b < 0n ? fail("syntax", at) : wrap(a ** b);
      case "<<": return wrap(a << (b & 63n));
      case ">>": return a >> (b & 63n);
      case "<": return a < b ? 1n : 0n;
      case ">": return a > b ? 1n : 0n;
      case "<=": return a <= b ? 1n : 0n;
      case ">=": return a >= b ? 1n : 0n;
      case "==": return a === b ? 1n : 0n;
      case "!=": return a !== b ? 1n : 0n;
      case "&": return a & b;
      case "^": return a ^ b;
      case "|": return a | b;
      case ",": return b;
      default: return fail("syntax", at);
    }
  };
  const evaluate = (n: Node): bigint => {
    switch (n.k) {
      case "num": return n.v;
      case "var": return valueOf(n.name);
      case "un": {
        const v = evaluate(n.a);
        return n.op === "-" ? wrap(-v) : n.op === "!" ? (v === 0n ? 1n : 0n) : n.op === "~" ? ~v : v;
      }
      case "incdec": {
        const old = valueOf(n.name);
        const v = wrap(n.op === "++" ? old + 1n : old - 1n);
        host.set(n.name, String(v));
        return n.prefix ? v : old;
      }
      case "bin":
        if (n.op === "&&") return evaluate(n.a) !== 0n && evaluate(n.b) !== 0n ? 1n : 0n;
        if (n.op === "||") return evaluate(n.a) !== 0n || evaluate(n.b) !== 0n ? 1n : 0n;
        return binop(n.op, evaluate(n.a), evaluate(n.b), n.at);
      case "cond": return evaluate(n.c) !== 0n ? evaluate(n.a) : evaluate(n.b);
      case "assign": {
        const rhs = evaluate(n.b);
        const v = n.op === "=" ? rhs : binop(n.op.slice(0, -1), valueOf(n.name), rhs, 0);
        host.set(n.name, String(v));
        return v;
      }
    }
  };

  if (peek().t === "end") return 0n;
  const tree = comma();
  const end = peek();
  if (end.t !== "end") fail(flavor === "dash" ? "eof" : "syntax", end.at);
  return evaluate(tree);
}

/**
 * The message for a failed `$((…))`: dash `arithmetic expression: division by
 * zero: "1/0"`, bash `1/0: division by 0 (error token is "0")`, ash `divide by
 * zero` (verified against dash 0.5.12, bash 5.2, BusyBox 1.35).
 */
export function formatArithError(error: ArithError, flavor: ShellFlavor): string {
  let e = error;
  if (flavor === "dash") {
    if (e.kind === "number") return `Illegal number: ${e.number}`;
    const what = e.kind === "divzero" ? "division by zero" : e.kind === "eof" ? "expecting EOF" : "expecting primary";
    return `arithmetic expression: ${what}: "${e.expr}"`;
  }
  if (flavor === "ash") return e.kind === "divzero" ? "divide by zero" : "arithmetic syntax error";
  e = new ArithError(e.kind, e.expr.replace(/^\s+/, ""), e.rest, e.number);
  if (e.kind === "divzero") return `${e.expr}: division by 0 (error token is "${e.rest}")`;
  if (e.kind === "primary") return `${e.expr}: syntax error: operand expected (error token is "${e.rest}")`;
  if (e.number !== undefined) return `${e.number}: value too great for base (error token is "${e.number}")`;
  return `${e.expr}: syntax error in expression (error token is "${e.rest}")`;
}
