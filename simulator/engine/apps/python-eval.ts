/** A value a literal Python expression can have (JSON-shaped, so Flask's jsonify can dump it). */
export type PyValue = string | number | boolean | null | PyValue[] | { [key: string]: PyValue };

/** What an expression can see: the process environment and module-level names bound to literal values. */
export interface PyScope {
  env: Record<string, string>;
  names: Map<string, PyValue>;
}

/** Splits at top-level commas (outside brackets and quotes). */
export function splitTopLevel(text: string, separator = ","): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = "";
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      cur += c;
      if (c === "\\") cur += text[++i] ?? "";
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    if (c === separator && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur.trim() !== "" || out.length > 0) out.push(cur);
  return out;
}

function unescape(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e.length > 1) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", "0": "\0", "\\": "\\", "'": "'", '"': '"' } as Record<string, string>)[e] ?? `\\${e}`;
  });
}

/** str() of a value as Python prints it (True, None, 5, 1.5, 'a'). */
export function formatPyStr(v: PyValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return `[${v.map(formatPyRepr).join(", ")}]`;
  return `{${Object.entries(v).map(([k, x]) => `${formatPyRepr(k)}: ${formatPyRepr(x)}`).join(", ")}}`;
}

function formatPyRepr(v: PyValue): string {
  return typeof v === "string" ? `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'` : formatPyStr(v);
}

/** Replaces an f-string's `{expr}` fields with their str() values; undefined if a field is not evaluable. */
function formatFString(body: string, scope: PyScope): string | undefined {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "{" && body[i + 1] === "{") {
      out += "{";
      i++;
    } else if (c === "}" && body[i + 1] === "}") {
      out += "}";
      i++;
    } else if (c === "{") {
      const end = body.indexOf("}", i);
      if (end < 0) return undefined;
      const value = evaluatePy(body.slice(i + 1, end).replace(/![rsa]$/, ""), scope);
      if (value === undefined) return undefined;
      out += formatPyStr(value);
      i = end;
    } else out += c;
  }
  return out;
}

/** os.environ.get / os.getenv / os.environ[...] lookups. */
function evaluateEnv(t: string, scope: PyScope): PyValue | undefined {
  const call = /^(?:os\.environ\.get|os\.getenv|getenv|environ\.get)\(([\s\S]*)\)$/.exec(t);
  if (call) {
    const args = splitTopLevel(call[1] as string).map((a) => evaluatePy(a, scope));
    const key = args[0];
    if (typeof key !== "string" || args.length > 2 || args.some((a) => a === undefined)) return undefined;
    return Object.hasOwn(scope.env, key) ? (scope.env[key] as string) : (args[1] ?? null);
  }
  const index = /^(?:os\.)?environ\[([\s\S]*)\]$/.exec(t);
  if (index) {
    const key = evaluatePy(index[1] as string, scope);
    return typeof key === "string" && Object.hasOwn(scope.env, key) ? (scope.env[key] as string) : undefined;
  }
  return undefined;
}

/**
 * Evaluates a literal Python expression: strings (with f-string fields),
 * numbers, True/False/None, lists, tuples and dicts of those, module-level
 * names bound to them, os.environ/os.getenv lookups, int()/str()/bool(), and
 * `a or b`. Undefined for anything else (calls, arithmetic, attributes).
 */
export function evaluatePy(text: string, scope: PyScope, depth = 0): PyValue | undefined {
  const t = text.trim();
  if (t === "" || depth > 20) return undefined;
  const or = splitOutside(t, " or ", "\"'");
  if (or.length > 1) {
    for (const part of or) {
      const v = evaluatePy(part, scope, depth + 1);
      if (v === undefined) return undefined;
      if (v !== null && v !== false && v !== "" && v !== 0) return v;
    }
    return evaluatePy(or[or.length - 1] as string, scope, depth + 1);
  }
  const str = /^([fFrRbBuU]{0,2})("""|'''|"|')([\s\S]*)\2$/.exec(t);
  if (str) {
    const prefix = (str[1] as string).toLowerCase();
    const body = str[3] as string;
    if (str[2]?.length === 1 && new RegExp(`(^|[^\\\\])${str[2]}`).test(body)) return undefined;
    const value = prefix.includes("r") ? body : unescape(body);
    return prefix.includes("f") ? formatFString(value, scope) : value;
  }
  if (/^-?\d+$/.test(t)) return Number.parseInt(t, 10);
  if (/^-?\d*\.\d+$/.test(t)) return Number.parseFloat(t);
  if (t === "True") return true;
  if (t === "False") return false;
  if (t === "None") return null;
  if (/^[A-Za-z_]\w*$/.test(t)) return scope.names.get(t);
  const env = evaluateEnv(t, scope);
  if (env !== undefined) return env;
  const cast = /^(int|str|bool|float)\(([\s\S]*)\)$/.exec(t);
  if (cast) {
    const v = evaluatePy(cast[2] as string, scope, depth + 1);
    if (v === undefined || typeof v === "object") return undefined;
    if (cast[1] === "str") return formatPyStr(v);
    if (cast[1] === "bool") return v !== "" && v !== 0 && v !== false && v !== null;
    const n = typeof v === "string" ? Number(v.trim()) : Number(v);
    if (!Number.isFinite(n) || (cast[1] === "int" && typeof v === "string" && !/^\s*-?\d+\s*$/.test(v))) return undefined;
    return cast[1] === "int" ? Math.trunc(n) : n;
  }
  if ((t.startsWith("[") && t.endsWith("]")) || (t.startsWith("(") && t.endsWith(")"))) {
    const items = splitTopLevel(t.slice(1, -1)).filter((s) => s.trim() !== "");
    const values = items.map((s) => evaluatePy(s, scope, depth + 1));
    if (values.some((v) => v === undefined)) return undefined;
    return t.startsWith("(") && values.length === 1 && !t.slice(1, -1).trim().endsWith(",") ? (values[0] as PyValue) : (values as PyValue[]);
  }
  if (t.startsWith("{") && t.endsWith("}")) {
    const out: { [key: string]: PyValue } = {};
    for (const item of splitTopLevel(t.slice(1, -1)).filter((s) => s.trim() !== "")) {
      const kv = splitTopLevel(item, ":");
      if (kv.length !== 2) return undefined;
      const k = evaluatePy(kv[0] as string, scope, depth + 1);
      const v = evaluatePy(kv[1] as string, scope, depth + 1);
      if (typeof k !== "string" || v === undefined) return undefined;
      out[k] = v;
    }
    return out;
  }
  return undefined;
}

/**
 * Splits at each `token` outside quotes and brackets, where `accept(i)`
 * agrees (Python's ` or `, JavaScript's `||`, a `+` that is not `++`).
 */
export function splitOutside(text: string, token: string, quotes: string, accept: (i: number) => boolean = () => true): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (quotes.includes(c)) quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (depth === 0 && text.startsWith(token, i) && accept(i)) {
      parts.push(text.slice(start, i));
      start = i + token.length;
      i += token.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
