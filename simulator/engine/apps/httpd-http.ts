/**
 * Apache httpd answering HTTP (modules/mappers/mod_dir.c: index.html and
 * the 301 to a directory's slash; modules/http/http_protocol.c: its error
 * pages) with the image's `common` access log on stdout:
 * `%h %l %u %t "%r" %>s %b`.
 */
import type { HttpServer, ServerAnswer } from "../http-servers";
import { calculateByteLength, findHeader, formatCommonLogTime, formatHttpDate, openRunningFs } from "./app-support";

const TYPES: Record<string, string> = { html: "text/html", htm: "text/html", css: "text/css", js: "text/javascript", json: "application/json", png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", svg: "image/svg+xml", txt: "text/plain" };

/** Apache's error page for a status (`404 Not Found`: "The requested URL was not found on this server."). */
export function formatApacheErrorPage(status: number, location?: string): string {
  const [title, text] = status === 404 ? ["Not Found", "<p>The requested URL was not found on this server.</p>"] : status === 301 ? ["Moved Permanently", `<p>The document has moved <a href="${location ?? ""}">here</a>.</p>`] : status === 403 ? ["Forbidden", "<p>You don't have permission to access this resource.</p>"] : ["Method Not Allowed", "<p>The requested method is not allowed for this URL.</p>"];
  return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${status} ${title}</title>\n</head><body>\n<h1>${title}</h1>\n${text}\n</body></html>\n`;
}

/** The httpd server model. */
export const answerHttpd: HttpServer = ({ engine, container, listen, log }, request) => {
  const now = engine.clock.now();
  const docRoot = typeof listen.config?.docRoot === "string" ? listen.config.docRoot : "/usr/local/apache2/htdocs";
  const version = typeof listen.config?.version === "string" ? listen.config.version : "2.4.63";
  const opened = openRunningFs(engine, container);
  let uri = request.path.replace(/\?.*$/s, "");
  try {
    uri = decodeURIComponent(uri);
  } catch {
    // Apache answers 400 to bad escapes; the raw path is kept here.
  }
  const base = { Date: formatHttpDate(now), Server: `Apache/${version} (Unix)` };
  const page = (status: number, extra: Record<string, string> = {}): ServerAnswer => {
    const body = formatApacheErrorPage(status, extra.Location);
    return { status, headers: { ...base, ...extra, "Content-Length": String(calculateByteLength(body)), "Content-Type": "text/html; charset=iso-8859-1" }, body };
  };
  let answer: ServerAnswer;
  const path = `${docRoot.replace(/\/$/, "")}${uri}`;
  const stat = uri.split("/").includes("..") ? null : opened?.fs.stat(path);
  if (!opened || !stat) answer = page(404);
  else if (stat.type === "dir" && !uri.endsWith("/")) answer = page(301, { Location: `http://${findHeader(request.headers, "Host") ?? "localhost"}${uri}/` });
  else {
    const file = stat.type === "dir" ? `${path.replace(/\/$/, "")}/index.html` : path;
    const fst = opened.fs.stat(file);
    if (!fst || fst.type !== "file") answer = page(stat.type === "dir" ? 403 : 404);
    else if (!["GET", "HEAD"].includes(request.method.toUpperCase())) answer = page(405, { Allow: "GET,POST,OPTIONS,HEAD" });
    else {
      const body = opened.fs.readFile(file);
      const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
      answer = { status: 200, headers: { ...base, "Last-Modified": formatHttpDate(fst.mtimeMs), ETag: `"${fst.size.toString(16)}-${Math.floor(fst.mtimeMs * 1000).toString(16)}"`, "Accept-Ranges": "bytes", "Content-Length": String(fst.size), "Content-Type": Object.hasOwn(TYPES, ext) ? (TYPES[ext] as string) : "text/plain" }, body };
    }
  }
  const head = request.method.toUpperCase() === "HEAD";
  log("stdout", `${request.clientAddress} - - [${formatCommonLogTime(now)}] "${request.method} ${request.path} HTTP/1.1" ${answer.status} ${head ? "-" : calculateByteLength(answer.body)}\n`);
  return head ? { ...answer, body: "" } : answer;
};
