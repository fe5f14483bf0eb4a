import { splitOutside, splitTopLevel } from "./python-eval";

/** A value a literal JavaScript expression can have. */
export type JsValue = string | number | boolean | null | undefined | JsValue[] | { [key: string]: JsValue };

/** What an expression sees: process.env and the module's consts bound to literal values. */
export interface JsScope {
  env: Record<string, string>;
  names: Map<string, JsValue>;
}

/** Marks "not evaluable" apart from JavaScript's own undefined. */
export const UNKNOWN = Symbol("unknown");

/** Splits at a binary operator outside quotes and brackets (a `+` that is part of `++` is not one). */
function splitOperator(text: string, op: string): string[] {
  return splitOutside(text, op, "\"'`", (i) => op !== "+" || (text[i + 1] !== "+" && text[i - 1] !== "+"));
}

function truthy(v: JsValue): boolean {
  return !(v === "" || v === 0 || v === false || v === null || v === undefined || (typeof v === "number" && Number.isNaN(v)));
}

/** String(v) as JavaScript converts it in concatenation and template literals. */
export function formatJsString(v: JsValue): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? "" : formatJsString(x))).join(",");
  if (typeof v === "object") return "[object Object]";
  return String(v);
}

/** util.inspect of a console.log argument that is not a string (node: lib/internal/util/inspect.js, short objects on one line). */
export function formatJsInspect(v: JsValue, nested = false): string {
  if (typeof v === "string") return nested ? `'${v.replace(/'/g, "\\'")}'` : v;
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (Array.isArray(v)) return v.length === 0 ? "[]" : `[ ${v.map((x) => formatJsInspect(x, true)).join(", ")} ]`;
  if (typeof v === "object") {
    const entries = Object.entries(v);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${formatJsInspect(x, true)}`).join(", ")} }`;
  }
  return String(v);
}

function unescape(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e.startsWith("u{")) return String.fromCodePoint(Number.parseInt(e.slice(2, -1), 16));
    if (e.length > 1) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", "0": "\0" } as Record<string, string>)[e] ?? e;
  });
}

function evaluateTemplate(body: string, scope: JsScope, depth: number): JsValue | typeof UNKNOWN {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\") {
      out += unescape(body.slice(i, i + 2));
      i++;
    } else if (body.startsWith("${", i)) {
      let d = 0;
      let j = i + 2;
      for (; j < body.length; j++) {
        if (body[j] === "{") d++;
        else if (body[j] === "}" && d-- === 0) break;
      }
      const v = evaluateJs(body.slice(i + 2, j), scope, depth + 1);
      if (v === UNKNOWN) return UNKNOWN;
      out += formatJsString(v);
      i = j;
    } else out += body[i];
  }
  return out;
}

/**
 * Evaluates a literal JavaScript expression: strings and template literals,
 * numbers, booleans, null/undefined, arrays and object literals of those,
 * consts bound to them, process.env.X / process.env['X'], `||`, `??`, string
 * `+`, and Number()/parseInt()/String(). UNKNOWN for anything else.
 */
export function evaluateJs(text: string, scope: JsScope, depth = 0): JsValue | typeof UNKNOWN {
  const t = text.trim().replace(/;$/, "").trim();
  if (t === "" || depth > 20) return UNKNOWN;
  for (const op of ["||", "??"]) {
    const parts = splitOperator(t, op);
    if (parts.length > 1) {
      let v: JsValue | typeof UNKNOWN = UNKNOWN;
      for (const p of parts) {
        v = evaluateJs(p, scope, depth + 1);
        if (v === UNKNOWN) return UNKNOWN;
        if (op === "||" ? truthy(v) : v !== null && v !== undefined) return v;
      }
      return v;
    }
  }
  const plus = splitOperator(t, "+");
  if (plus.length > 1 && plus.every((p) => p.trim() !== "")) {
    const values = plus.map((p) => evaluateJs(p, scope, depth + 1));
    if (values.some((v) => v === UNKNOWN)) return UNKNOWN;
    const vs = values as JsValue[];
    if (vs.every((v) => typeof v === "number")) return (vs as number[]).reduce((a, b) => a + b, 0);
    return vs.map(formatJsString).join("");
  }
  const str = /^(["'])([\s\S]*)\1$/.exec(t);
  if (str) return new RegExp(`(^|[^\\\\])${str[1]}`).test(str[2] as string) ? UNKNOWN : unescape(str[2] as string);
  if (/^`[\s\S]*`$/.test(t)) return evaluateTemplate(t.slice(1, -1), scope, depth);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === "true" || t === "false") return t === "true";
  if (t === "null") return null;
  if (t === "undefined") return undefined;
  const env = /^process\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"]+)\2\s*\])$/.exec(t);
  if (env) {
    const key = (env[1] ?? env[3]) as string;
    return Object.hasOwn(scope.env, key) ? scope.env[key] : undefined;
  }
  if (/^[A-Za-z_$][\w$]*$/.test(t)) return scope.names.has(t) ? scope.names.get(t) : UNKNOWN;
  const call = /^(Number|parseInt|String|parseFloat)\(([\s\S]*)\)$/.exec(t);
  if (call) {
    const arg = evaluateJs(splitTopLevel(call[2] as string)[0] ?? "", scope, depth + 1);
    if (arg === UNKNOWN) return UNKNOWN;
    if (call[1] === "String") return formatJsString(arg);
    const n = call[1] === "parseInt" ? Number.parseInt(formatJsString(arg), 10) : call[1] === "parseFloat" ? Number.parseFloat(formatJsString(arg)) : Number(arg);
    return n;
  }
  if (t.startsWith("(") && t.endsWith(")")) return evaluateJs(t.slice(1, -1), scope, depth + 1);
  if (t.startsWith("[") && t.endsWith("]")) {
    const items = splitTopLevel(t.slice(1, -1)).filter((s) => s.trim() !== "").map((s) => evaluateJs(s, scope, depth + 1));
    return items.some((v) => v === UNKNOWN) ? UNKNOWN : (items as JsValue[]);
  }
  if (t.startsWith("{") && t.endsWith("}")) {
    const out: { [key: string]: JsValue } = {};
    for (const item of splitTopLevel(t.slice(1, -1)).filter((s) => s.trim() !== "")) {
      const kv = splitTopLevel(item, ":");
      const key = (kv[0] ?? "").trim();
      const name = /^(["'])(.*)\1$/.exec(key)?.[2] ?? (/^[A-Za-z_$][\w$]*$/.test(key) ? key : undefined);
      if (name === undefined) return UNKNOWN;
      const v = kv.length === 1 ? evaluateJs(key, scope, depth + 1) : evaluateJs(kv.slice(1).join(":"), scope, depth + 1);
      if (v === UNKNOWN) return UNKNOWN;
      out[name] = v;
    }
    return out;
  }
  return UNKNOWN;
}
