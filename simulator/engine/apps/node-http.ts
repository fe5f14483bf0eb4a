import type { ServerConfigValue } from "../../runtime/types";
import type { HttpServer, ServerAnswer } from "../http-servers";
import { evaluateJs, formatJsString, UNKNOWN, type JsValue } from "./node-eval";
import { formatHttpDate } from "./flask-http";

interface Send {
  kind: "send" | "json" | "end" | "sendStatus";
  arg: string;
}

interface Route {
  method: string;
  path: string;
  status: string | null;
  headers: string | null;
  send: Send | null;
}

/** Node's STATUS_CODES for the statuses apps commonly send. */
const REASONS: Record<number, string> = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently", 302: "Found", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error", 503: "Service Unavailable" };

/** finalhandler's error page (finalhandler/index.js createHtmlDocument), as Express sends for a route it lacks (`Cannot GET /x`). */
export function formatFinalhandlerPage(message: string): string {
  const body = message.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>${body}</pre>\n</body>\n</html>\n`;
}

/** Matches an Express path (`/users/:id`) against a request path; the params, or undefined. */
export function matchExpressPath(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const re = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/:(\w+)/g, (_, n: string) => {
    names.push(n);
    return "([^/]+)";
  });
  // Express 4 routes are not strict about a trailing slash.
  const m = new RegExp(`^${re}/?$`, "i").exec(path);
  if (!m) return undefined;
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1] as string)]));
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Node.js servers: Express 4 routes (res.send of a string is text/html, of an
 * object or res.json JSON, res.sendStatus the status text; a missing route is
 * finalhandler's `Cannot GET /path` 404) and plain http.createServer
 * handlers (writeHead/statusCode and res.end). Neither logs requests.
 * Simplification: handlers are not run; the res.send/json/end argument is
 * evaluated when it is literal (strings, templates over process.env and the
 * script's consts, objects); otherwise the answer is a 500 with a note in
 * the log. Express's ETag header is left out.
 */
export const answerNode: HttpServer = (ctx, request) => {
  const cfg = ctx.listen.config ?? {};
  const express = cfg.kind === "express";
  const env = (cfg.env ?? {}) as Record<string, string>;
  const names = new Map<string, JsValue>(Object.entries((cfg.names ?? {}) as Record<string, ServerConfigValue>).map(([k, v]) => [k, v as JsValue]));
  const path = request.path.split("?")[0] || "/";
  const date = formatHttpDate(ctx.engine.clock.now());
  // A head written by writeHead() before end(data) has no Content-Length, so node sends the body chunked (lib/_http_outgoing.js _storeHeader).
  const reply = (status: number, type: string | undefined, body: string, extra: Record<string, string> = {}, chunked = false): ServerAnswer => ({
    status,
    headers: {
      ...(express ? { "X-Powered-By": "Express" } : {}),
      ...extra,
      ...(type ? { "Content-Type": type } : {}),
      ...(chunked ? {} : { "Content-Length": String(byteLength(body)) }),
      Date: date,
      Connection: "keep-alive",
      "Keep-Alive": "timeout=5",
      ...(chunked ? { "Transfer-Encoding": "chunked" } : {}),
    },
    body: request.method === "HEAD" ? "" : body,
  });
  let route: Route | undefined;
  if (express) {
    const routes = (Array.isArray(cfg.routes) ? cfg.routes : []) as unknown as Route[];
    const method = request.method === "HEAD" ? "GET" : request.method;
    for (const r of routes) {
      const params = (r.method === method || r.method === "ALL") && matchExpressPath(r.path, path);
      if (!params) continue;
      route = r;
      for (const [k, v] of Object.entries(params)) names.set(k, v);
      break;
    }
    if (!route) {
      return reply(404, "text/html; charset=utf-8", formatFinalhandlerPage(`Cannot ${request.method} ${path}`), { "Content-Security-Policy": "default-src 'none'", "X-Content-Type-Options": "nosniff" });
    }
  } else route = (cfg.handler ?? undefined) as unknown as Route | undefined;
  const scope = { env, names };
  const statusValue = route?.status ? evaluateJs(route.status, scope) : 200;
  const status = typeof statusValue === "number" ? statusValue : 200;
  const send = route?.send;
  if (send?.kind === "sendStatus") {
    const code = evaluateJs(send.arg, scope);
    if (typeof code === "number") return reply(code, "text/plain; charset=utf-8", REASONS[code] ?? String(code));
  }
  const value = send ? (send.arg === "" ? "" : evaluateJs(send.arg, scope)) : UNKNOWN;
  if (value === UNKNOWN) {
    ctx.log("stderr", `note: Dockyard does not run JavaScript; the handler for ${request.method} ${path} answers \`${send?.arg ?? "(nothing it can read)"}\`, which it cannot evaluate\n`);
    return reply(500, "text/html; charset=utf-8", express ? formatFinalhandlerPage("Internal Server Error") : "");
  }
  if (send?.kind === "end") {
    const set = route?.headers ? evaluateJs(route.headers, scope) : undefined;
    const extra: Record<string, string> = {};
    if (set && typeof set === "object" && !Array.isArray(set)) for (const [k, v] of Object.entries(set)) extra[k] = formatJsString(v);
    return reply(status, undefined, value === undefined ? "" : formatJsString(value), extra, route?.headers !== null && route?.headers !== undefined);
  }
  if (send?.kind === "json" || (value !== null && typeof value === "object")) return reply(status, "application/json; charset=utf-8", JSON.stringify(value) ?? "");
  return reply(status, "text/html; charset=utf-8", formatJsString(value));
};
