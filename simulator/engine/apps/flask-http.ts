import type { ServerConfigValue } from "../../runtime/types";
import type { HttpServer, ServerAnswer } from "../http-servers";
import { formatWerkzeugAccess } from "./flask-banner";
import { evaluatePy, splitTopLevel, type PyValue } from "./python-eval";
import { parseCallArgs } from "./python-source";

interface Route {
  rule: string;
  methods: string[];
  endpoint: string;
  returns: string | null;
}

const REASONS: Record<number, string> = {
  200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently", 302: "Found", 400: "Bad Request", 401: "Unauthorized",
  403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 418: "I'm a Teapot", 500: "Internal Server Error", 503: "Service Unavailable",
};

/**
 * werkzeug's HTML error page (werkzeug/exceptions.py HTTPException.get_body):
 * since 2.1 `<!doctype html>\n<html lang=en>`, before it the HTML 3.2 doctype.
 */
export function formatWerkzeugError(werkzeug: string, status: number, description: string): string {
  const name = REASONS[status] ?? "Unknown Error";
  const head = Number.parseFloat(werkzeug) >= 2.1 ? "<!doctype html>\n<html lang=en>\n" : '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n';
  return `${head}<title>${status} ${name}</title>\n<h1>${name}</h1>\n<p>${description}</p>\n`;
}

const DESCRIPTIONS: Record<number, string> = {
  404: "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.",
  405: "The method is not allowed for the requested URL.",
  500: "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.",
};

/** Matches a werkzeug rule (`/users/<int:id>`, `/files/<path:p>`) against a path; the converted arguments, or undefined. */
export function matchRule(rule: string, path: string): Record<string, PyValue> | undefined {
  const names: string[] = [];
  const kinds: string[] = [];
  const pattern = rule.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>/g, (_, conv: string | undefined, name: string) => {
    names.push(name);
    kinds.push(conv ?? "string");
    return conv === "path" ? "(.+)" : conv === "int" ? "(\\d+)" : conv === "float" ? "(\\d+\\.\\d+)" : "([^/]+)";
  });
  const m = new RegExp(`^${pattern}$`).exec(path);
  if (!m) return undefined;
  const out: Record<string, PyValue> = {};
  names.forEach((n, i) => {
    const raw = decodeURIComponent(m[i + 1] as string);
    out[n] = kinds[i] === "int" ? Number.parseInt(raw, 10) : kinds[i] === "float" ? Number.parseFloat(raw) : raw;
  });
  return out;
}

/** Flask's JSON (flask/json/provider.py DefaultJSONProvider.response): sorted keys, compact outside debug, indented 2 in it, with a newline. */
export function formatFlaskJson(value: PyValue, debug: boolean): string {
  const sort = (v: PyValue): PyValue => (Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k] as PyValue)])) : v);
  return `${debug ? JSON.stringify(sort(value), null, 2) : JSON.stringify(sort(value))}\n`;
}

/** What a view's return expression makes of the response (Flask.make_response): a string is HTML, a dict/list or jsonify() JSON, a tuple adds the status. */
function makeResponse(expr: string, scope: { env: Record<string, string>; names: Map<string, PyValue> }, debug: boolean): { status: number; type: string; body: string } | undefined {
  const parts = splitTopLevel(expr);
  const bodyExpr = (parts[0] ?? "").trim().replace(/^\(([\s\S]*)\)$/, (all, inner: string) => (splitTopLevel(inner).length > 1 ? inner : all));
  if (parts.length === 1 && bodyExpr !== (parts[0] ?? "").trim()) return makeResponse(bodyExpr, scope, debug);
  let status = 200;
  if (parts.length > 1) {
    const s = evaluatePy(parts[1] as string, scope);
    if (typeof s !== "number") return undefined;
    status = s;
  }
  const jsonify = /^(?:flask\.)?jsonify\(([\s\S]*)\)$/.exec(bodyExpr);
  if (jsonify) {
    const args = parseCallArgs(jsonify[1] as string);
    let value: PyValue | undefined;
    if (args.keywords.size > 0) {
      const obj: { [key: string]: PyValue } = {};
      for (const [k, v] of args.keywords) {
        const x = evaluatePy(v, scope);
        if (x === undefined) return undefined;
        obj[k] = x;
      }
      value = obj;
    } else value = args.positional.length === 1 ? evaluatePy(args.positional[0] as string, scope) : evaluatePy(`[${args.positional.join(",")}]`, scope);
    return value === undefined ? undefined : { status, type: "application/json", body: formatFlaskJson(value, debug) };
  }
  const value = evaluatePy(bodyExpr, scope);
  if (value === undefined || typeof value === "number" || typeof value === "boolean" || value === null) return undefined;
  if (typeof value === "string") return { status, type: "text/html; charset=utf-8", body: value };
  return { status, type: "application/json", body: formatFlaskJson(value, debug) };
}

function toPy(v: ServerConfigValue | undefined): PyValue {
  return (v ?? null) as PyValue;
}

/** An RFC 7231 date (BaseHTTPRequestHandler.date_time_string). */
export function formatHttpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

/**
 * The Flask development server (werkzeug.serving + Flask's URL map): routes
 * read from app.py at start, HEAD and OPTIONS added to GET routes, werkzeug's
 * 404/405 pages, one access log line per request on stderr; the same app
 * under gunicorn (engine/apps/gunicorn.ts) answers with `Server: gunicorn`
 * and logs nothing per request.
 * Simplification: view functions are not run; their first `return`
 * expression is evaluated when it is literal (strings, f-strings over
 * os.environ and URL variables, dicts, jsonify of literals, (body, status)
 * tuples). Anything else answers 500, with a note in the log.
 */
export const answerFlask: HttpServer = (ctx, request) => {
  const cfg = ctx.listen.config ?? {};
  const werkzeug = typeof cfg.werkzeug === "string" ? cfg.werkzeug : "3.0.3";
  const debug = cfg.debug === true;
  const routes = (Array.isArray(cfg.routes) ? cfg.routes : []) as unknown as Route[];
  const path = request.path.split("?")[0] || "/";
  const now = ctx.engine.clock.now();
  const gunicorn = cfg.server === "gunicorn";
  const headers = (type: string, body: string, extra: Record<string, string> = {}): Record<string, string> => ({
    Server: gunicorn ? "gunicorn" : `Werkzeug/${werkzeug} Python/${typeof cfg.python === "string" ? cfg.python : "3.12.8"}`,
    Date: formatHttpDate(now),
    ...extra,
    "Content-Type": type,
    "Content-Length": String(new TextEncoder().encode(body).length),
    Connection: "close",
  });
  const answer = (status: number, type: string, body: string, extra?: Record<string, string>): ServerAnswer => {
    // gunicorn writes no access log by default (its accesslog setting is None).
    if (!gunicorn) ctx.log("stderr", formatWerkzeugAccess(werkzeug, request.clientAddress, now, `${request.method} ${request.path} HTTP/1.1`, status));
    return { status, headers: headers(type, body, extra), body: request.method === "HEAD" ? "" : body };
  };
  const matching = routes.map((r) => ({ r, args: matchRule(r.rule, path) })).filter((m) => m.args !== undefined);
  if (matching.length === 0) return answer(404, "text/html; charset=utf-8", formatWerkzeugError(werkzeug, 404, DESCRIPTIONS[404] as string));
  const allowed = new Set<string>();
  for (const { r } of matching) for (const m of r.methods) allowed.add(m);
  if (allowed.has("GET")) allowed.add("HEAD");
  allowed.add("OPTIONS");
  const allow = [...allowed].sort().join(", ");
  const method = request.method === "HEAD" ? "GET" : request.method;
  const hit = matching.find(({ r }) => r.methods.includes(method));
  if (request.method === "OPTIONS" && !hit) return answer(200, "text/html; charset=utf-8", "", { Allow: allow });
  if (!hit) return answer(405, "text/html; charset=utf-8", formatWerkzeugError(werkzeug, 405, DESCRIPTIONS[405] as string), { Allow: allow });
  const names = new Map<string, PyValue>(Object.entries((cfg.names ?? {}) as Record<string, ServerConfigValue>).map(([k, v]) => [k, toPy(v)]));
  for (const [k, v] of Object.entries(hit.args ?? {})) names.set(k, v);
  const env = (cfg.env ?? {}) as Record<string, string>;
  const made = hit.r.returns === null ? undefined : makeResponse(hit.r.returns, { env, names }, debug);
  if (!made) {
    ctx.log("stderr", `note: Dockyard does not run Python code; the view ${hit.r.endpoint}() returns ${hit.r.returns === null ? "nothing it can read" : `\`${hit.r.returns}\``}, which it cannot evaluate\n`);
    return answer(500, "text/html; charset=utf-8", formatWerkzeugError(werkzeug, 500, DESCRIPTIONS[500] as string));
  }
  return answer(made.status, made.type, made.body);
};
