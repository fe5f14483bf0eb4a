/**
 * kuard's HTTP handlers (kubernetes-up-and-running/kuard pkg/app/app.go,
 * pkg/debugprobe): `/healthy` and `/ready` answer `ok` (the liveness and
 * readiness probes the book's exercises point at), `/` the demo page; each
 * request is logged as `<remote addr> <method> <url>` through Go's log.
 */
import type { HttpServer } from "../http-servers";
import { calculateByteLength, formatHttpDate, formatNginxErrorTime } from "./app-support";

/**
 * The demo page.
 * Simplification: a short stand-in with kuard's title and version instead
 * of the React single-page app the real binary embeds.
 */
function formatKuardPage(version: string, hostname: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>KUAR Demo</title>
</head>
<body>
<h1>KUAR Demo</h1>
<p>Version: ${version}</p>
<p>Hostname: ${hostname}</p>
<p>Probes: <a href="/healthy">/healthy</a> <a href="/ready">/ready</a></p>
</body>
</html>
`;
}

/** The kuard server model. */
export const answerKuard: HttpServer = ({ engine, container, listen, log }, request) => {
  const config = listen.config ?? {};
  const requests = (typeof config.requests === "number" ? config.requests : 0) + 1;
  config.requests = requests;
  const now = engine.clock.now();
  const path = request.path.replace(/\?.*$/s, "");
  // The client's ephemeral port is not modelled by the connection; Linux hands them out upward from 32768.
  log("stderr", `${formatNginxErrorTime(now)} ${request.clientAddress}:${32768 + requests * 7} ${request.method} ${request.path}\n`);
  const text = (status: number, body: string, type = "text/plain; charset=utf-8") => ({ status, headers: { "Content-Type": type, Date: formatHttpDate(now), "Content-Length": String(calculateByteLength(body)) }, body });
  if (path === "/healthy" || path === "/ready") return text(200, "ok");
  if (path === "/" || path === "/index.html") return text(200, formatKuardPage(typeof config.version === "string" ? config.version : "", container.config.Hostname), "text/html");
  return text(404, "404 page not found\n");
};
