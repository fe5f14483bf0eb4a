import { splitTopLevel } from "./python-eval";

/** A require() call: the module asked for and where the call stands (1-based line and column of `require`). */
export interface JsRequire {
  request: string;
  line: number;
  column: number;
}

/** A route an Express app registers (`app.get('/', (req, res) => res.send('hi'))`) with what its handler answers. */
export interface ExpressRoute {
  method: string;
  path: string;
  /** Status set by res.status(N)/res.sendStatus(N), and the res.send/json/end argument text. */
  status?: string;
  /** The headers object of res.writeHead(status, headers), as written. */
  headers?: string;
  send?: { kind: "send" | "json" | "end" | "sendStatus"; arg: string };
}

/** A console.log/info/warn/error call and its argument text. */
export interface JsLog {
  stream: "stdout" | "stderr";
  args: string[];
  at: number;
}

/** What server.js does that the node model can follow. */
export interface JsProgram {
  requires: JsRequire[];
  /** `import … from 'x'` makes it an ES module. */
  esm: boolean;
  /** Top-level `const NAME = expr` declarations, in order. */
  consts: { name: string; expr: string }[];
  /** console calls outside any callback, in source order. */
  logs: JsLog[];
  server?: {
    kind: "express" | "http";
    routes: ExpressRoute[];
    /** The http.createServer handler's answer (same shape as a route's). */
    handler?: ExpressRoute;
    listen?: { port: string; host?: string; logs: JsLog[] };
  };
}

/** Blanks comments out (keeping offsets), leaving strings intact. */
export function stripJsComments(source: string): string {
  let out = "";
  let quote = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (quote) {
      out += c;
      if (c === "\\") out += source[++i] ?? "";
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    if (c === "/" && source[i + 1] === "/") {
      while (i < source.length && source[i] !== "\n") {
        out += " ";
        i++;
      }
      out += source[i] ?? "";
      continue;
    }
    if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop - 1;
      continue;
    }
    out += c;
  }
  return out;
}

/** The index just after the parenthesis closing the one at `open`, or -1. */
export function findClose(text: string, open: number): number {
  let depth = 0;
  let quote = "";
  for (let i = open; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c) && --depth === 0) return i + 1;
  }
  return -1;
}

function lineCol(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split("\n").length, column: index - before.lastIndexOf("\n") };
}

/** The argument text of the call whose `(` is at `open`. */
function callArgs(text: string, open: number): string | undefined {
  const close = findClose(text, open);
  return close < 0 ? undefined : text.slice(open + 1, close - 1);
}

/** What a request handler's body answers: res.status(N), res.send/json/end(X), res.sendStatus(N), res.writeHead(N). */
function readHandler(body: string): Pick<ExpressRoute, "status" | "headers" | "send"> {
  const out: Pick<ExpressRoute, "status" | "headers" | "send"> = {};
  const head = /\b\w+\.writeHead\(/.exec(body);
  const headArgs = head ? callArgs(body, head.index + head[0].length - 1) : undefined;
  const headers = headArgs === undefined ? undefined : splitTopLevel(headArgs)[1]?.trim();
  if (headers) out.headers = headers;
  const status = /\b\w+\.(?:status|writeHead)\(\s*([^,)]+)/.exec(body) ?? /\b\w+\.statusCode\s*=\s*([^;\n]+)/.exec(body);
  if (status) out.status = (status[1] as string).trim();
  const send = /\b\w+(?:\.status\([^)]*\))?\.(send|json|end|sendStatus)\(/.exec(body);
  if (send) {
    const arg = callArgs(body, send.index + send[0].length - 1);
    if (arg !== undefined) out.send = { kind: send[1] as "send" | "json" | "end" | "sendStatus", arg: splitTopLevel(arg)[0]?.trim() ?? "" };
  }
  return out;
}

function readLogs(text: string, offset: number, skip: [number, number][]): JsLog[] {
  const logs: JsLog[] = [];
  for (const m of text.matchAll(/\bconsole\.(log|info|warn|error|debug)\(/g)) {
    const at = offset + (m.index ?? 0);
    if (skip.some(([a, b]) => at >= a && at < b)) continue;
    const args = callArgs(text, (m.index ?? 0) + m[0].length - 1);
    if (args !== undefined) logs.push({ stream: m[1] === "warn" || m[1] === "error" ? "stderr" : "stdout", args: splitTopLevel(args).map((a) => a.trim()).filter((a) => a !== ""), at });
  }
  return logs;
}

/**
 * Reads a Node.js entry script for the node model: require() calls, ES
 * imports, top-level consts, console calls, and an Express app's routes and
 * `app.listen(port, cb)`, or `http.createServer(handler).listen(port)`.
 * Simplification: JavaScript is scanned, not parsed; callbacks are found by
 * bracket matching and only their res.send/json/end argument is kept.
 */
export function parseJsProgram(source: string): JsProgram {
  const text = stripJsComments(source);
  const program: JsProgram = { requires: [], esm: false, consts: [], logs: [] };
  for (const m of text.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g)) {
    program.requires.push({ request: m[2] as string, ...lineCol(text, m.index ?? 0) });
  }
  for (const m of text.matchAll(/^\s*import\s+(?:[\w*{}\s,$]+\s+from\s+)?(['"])([^'"]+)\1/gm)) {
    program.esm = true;
    program.requires.push({ request: m[2] as string, ...lineCol(text, (m.index ?? 0) + (m[0].length - m[0].trimStart().length)) });
  }
  for (const m of text.matchAll(/^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([^;\n]+)/gm)) program.consts.push({ name: m[1] as string, expr: (m[2] as string).trim() });
  const skip: [number, number][] = [];
  const appName = /(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:express|require\(\s*['"]express['"]\s*\))\(\s*\)/.exec(text)?.[1];
  if (appName) {
    const routes: ExpressRoute[] = [];
    for (const m of text.matchAll(new RegExp(`\\b${appName.replace(/\$/g, "\\$")}\\.(get|post|put|delete|patch|all)\\(\\s*(['"\`])([^'"\`]*)\\2\\s*,`, "g"))) {
      const open = (m.index ?? 0) + m[0].indexOf("(");
      const close = findClose(text, open);
      if (close < 0) continue;
      skip.push([open, close]);
      routes.push({ method: (m[1] as string).toUpperCase(), path: m[3] as string, ...readHandler(text.slice(open, close)) });
    }
    program.server = { kind: "express", routes };
  }
  const create = /\b(?:http|https)\.createServer\(/.exec(text);
  if (create && !program.server) {
    const open = create.index + create[0].length - 1;
    const close = findClose(text, open);
    if (close > 0) {
      skip.push([open, close]);
      program.server = { kind: "http", routes: [], handler: { method: "*", path: "*", ...readHandler(text.slice(open, close)) } };
    }
  }
  const listen = /\.listen\(/.exec(text);
  if (program.server && listen) {
    const open = listen.index + listen[0].length - 1;
    const args = callArgs(text, open);
    if (args !== undefined) {
      const parts = splitTopLevel(args).map((a) => a.trim());
      const callback = parts.findIndex((p, i) => i > 0 && /^(?:\(|function\b|async\b|[A-Za-z_$][\w$]*\s*=>)/.test(p));
      const host = parts[1] !== undefined && callback !== 1 ? parts[1] : undefined;
      const cbText = callback > 0 ? (parts[callback] as string) : "";
      skip.push([open, findClose(text, open)]);
      program.server.listen = { port: parts[0] ?? "", ...(host ? { host } : {}), logs: readLogs(cbText, 0, []) };
    }
  }
  program.logs = readLogs(text, 0, skip);
  return program;
}
