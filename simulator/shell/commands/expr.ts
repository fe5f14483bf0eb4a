import { prog } from "./lib/common";
import { toJsRegex } from "./lib/regex";
import type { PosixCommandContext } from "./types";

class ExprError {
  constructor(
    readonly message: string,
    readonly status = 2,
  ) {}
}

const isInt = (s: string): boolean => /^[-+]?\d+$/.test(s);

/**
 * `expr EXPRESSION` (XCU expr): `| & = != < <= > >= + - * / %`, `:` (BRE
 * match anchored at the start), `match`, `substr`, `index`, `length`,
 * parentheses. Prints the value; status 1 when it is 0 or empty, 2 on errors
 * (GNU `expr: syntax error: missing argument after '+'`, `expr: non-integer
 * argument`; BusyBox `expr: syntax error`, `expr: non-numeric argument`).
 */
export function runExpr(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  if (args[0] === "--") args.shift();
  const gnu = ctx.variant === "gnu";
  let pos = 0;
  const syntax = (after?: string): never => {
    throw new ExprError(gnu ? (after !== undefined ? `syntax error: missing argument after '${after}'` : pos < args.length ? `syntax error: unexpected argument '${args[pos]}'` : "syntax error") : "syntax error");
  };
  const num = (s: string): bigint => {
    if (!isInt(s)) throw new ExprError(gnu ? "non-integer argument" : "non-numeric argument");
    return BigInt(s);
  };
  const primary = (): string => {
    const t = args[pos];
    if (t === undefined) return syntax(args[pos - 1]);
    pos++;
    if (t === "(") {
      const v = or();
      if (args[pos] !== ")") syntax();
      pos++;
      return v;
    }
    if (t === "length") return String([...primary()].length);
    if (t === "substr") {
      const s = primary();
      const p = Number(primary());
      const l = Number(primary());
      return p < 1 || l < 1 ? "" : [...s].slice(p - 1, p - 1 + l).join("");
    }
    if (t === "index") {
      const s = primary();
      const chars = primary();
      const i = [...s].findIndex((c) => chars.includes(c));
      return String(i + 1);
    }
    if (t === "match") return match(primary(), primary());
    return t;
  };
  const match = (s: string, re: string): string => {
    const m = new RegExp("^(?:" + toJsRegex(re, false) + ")").exec(s);
    if (/\\\(/.test(re)) return m?.[1] ?? "";
    return String(m ? m[0].length : 0);
  };
  const colon = (): string => {
    let v = primary();
    while (args[pos] === ":") {
      pos++;
      v = match(v, primary());
    }
    return v;
  };
  const mul = (): string => {
    let v = colon();
    for (let op = args[pos]; op === "*" || op === "/" || op === "%"; op = args[pos]) {
      pos++;
      const r = num(colon());
      if (r === 0n && op !== "*") throw new ExprError("division by zero");
      v = String(op === "*" ? num(v) * r : op === "/" ? num(v) / r : num(v) % r);
    }
    return v;
  };
  const add = (): string => {
    let v = mul();
    for (let op = args[pos]; op === "+" || op === "-"; op = args[pos]) {
      pos++;
      if (args[pos] === undefined) syntax(op);
      const r = num(mul());
      v = String(op === "+" ? num(v) + r : num(v) - r);
    }
    return v;
  };
  const cmp = (): string => {
    let v = add();
    for (let op = args[pos]; op !== undefined && ["=", "==", "!=", "<", "<=", ">", ">="].includes(op); op = args[pos]) {
      pos++;
      const r = add();
      const c = isInt(v) && isInt(r) ? (BigInt(v) < BigInt(r) ? -1 : BigInt(v) > BigInt(r) ? 1 : 0) : v < r ? -1 : v > r ? 1 : 0;
      const ok = op === "=" || op === "==" ? c === 0 : op === "!=" ? c !== 0 : op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
      v = ok ? "1" : "0";
    }
    return v;
  };
  const isNull = (v: string): boolean => v === "" || v === "0";
  const and = (): string => {
    let v = cmp();
    while (args[pos] === "&") {
      pos++;
      const r = cmp();
      v = isNull(v) || isNull(r) ? "0" : v;
    }
    return v;
  };
  function or(): string {
    let v = and();
    while (args[pos] === "|") {
      pos++;
      const r = and();
      v = !isNull(v) ? v : !isNull(r) ? r : "0";
    }
    return v;
  }
  try {
    if (args.length === 0) throw new ExprError(gnu ? "missing operand" : "syntax error");
    const v = or();
    if (pos < args.length) syntax();
    ctx.out.out(v + "\n");
    return isNull(v) ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
    ctx.out.err(`${prog(ctx)}: ${e.message}\n${gnu && e.message === "missing operand" ? `Try '${prog(ctx)} --help' for more information.\n` : ""}`);
    return e.status;
  }
}
