import { HTTP_REASONS } from "../commands/network";
import type { ShellContext } from "../session";

/**
 * curl on the host, for reaching published container ports. Exit codes and
 * messages are curl 7.88's (Debian 12): 6 "Could not resolve host", 7
 * "Failed to connect … Couldn't connect to server", 56 "Recv failure:
 * Connection reset by peer", 52 "Empty reply from server", 22 for `-f` on an HTTP error
 * (curl: docs/libcurl/libcurl-errors.md). Only localhost is reachable: the
 * sandbox has no outside network.
 */
export function runCurl(ctx: ShellContext): number {
  const args = ctx.argv.slice(1);
  let silent = false;
  let showErrors = false;
  let includeHeaders = false;
  let failOnError = false;
  let url: string | undefined;
  for (const arg of args) {
    if (arg.startsWith("--")) {
      if (arg === "--silent") silent = true;
      else if (arg === "--show-error") showErrors = true;
      else if (arg === "--include") includeHeaders = true;
      else if (arg === "--fail") failOnError = true;
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1) {
      for (const f of arg.slice(1)) {
        if (f === "s") silent = true;
        else if (f === "S") showErrors = true;
        else if (f === "i") includeHeaders = true;
        else if (f === "f") failOnError = true;
      }
      continue;
    }
    url ??= arg;
  }
  const fail = (code: number, message: string): number => {
    if (!silent || showErrors) ctx.out.err(`curl: (${code}) ${message}\n`);
    return code;
  };
  if (!url) {
    ctx.out.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^?#]*)/i.exec(url);
  if (!m) return fail(3, "URL using bad/illegal format or missing URL");
  const scheme = (m[1] ?? "http").toLowerCase();
  const host = m[2] as string;
  const port = m[3] ? Number(m[3]) : scheme === "https" ? 443 : 80;
  const path = m[4] || "/";
  const answer = ctx.network.httpGet(host, port, path);
  if (answer === "unresolved") return fail(6, `Could not resolve host: ${host}`);
  if (answer === "refused") return fail(7, `Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server`);
  if (answer === "reset") return fail(56, "Recv failure: Connection reset by peer");
  if (answer === "empty") return fail(52, "Empty reply from server");
  if (failOnError && answer.status >= 400) return fail(22, `The requested URL returned error: ${answer.status}`);
  if (includeHeaders) {
    const headers = Object.entries(answer.headers ?? {}).filter(([name]) => name.toLowerCase() !== "content-length");
    const lines = [...headers.map(([name, value]) => `${name}: ${value}`), `Content-Length: ${new TextEncoder().encode(answer.body).length}`];
    ctx.out.out(`HTTP/1.1 ${answer.status} ${HTTP_REASONS[answer.status] ?? ""}`.trimEnd() + `\r\n${lines.join("\r\n")}\r\n\r\n`);
  }
  ctx.out.out(answer.body);
  return 0;
}
