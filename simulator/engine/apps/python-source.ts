import { evaluatePy, formatPyStr, splitTopLevel, type PyScope, type PyValue } from "./python-eval";

/** One logical line of Python source (continuation lines and brackets joined), with its first physical line and indentation. */
export interface PyLine {
  text: string;
  /** 1-based number of its first physical line. */
  line: number;
  /** The first physical line as written (tracebacks quote it, stripped). */
  source: string;
  indent: number;
}

/** An import statement at module level and the dotted modules it loads, in order. */
export interface PyImport {
  modules: string[];
  line: PyLine;
}

/** A view function registered by `@app.route(rule, methods=[…])` (or `@app.get`…), with the expression it returns. */
export interface FlaskRoute {
  rule: string;
  methods: string[];
  endpoint: string;
  /** The first `return` expression of its body, evaluated per request; undefined when there is none. */
  returns?: string;
  line: number;
}

/** `app.run(host=…, port=…, debug=…)` as written. */
export interface FlaskRun {
  host?: string;
  port?: string;
  debug?: string;
  line: PyLine;
}

/** What a script does that the app model can follow: output before it serves or ends, an exit status. */
export type PyEffect = ({ fd: 1 | 2; text: string; flush?: boolean } | { exit: number }) & { line: number };

/** A module read statement by statement: its imports, its literal effects, a Flask app if it builds one. */
export interface PyModule {
  imports: PyImport[];
  /** Effects of module-level statements (and the `__main__` block's), in order. */
  effects: PyEffect[];
  /** Effects of the `__main__` block only (they do not happen under `flask run` or gunicorn). */
  mainEffects: PyEffect[];
  /** Every statement was understood (a plain script can then run to its end). */
  understood: boolean;
  /** Module-level names bound to literal values. */
  names: Map<string, PyValue>;
  flask?: { variable: string; routes: FlaskRoute[]; run?: FlaskRun; runInMain: boolean };
}

/** Splits source into logical lines: brackets, backslashes and triple-quoted strings continue a line; comments are dropped. */
export function splitPyLines(source: string): PyLine[] {
  const physical = source.split("\n");
  const out: PyLine[] = [];
  let text = "";
  let start = 0;
  let depth = 0;
  let quote = "";
  for (let n = 0; n < physical.length; n++) {
    const raw = physical[n] as string;
    if (text === "" && quote === "") start = n;
    let i = 0;
    for (; i < raw.length; i++) {
      const c = raw[i] as string;
      if (quote) {
        if (c === "\\") {
          text += c + (raw[i + 1] ?? "");
          i++;
          continue;
        }
        if (raw.startsWith(quote, i)) {
          text += quote;
          i += quote.length - 1;
          quote = "";
          continue;
        }
        text += c;
        continue;
      }
      if (c === "#") break;
      if (c === ";" && depth === 0 && text.trim() !== "") {
        // `a; b` is two statements on one line.
        const first = physical[start] as string;
        out.push({ text: text.trim(), line: start + 1, source: first.trim(), indent: first.length - first.trimStart().length });
        text = "";
        continue;
      }
      if (c === '"' || c === "'") quote = raw.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      if (quote.length === 3) {
        text += quote;
        i += 2;
        continue;
      }
      if ("([{".includes(c)) depth++;
      if (")]}".includes(c)) depth = Math.max(0, depth - 1);
      text += c;
    }
    if (quote.length === 1) quote = "";
    if (quote || depth > 0 || text.endsWith("\\")) {
      text = text.endsWith("\\") ? text.slice(0, -1) : `${text}\n`;
      continue;
    }
    if (text.trim() !== "") {
      const first = physical[start] as string;
      out.push({ text: text.trim(), line: start + 1, source: first.trim(), indent: first.length - first.trimStart().length });
    }
    text = "";
    depth = 0;
  }
  return out;
}

function parseImport(text: string): string[] | undefined {
  const from = /^from\s+([\w.]+)\s+import\s+/.exec(text);
  if (from) return (from[1] as string).startsWith(".") ? [] : [from[1] as string];
  const plain = /^import\s+(.+)$/.exec(text);
  if (!plain) return undefined;
  return splitTopLevel(plain[1] as string).map((m) => (m.trim().split(/\s+as\s+/)[0] ?? "").trim());
}

/** Keyword and positional arguments of a call's argument text. */
export function parseCallArgs(text: string): { positional: string[]; keywords: Map<string, string> } {
  const positional: string[] = [];
  const keywords = new Map<string, string>();
  for (const arg of splitTopLevel(text)) {
    const kw = /^\s*([A-Za-z_]\w*)\s*=(?!=)([\s\S]*)$/.exec(arg);
    if (kw) keywords.set(kw[1] as string, (kw[2] as string).trim());
    else if (arg.trim() !== "") positional.push(arg.trim());
  }
  return { positional, keywords };
}

const ROUTE_METHODS: Record<string, string> = { get: "GET", post: "POST", put: "PUT", delete: "DELETE", patch: "PATCH" };

/** The routes a decorator adds (`@app.route("/", methods=["GET", "POST"])`, `@app.post("/x")`). */
function parseDecorator(text: string, app: string, scope: PyScope): { rule: string; methods: string[] } | undefined {
  const m = new RegExp(`^@${app}\\.(route|get|post|put|delete|patch)\\(([\\s\\S]*)\\)$`).exec(text);
  if (!m) return undefined;
  const args = parseCallArgs(m[2] as string);
  const rule = evaluatePy(args.positional[0] ?? args.keywords.get("rule") ?? "", scope);
  if (typeof rule !== "string") return undefined;
  let methods = m[1] === "route" ? ["GET"] : [ROUTE_METHODS[m[1] as string] as string];
  const listed = args.keywords.get("methods");
  if (m[1] === "route" && listed !== undefined) {
    const v = evaluatePy(listed, scope);
    if (Array.isArray(v)) methods = v.filter((x): x is string => typeof x === "string").map((x) => x.toUpperCase());
  }
  return { rule, methods };
}

/**
 * Reads a Python module the way the app models need it: module-level
 * imports, names bound to literals, print()/sys.exit() effects, and a Flask
 * application (`X = Flask(__name__)`, its decorated view functions and the
 * `X.run(...)` call, inside `if __name__ == "__main__":` or not).
 * Simplification: only these statement shapes are followed; anything else
 * marks the module as not understood (a server still starts from what was read).
 */
export function parsePyModule(source: string, env: Record<string, string>): PyModule {
  const lines = splitPyLines(source);
  const scope: PyScope = { env, names: new Map() };
  const mod: PyModule = { imports: [], effects: [], mainEffects: [], understood: true, names: scope.names };
  let decorators: { rule: string; methods: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as PyLine;
    if (l.indent > 0) continue;
    const block: PyLine[] = [];
    while (i + 1 < lines.length && (lines[i + 1] as PyLine).indent > 0) block.push(lines[++i] as PyLine);
    const t = l.text;
    const imported = parseImport(t);
    if (imported) {
      mod.imports.push({ modules: imported, line: l });
      continue;
    }
    if (/^@/.test(t)) {
      const route = mod.flask ? parseDecorator(t, mod.flask.variable, scope) : undefined;
      if (route) decorators.push(route);
      else mod.understood = false;
      continue;
    }
    const def = /^def\s+(\w+)\s*\(/.exec(t);
    if (def) {
      if (mod.flask) {
        const ret = block.find((b) => /^return\b/.test(b.text));
        for (const d of decorators) mod.flask.routes.push({ ...d, endpoint: def[1] as string, returns: ret?.text.replace(/^return\s*/, ""), line: l.line });
      }
      decorators = [];
      if (!mod.flask) mod.understood = false;
      continue;
    }
    if (/^if\s+__name__\s*==\s*(['"])__main__\1\s*:$/.test(t)) {
      for (const b of block) readStatement(b, mod, scope, true);
      continue;
    }
    readStatement({ ...l, text: t }, mod, scope, false);
    if (block.length > 0) mod.understood = false;
  }
  return mod;
}

function readStatement(l: PyLine, mod: PyModule, scope: PyScope, inMain: boolean): void {
  const t = l.text;
  const push = (effect: { fd: 1 | 2; text: string; flush?: boolean } | { exit: number }): void => {
    const e = { ...effect, line: l.line };
    mod.effects.push(e);
    if (inMain) mod.mainEffects.push(e);
  };
  if (t === "pass" || /^("""|'''|"|')/.test(t)) return;
  const imported = parseImport(t);
  if (imported) {
    mod.imports.push({ modules: imported, line: l });
    return;
  }
  const flaskApp = /^([A-Za-z_]\w*)\s*=\s*(?:flask\.)?Flask\(([\s\S]*)\)$/.exec(t);
  if (flaskApp) {
    mod.flask = { variable: flaskApp[1] as string, routes: [], runInMain: false };
    return;
  }
  const assign = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]+)$/.exec(t);
  if (assign) {
    const v = evaluatePy(assign[2] as string, scope);
    if (v === undefined) mod.understood = false;
    else scope.names.set(assign[1] as string, v);
    return;
  }
  const print = /^print\(([\s\S]*)\)$/.exec(t);
  if (print) {
    const args = parseCallArgs(print[1] as string);
    const values = args.positional.map((a) => evaluatePy(a, scope));
    const sep = args.keywords.has("sep") ? evaluatePy(args.keywords.get("sep") as string, scope) : " ";
    const end = args.keywords.has("end") ? evaluatePy(args.keywords.get("end") as string, scope) : "\n";
    const file = args.keywords.get("file");
    if (values.some((v) => v === undefined) || typeof sep !== "string" || typeof end !== "string" || (file !== undefined && file !== "sys.stderr" && file !== "sys.stdout")) {
      mod.understood = false;
      return;
    }
    const text = values.map((v) => formatPyStr(v as PyValue)).join(sep) + end;
    const flush = args.keywords.has("flush") ? evaluatePy(args.keywords.get("flush") as string, scope) === true : false;
    push({ fd: file === "sys.stderr" ? 2 : 1, text, ...(flush ? { flush } : {}) });
    return;
  }
  const exit = /^(?:sys\.)?exit\(([\s\S]*)\)$/.exec(t);
  if (exit) {
    const v = (exit[1] as string).trim() === "" ? 0 : evaluatePy(exit[1] as string, scope);
    if (typeof v === "number") push({ exit: v });
    else if (v === null) push({ exit: 0 });
    else if (typeof v === "string") {
      // sys.exit("message") prints it to stderr and exits 1.
      push({ fd: 2, text: `${v}\n` });
      push({ exit: 1 });
    } else mod.understood = false;
    return;
  }
  const run = mod.flask ? new RegExp(`^${mod.flask.variable}\\.run\\(([\\s\\S]*)\\)$`).exec(t) : null;
  if (run && mod.flask) {
    const args = parseCallArgs(run[1] as string);
    mod.flask.run = { host: args.keywords.get("host") ?? args.positional[0], port: args.keywords.get("port") ?? args.positional[1], debug: args.keywords.get("debug") ?? args.positional[2], line: l };
    mod.flask.runInMain = inMain;
    return;
  }
  mod.understood = false;
}
