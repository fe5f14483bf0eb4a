/**
 * nginx answering HTTP from the site its master read at start or reload
 * (engine/apps/nginx.ts): the static module (ngx_http_static_module.c,
 * ngx_http_index_module.c: index files, the 301 to a directory's slash,
 * 403 for a directory without one), `try_files`, `return`, `error_page`,
 * `proxy_pass` to another container, nginx's built-in error pages
 * (ngx_http_special_response.c, CRLF lines with the version in the footer),
 * and the `main` access log format of the image's nginx.conf on stdout.
 */
import type { HttpServer, ServerAnswer, ServerRequest } from "../http-servers";
import { createContainerNetwork } from "../container-network";
import type { PosixFileSystem } from "../../vfs/posix-types";
import { calculateByteLength, findHeader, formatCommonLogTime, formatHttpDate, formatNginxErrorTime, openRunningFs } from "./app-support";
import { calculateNginxLocation, type NginxLocation, type NginxServer, type NginxSite } from "./nginx-config";

const REASONS: Record<number, string> = {
  200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
  405: "Not Allowed", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out",
};

/** nginx's built-in page for an error or redirect status. */
export function formatNginxErrorPage(status: number, version: string): string {
  const title = `${status} ${REASONS[status] ?? ""}`.trim();
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>${version}</center>\r\n</body>\r\n</html>\r\n`;
}

/** What one request resolved to before logging. */
interface Outcome {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** An error-log line (without the time and pid prefix) the request caused. */
  error?: string;
}

function isDir(fs: PosixFileSystem, path: string): boolean {
  return fs.stat(path)?.type === "dir";
}

function isFile(fs: PosixFileSystem, path: string): boolean {
  return fs.stat(path)?.type === "file";
}

/** Serves the file at `path` (GET or HEAD): its type from mime.types, its length, mtime and ETag. */
function serveFile(fs: PosixFileSystem, site: NginxSite, path: string, status = 200): Outcome {
  const stat = fs.stat(path);
  const body = fs.readFile(path);
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  const size = stat?.size ?? calculateByteLength(body);
  const mtime = stat?.mtimeMs ?? 0;
  return {
    status,
    headers: { "Content-Type": Object.hasOwn(site.types, ext) ? (site.types[ext] as string) : site.defaultType, "Content-Length": String(size), "Last-Modified": formatHttpDate(mtime), Connection: "keep-alive", ETag: `"${Math.floor(mtime / 1000).toString(16)}-${size.toString(16)}"`, "Accept-Ranges": "bytes" },
    body,
  };
}

/** Context a request resolves in. */
interface Resolve {
  fs: PosixFileSystem;
  site: NginxSite;
  server: NginxServer;
  version: string;
  request: ServerRequest;
  port: number;
  proxy(url: string): Outcome;
}

const errorPage = (r: Resolve, status: number, error?: string, extra: Record<string, string> = {}): Outcome => ({
  status,
  headers: { "Content-Type": "text/html", "Content-Length": String(calculateByteLength(formatNginxErrorPage(status, r.version))), Connection: "keep-alive", ...extra },
  body: formatNginxErrorPage(status, r.version),
  ...(error ? { error } : {}),
});

/** The document root a location maps a URI under (`root` appends the URI; `alias` replaces the location's prefix). */
function mapPath(r: Resolve, location: NginxLocation | undefined, uri: string): string {
  if (location?.alias) return `${location.alias.replace(/\/$/, "")}/${uri.slice(location.path.length).replace(/^\//, "")}`;
  const root = location?.root ?? r.server.root ?? r.site.root;
  return `${root.startsWith("/") ? root : `/etc/nginx/${root}`}`.replace(/\/$/, "") + uri;
}

/** One URI through the location's handlers; `depth` bounds internal redirects (try_files fallbacks, error_page). */
function resolveUri(r: Resolve, uri: string, depth: number): Outcome {
  const location = calculateNginxLocation(r.server, uri);
  const ret = location?.return ?? r.server.return;
  if (ret) {
    const code = Number(ret[0]);
    const text = ret[1] ?? "";
    if (code >= 301 && code <= 308 && code !== 304) return errorPage(r, code, undefined, { Location: text });
    if (!text) return errorPage(r, code);
    return { status: code, headers: { "Content-Type": r.site.defaultType, "Content-Length": String(calculateByteLength(text)), Connection: "keep-alive" }, body: text };
  }
  if (location?.proxyPass) {
    const base = location.proxyPass;
    const target = /^https?:\/\/[^/]+\/./.test(base) || /^https?:\/\/[^/]+\/$/.test(base) ? base.replace(/\/$/, "") + uri.slice(location.path.length - (location.path.endsWith("/") ? 1 : 0)) : base.replace(/\/$/, "") + uri;
    return r.proxy(target);
  }
  const method = r.request.method.toUpperCase();
  if (location?.tryFiles && depth < 5) {
    const entries = location.tryFiles;
    for (const entry of entries.slice(0, -1)) {
      const candidate = entry.replace(/\$uri/g, uri);
      const path = mapPath(r, location, candidate);
      if (candidate.endsWith("/") ? isDir(r.fs, path) : isFile(r.fs, path)) return resolveStatic(r, location, candidate, method, depth);
    }
    const last = entries[entries.length - 1] ?? "=404";
    if (/^=\d+$/.test(last)) return withErrorPage(r, Number(last.slice(1)), depth);
    return resolveUri(r, last.replace(/\$uri/g, uri), depth + 1);
  }
  return resolveStatic(r, location, uri, method, depth);
}

/** The static and index modules for one URI. */
function resolveStatic(r: Resolve, location: NginxLocation | undefined, uri: string, method: string, depth: number): Outcome {
  const path = mapPath(r, location, uri);
  if (uri.endsWith("/")) {
    const index = location?.index ?? r.server.index ?? r.site.index;
    for (const name of index) {
      if (isFile(r.fs, path + name)) return method === "GET" || method === "HEAD" ? serveFile(r.fs, r.site, path + name) : withErrorPage(r, 405, depth);
    }
    if (isDir(r.fs, path)) return withErrorPage(r, 403, depth, `directory index of "${path}" is forbidden`);
    return withErrorPage(r, 404, depth, `"${path}${index[0] ?? "index.html"}" is not found (2: No such file or directory)`);
  }
  if (isDir(r.fs, path)) {
    const host = (findHeader(r.request.headers, "Host") ?? "localhost").replace(/:\d+$/, "");
    return errorPage(r, 301, undefined, { Location: `http://${host}${r.port === 80 ? "" : `:${r.port}`}${uri}/` });
  }
  if (!isFile(r.fs, path)) return withErrorPage(r, 404, depth, `open() "${path}" failed (2: No such file or directory)`);
  if (method !== "GET" && method !== "HEAD") return withErrorPage(r, 405, depth);
  return serveFile(r.fs, r.site, path);
}

/** An error status through the server's `error_page` for it, or nginx's built-in page. */
function withErrorPage(r: Resolve, status: number, depth: number, error?: string): Outcome {
  const page = r.server.errorPages.find((p) => p.codes.includes(status));
  if (page && depth < 5) {
    const inner = resolveUri(r, page.uri, depth + 1);
    if (inner.status === 200) return { ...inner, status, ...(error ? { error } : {}) };
  }
  return errorPage(r, status, error);
}

/** The server block for a port and Host header: a server_name match, else the port's first server (its default). */
function findServer(site: NginxSite, port: number, host: string): NginxServer | undefined {
  const on = site.servers.filter((s) => s.ports.includes(port));
  return on.find((s) => s.serverName === host) ?? on[0];
}

/** The nginx server model: answers from the configuration in the listening socket's start-up facts. */
export const answerNginx: HttpServer = ({ engine, container, listen, log }, request) => {
  const config = listen.config ?? {};
  const site = config.site as unknown as NginxSite;
  const version = typeof config.version === "string" ? config.version : "nginx";
  const host = (findHeader(request.headers, "Host") ?? "").replace(/:\d+$/, "");
  const server = findServer(site, listen.port, host);
  const opened = openRunningFs(engine, container);
  const now = engine.clock.now();
  const connection = (typeof config.connections === "number" ? config.connections : 0) + 1;
  config.connections = connection;
  const worker = Array.isArray(config.workers) && typeof config.workers[0] === "number" ? config.workers[0] : 29;
  const uri = decodeURIComponentSafe(request.path.replace(/\?.*$/s, ""));
  const requestLine = `${request.method} ${request.path} HTTP/1.1`;
  let outcome: Outcome;
  if (!opened || !server) outcome = { status: 500, headers: {}, body: formatNginxErrorPage(500, version) };
  else {
    const resolve: Resolve = {
      fs: opened.fs, site, server, version, request, port: listen.port,
      proxy: (url) => {
        // proxy_set_header's defaults: Host $proxy_host, Connection close (ngx_http_proxy_module).
        const headers = Object.fromEntries(Object.entries(request.headers).filter(([k]) => !/^(host|connection)$/i.test(k)));
        const proxyHost = url.replace(/^https?:\/\/([^/]+).*$/s, "$1").replace(/:80$/, "");
        const answer = createContainerNetwork(engine, container).request(url, request.method, { Host: proxyHost, Connection: "close", ...headers }, request.body);
        if (answer.kind === "response") return { status: answer.status, headers: answer.headers, body: answer.body };
        const why = answer.kind === "refused" ? "connect() failed (111: Connection refused) while connecting to upstream" : answer.kind === "timeout" ? "upstream timed out (110: Connection timed out) while connecting to upstream" : `no resolver defined to resolve ${url.replace(/^https?:\/\/([^/:]+).*$/s, "$1")}`;
        return errorPage(resolve, 502, `${why}, client: ${request.clientAddress}, server: ${server.serverName}, request: "${requestLine}", upstream: "${url}", host: "${findHeader(request.headers, "Host") ?? ""}"`);
      },
    };
    outcome = uri.split("/").includes("..") ? errorPage(resolve, 400) : resolveUri(resolve, uri, 0);
  }
  if (outcome.error) {
    const detail = outcome.error.includes(", client: ") ? outcome.error : `${outcome.error}, client: ${request.clientAddress}, server: ${server?.serverName ?? ""}, request: "${requestLine}", host: "${findHeader(request.headers, "Host") ?? ""}"`;
    log("stderr", `${formatNginxErrorTime(now)} [error] ${worker}#${worker}: *${connection} ${detail}\n`);
  }
  const head = request.method.toUpperCase() === "HEAD";
  const bytes = head ? 0 : calculateByteLength(outcome.body);
  if (site.accessLog !== "off") {
    const field = (name: string): string => findHeader(request.headers, name) ?? "-";
    const line = `${request.clientAddress} - - [${formatCommonLogTime(now)}] "${requestLine}" ${outcome.status} ${bytes} "${field("Referer")}" "${field("User-Agent")}" "${field("X-Forwarded-For")}"\n`;
    // The image links access.log to /dev/stdout; a configuration logging elsewhere writes that file instead.
    if (site.accessLog === "/var/log/nginx/access.log" || site.accessLog === "/dev/stdout") log("stdout", line);
    else if (opened) {
      try {
        opened.fs.appendFile(site.accessLog, line);
      } catch {
        // nginx reports an unwritable log once at start; requests still succeed.
      }
    }
  }
  opened?.commit();
  const answer: ServerAnswer = { status: outcome.status, headers: { Server: version, Date: formatHttpDate(now), ...outcome.headers }, body: head ? "" : outcome.body };
  return answer;
};

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
