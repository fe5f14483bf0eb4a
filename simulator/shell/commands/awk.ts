import { parseAwk, type Expr, type Rule, type Stmt } from "./lib/awk-parse";
import { formatPrintf, looksNumeric, num, str, toRegExp, type Value } from "./lib/awk-values";
import type { PosixCommandContext } from "./types";

class NextSignal {}
class ExitSignal {
  constructor(readonly status: number) {}
}

/**
 * awk(1) as POSIX specifies it (XCU awk; mawk 1.3.4 on Debian, BusyBox awk on
 * Alpine), for the one-liners image builds pipe through: `-F`, `-v`, BEGIN/END,
 * patterns, print/printf, fields and NF/NR, arrays, if/while/for, next, exit,
 * and length/substr/index/split/sub/gsub/match/sprintf/tolower/toupper/system.
 * Simplification: no getline, no output redirection, no user-defined functions.
 */
export function runAwk(ctx: PosixCommandContext): number {
  const vars = new Map<string, Value>([["FS", " "], ["OFS", " "], ["ORS", "\n"], ["NR", 0], ["NF", 0], ["SUBSEP", "\x1c"], ["RSTART", 0], ["RLENGTH", -1]]);
  const arrays = new Map<string, Map<string, Value>>();
  const args = ctx.argv.slice(1);
  let program: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (program === undefined && a.startsWith("-F")) vars.set("FS", a.length > 2 ? a.slice(2) : (args[++i] ?? ""));
    else if (program === undefined && a.startsWith("-v")) {
      const assign = a.length > 2 ? a.slice(2) : (args[++i] ?? "");
      vars.set(assign.slice(0, assign.indexOf("=")), assign.slice(assign.indexOf("=") + 1));
    } else if (program === undefined && a === "--") continue;
    else if (program === undefined) program = a;
    else files.push(a);
  }
  if (program === undefined) {
    ctx.out.err("usage: awk [-F value] [-v var=value] [--] 'program text' [file ...]\n");
    return 2;
  }
  if (vars.get("FS") === "t") vars.set("FS", "\t");
  let rules: Rule[];
  try {
    rules = parseAwk(program);
  } catch (e) {
    ctx.out.err(`awk: ${(e as Error).message}\n`);
    return 2;
  }
  let fields: string[] = [""];
  const split = (record: string): string[] => {
    const fs = str(vars.get("FS") ?? " ");
    if (record === "") return [];
    if (fs === " ") return record.trim().split(/[ \t\n]+/);
    return record.split(fs.length === 1 ? fs : toRegExp(fs));
  };
  const setRecord = (record: string): void => {
    fields = [record, ...split(record)];
    vars.set("NF", fields.length - 1);
  };
  const getField = (i: number): string => (i === 0 ? (fields[0] ?? "") : (fields[i] ?? ""));
  const setField = (i: number, v: string): void => {
    if (i === 0) return setRecord(v);
    while (fields.length <= i) fields.push("");
    fields[i] = v;
    vars.set("NF", fields.length - 1);
    fields[0] = fields.slice(1).join(str(vars.get("OFS") ?? " "));
  };
  const arr = (name: string): Map<string, Value> => {
    let a = arrays.get(name);
    if (!a) arrays.set(name, (a = new Map()));
    return a;
  };
  const lvalue = (target: Expr): { get(): Value; set(v: Value): void } => {
    if (target.k === "field") {
      const i = num(evaluate(target.e));
      return { get: () => getField(i), set: (v) => setField(i, str(v)) };
    }
    if (target.k === "idx") {
      const key = str(evaluate(target.e));
      return { get: () => arr(target.name).get(key) ?? "", set: (v) => void arr(target.name).set(key, v) };
    }
    if (target.k === "var") {
      return {
        get: () => (target.name === "NF" ? fields.length - 1 : (vars.get(target.name) ?? "")),
        set: (v) => {
          vars.set(target.name, v);
          if (target.name === "NF") {
            fields.length = num(v) + 1;
            fields[0] = fields.slice(1).join(str(vars.get("OFS") ?? " "));
          }
        },
      };
    }
    throw new Error("syntax error: invalid assignment target");
  };
  const substitute = (args: Expr[], global: boolean): number => {
    const re = args[0]?.k === "re" ? toRegExp(args[0].v, "g") : toRegExp(str(evaluate(args[0] as Expr)), "g");
    const repl = str(evaluate(args[1] as Expr));
    const target = lvalue(args[2] ?? { k: "field", e: { k: "num", v: 0 } });
    let count = 0;
    const out = str(target.get()).replace(re, (m) => {
      if (!global && count > 0) return m;
      count++;
      return repl.replace(/\\\\&|\\&|&/g, (x) => (x === "&" ? m : x === "\\&" ? "&" : "\\"));
    });
    if (count > 0) target.set(out);
    return count;
  };
  const call = (name: string, a: Expr[]): Value => {
    const s = (i: number): string => str(evaluate(a[i] as Expr));
    switch (name) {
      case "length":
        return a.length ? s(0).length : getField(0).length;
      case "substr": {
        const text = s(0);
        const start = Math.round(num(evaluate(a[1] as Expr)));
        const len = a[2] ? Math.round(num(evaluate(a[2]))) : Infinity;
        const from = Math.max(start, 1);
        const to = Math.min(start + len, text.length + 1);
        return to > from ? text.slice(from - 1, to - 1) : "";
      }
      case "index":
        return s(0).indexOf(s(1)) + 1;
      case "split": {
        const parts = a[2] ? s(0).split(a[2].k === "re" ? toRegExp(a[2].v) : s(2) === " " ? /[ \t\n]+/ : s(2)) : split(s(0));
        const target = a[1]?.k === "var" ? arr(a[1].name) : new Map<string, Value>();
        target.clear();
        parts.forEach((p, i) => target.set(String(i + 1), p));
        return parts.length;
      }
      case "sub":
      case "gsub":
        return substitute(a, name === "gsub");
      case "match": {
        const m = (a[1]?.k === "re" ? toRegExp(a[1].v) : toRegExp(s(1))).exec(s(0));
        vars.set("RSTART", m ? m.index + 1 : 0);
        vars.set("RLENGTH", m ? m[0].length : -1);
        return m ? m.index + 1 : 0;
      }
      case "sprintf":
        return formatPrintf(s(0), a.slice(1).map((e) => evaluate(e)));
      case "tolower":
        return s(0).toLowerCase();
      case "toupper":
        return s(0).toUpperCase();
      case "int":
        return Math.trunc(num(evaluate(a[0] as Expr)));
      case "system":
        return ctx.exec(["sh", "-c", s(0)]);
      default:
        return 0;
    }
  };
  function evaluate(e: Expr): Value {
    switch (e.k) {
      case "num":
      case "str":
        return e.v;
      case "re":
        return toRegExp(e.v).test(getField(0)) ? 1 : 0;
      case "group":
        return evaluate(e.e);
      case "var":
      case "field":
      case "idx":
        return lvalue(e).get();
      case "in":
        return arr(e.name).has(str(evaluate(e.key))) ? 1 : 0;
      case "call":
        return call(e.name, e.args);
      case "cond":
        return truthy(evaluate(e.c)) ? evaluate(e.a) : evaluate(e.b);
      case "un": {
        const v = evaluate(e.e);
        return e.op === "!" ? (truthy(v) ? 0 : 1) : e.op === "-" ? -num(v) : num(v);
      }
      case "incr": {
        const lv = lvalue(e.target);
        const old = num(lv.get());
        lv.set(e.op === "++" ? old + 1 : old - 1);
        return e.prefix ? num(lv.get()) : old;
      }
      case "assign": {
        const lv = lvalue(e.target);
        const v = evaluate(e.e);
        lv.set(e.op === "=" ? v : arith(e.op.slice(0, 1), num(lv.get()), num(v)));
        return lv.get();
      }
      case "bin":
        return binary(e.op, e.a, e.b);
    }
  }
  const arith = (op: string, x: number, y: number): number => (op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : op === "/" ? x / y : op === "%" ? x % y : x ** y);
  const truthy = (v: Value): boolean => (typeof v === "number" ? v !== 0 : looksNumeric(v) && v.trim() !== "" ? num(v) !== 0 : v !== "");
  function binary(op: string, ea: Expr, eb: Expr): Value {
    if (op === "&&") return truthy(evaluate(ea)) && truthy(evaluate(eb)) ? 1 : 0;
    if (op === "||") return truthy(evaluate(ea)) || truthy(evaluate(eb)) ? 1 : 0;
    if (op === "~" || op === "!~") {
      const a = str(evaluate(ea));
      const re = eb.k === "re" ? toRegExp(eb.v) : toRegExp(str(evaluate(eb)));
      return re.test(a) === (op === "~") ? 1 : 0;
    }
    const a = evaluate(ea);
    const b = evaluate(eb);
    if (op === "concat") return str(a) + str(b);
    if (["<", "<=", "==", "!=", ">=", ">"].includes(op)) {
      const numeric = looksNumeric(a) && looksNumeric(b) && !(ea.k === "str" || eb.k === "str");
      const c = numeric ? num(a) - num(b) : str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0;
      return (op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === "==" ? c === 0 : op === "!=" ? c !== 0 : op === ">=" ? c >= 0 : c > 0) ? 1 : 0;
    }
    return arith(op, num(a), num(b));
  }
  const exec = (s: Stmt): void => {
    switch (s.k) {
      case "expr":
        evaluate(s.e);
        return;
      case "print": {
        if (s.printf) ctx.out.out(formatPrintf(str(evaluate(s.args[0] as Expr)), s.args.slice(1).map((e) => evaluate(e))));
        else ctx.out.out((s.args.length ? s.args.map((e) => str(evaluate(e))).join(str(vars.get("OFS") ?? " ")) : getField(0)) + str(vars.get("ORS") ?? "\n"));
        return;
      }
      case "if":
        if (truthy(evaluate(s.c))) exec(s.a);
        else if (s.b) exec(s.b);
        return;
      case "while":
        while (truthy(evaluate(s.c))) {
          ctx.budget.tick();
          exec(s.body);
        }
        return;
      case "for":
        if (s.init) exec(s.init);
        while (!s.c || truthy(evaluate(s.c))) {
          ctx.budget.tick();
          exec(s.body);
          if (s.step) exec(s.step);
        }
        return;
      case "forin":
        for (const key of [...arr(s.arr).keys()]) {
          vars.set(s.v, key);
          exec(s.body);
        }
        return;
      case "block":
        s.body.forEach(exec);
        return;
      case "next":
        throw new NextSignal();
      case "exit":
        throw new ExitSignal(s.e ? num(evaluate(s.e)) : 0);
    }
  };
  let status = 0;
  const runRules = (kind: Rule["kind"]): void => {
    for (const r of rules) {
      if (r.kind !== kind) continue;
      if (kind === "main" && r.pattern && !truthy(evaluate(r.pattern))) continue;
      if (r.action) r.action.forEach(exec);
      else ctx.out.out(getField(0) + str(vars.get("ORS") ?? "\n"));
    }
  };
  try {
    runRules("begin");
    if (rules.some((r) => r.kind !== "begin")) {
      for (const file of files.length ? files : ["-"]) {
        let text: string;
        try {
          text = file === "-" ? ctx.stdin : ctx.fs.readFile(ctx.resolve(file));
        } catch {
          ctx.out.err(`awk: cannot open "${file}" (No such file or directory)\n`);
          status = 2;
          continue;
        }
        const lines = text.split("\n");
        if (lines[lines.length - 1] === "") lines.pop();
        for (const line of lines) {
          vars.set("NR", num(vars.get("NR") ?? 0) + 1);
          setRecord(line);
          try {
            runRules("main");
          } catch (e) {
            if (!(e instanceof NextSignal)) throw e;
          }
        }
      }
    }
    runRules("end");
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    if (e instanceof NextSignal) return status;
    throw e;
  }
  return status;
}
