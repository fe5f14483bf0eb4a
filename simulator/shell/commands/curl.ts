import { FsError } from "../../vfs/types";
import { detectOsId } from "./lib/os-release";
import { readOptional } from "../packages/common";
import { byteLength, CONNECT_TIMEOUT_MS, getHeader, guessAddress, HTTP_REASONS, isIpLiteral, OFFLINE_NETWORK, parseUrl, type NetworkResponse } from "./network";
import type { PosixCommandContext } from "./types";

/** curl's version by distribution: Debian bookworm 7.88.1, Ubuntu noble 8.5.0, Alpine 3.21 8.12.1. */
function curlVersion(ctx: PosixCommandContext): string {
  const id = detectOsId(ctx);
  return id === "ubuntu" ? "8.5.0" : id === "alpine" ? "8.12.1" : "7.88.1";
}

const VALUED = new Set(["-o", "--output", "-X", "--request", "-H", "--header", "-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--data-urlencode", "--json", "-w", "--write-out", "-u", "--user", "-A", "--user-agent", "-e", "--referer", "-m", "--max-time", "--connect-timeout", "--retry", "--retry-delay", "--retry-max-time", "--cacert", "--resolve", "-x", "--proxy", "-b", "--cookie", "-c", "--cookie-jar", "-F", "--form", "-T", "--upload-file", "--url", "-r", "--range", "-C", "--continue-at"]);
const FLAGS: Record<string, string> = { s: "--silent", S: "--show-error", f: "--fail", L: "--location", O: "--remote-name", I: "--head", i: "--include", k: "--insecure", v: "--verbose", "#": "--progress-bar", g: "--globoff", N: "--no-buffer", G: "--get", q: "--disable", "4": "--ipv4", "6": "--ipv6" };
const SHORT_VALUED: Record<string, string> = { o: "-o", X: "-X", H: "-H", d: "-d", w: "-w", u: "-u", A: "-A", e: "-e", m: "-m", x: "-x", b: "-b", c: "-c", F: "-F", T: "-T", r: "-r", C: "-C" };
const LONG_FLAGS = new Set([...Object.values(FLAGS), "--fail-with-body", "--compressed", "--http1.1", "--http2", "--no-progress-meter", "--tcp-nodelay", "--no-keepalive", "--location-trusted", "--remote-header-name", "-J", "--create-dirs"]);

interface CurlArgs {
  flags: Set<string>;
  values: [string, string][];
  urls: string[];
}

function parseCurlArgs(args: readonly string[]): CurlArgs | { error: string; status: number } {
  const o: CurlArgs = { flags: new Set(), values: [], urls: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith("--")) {
      const [name, inline] = a.split(/=(.*)/s) as [string, string | undefined];
      if (VALUED.has(name)) {
        const v = inline ?? args[++i];
        if (v === undefined) return { error: `curl: option ${name}: requires parameter\n`, status: 2 };
        if (name === "--url") o.urls.push(v);
        else o.values.push([name, v]);
      } else if (LONG_FLAGS.has(name) || /^--no-/.test(name)) o.flags.add(name);
      else return { error: `curl: option ${a}: is unknown\n`, status: 2 };
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      o.urls.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      const valued = SHORT_VALUED[c];
      if (valued) {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (v === undefined) return { error: `curl: option -${c}: requires parameter\n`, status: 2 };
        o.values.push([valued, v]);
        break;
      }
      const flag = FLAGS[c];
      if (!flag) return { error: `curl: option -${c}: is unknown\n`, status: 2 };
      o.flags.add(flag);
    }
  }
  return o;
}

function valueOf(o: CurlArgs, ...names: string[]): string | undefined {
  const hits = o.values.filter(([n]) => names.includes(n));
  return hits[hits.length - 1]?.[1];
}

/** curl's max5data (src/tool_progress.c): a byte count in five columns ("  615", "1024k", "12.3M"). */
function max5(bytes: number): string {
  if (bytes < 100000) return String(Math.round(bytes)).padStart(5);
  if (bytes < 10000 * 1024) return `${Math.floor(bytes / 1024)}k`.padStart(5);
  if (bytes < 100 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)}M`.padStart(5);
  return `${Math.floor(bytes / 1024 / 1024)}M`.padStart(5);
}

const METER_HEADER = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n";
const METER_ZERO = "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0";

/** One line of curl's progress meter (src/tool_progress.c progress_meter): percent and size total, received, uploaded, speeds, times. */
function formatMeterLine(total: number, received: number, ms: number): string {
  const pct = total > 0 ? String(Math.floor((received * 100) / total)).padStart(3) : "  0";
  const speed = max5(received === 0 ? 0 : ms > 0 ? (received * 1000) / ms : received);
  const time = ms >= 1000 ? ` ${Math.floor(ms / 3600000)}:${String(Math.floor(ms / 60000) % 60).padStart(2, "0")}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}` : "--:--:--";
  return `${pct} ${max5(total)}  ${pct} ${max5(received)}    0     0  ${speed}      0 ${time} ${time} --:--:-- ${speed}`;
}

/** -w/--write-out: %{variable} and backslash escapes. */
function formatWriteOut(format: string, vars: Record<string, string>): string {
  return format
    .replace(/%\{([a-z_]+)\}/g, (m, name: string) => vars[name] ?? "")
    .replace(/%%/g, "%")
    .replace(/\\([ntr\\])/g, (_, c: string) => ({ n: "\n", t: "\t", r: "\r", "\\": "\\" })[c] ?? c);
}

/**
 * curl (7.88.1 on Debian bookworm, 8.x on Ubuntu and Alpine) over the
 * container's network: -s -S -f -L -o -O -I -i -v -X -H -d --json -w, the
 * progress meter on stderr when the body is not shown on a terminal, and
 * curl's error lines and exit codes: (6) Could not resolve host, (7) Failed
 * to connect, (22) The requested URL returned error, (28) timeouts, (56) connection reset,
 * (52) empty reply, (3) bad URL, (23) write failures, (47) too many redirects; 2 for bad options.
 */
export function runCurl(ctx: PosixCommandContext): number {
  const parsed = parseCurlArgs(ctx.argv.slice(1));
  if ("error" in parsed) {
    ctx.out.err(`${parsed.error}curl: try 'curl --help' or 'curl --manual' for more information\n`);
    return parsed.status;
  }
  const o = parsed;
  if (o.flags.has("--version") || ctx.argv.includes("-V")) {
    const v = curlVersion(ctx);
    ctx.out.out(`curl ${v} (x86_64-pc-linux-${detectOsId(ctx) === "alpine" ? "musl" : "gnu"}) libcurl/${v} OpenSSL/3.0.15 zlib/1.2.13\nProtocols: dict file ftp ftps gopher gophers http https imap imaps mqtt pop3 pop3s rtsp smb smbs smtp smtps telnet tftp\nFeatures: alt-svc AsynchDNS HSTS HTTP2 HTTPS-proxy IPv6 Largefile libz NTLM SSL threadsafe TLS-SRP UnixSockets\n`);
    return 0;
  }
  if (o.urls.length === 0) {
    ctx.out.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const silent = o.flags.has("--silent");
  const showErrors = !silent || o.flags.has("--show-error");
  const fail = (code: number, message: string): number => {
    if (showErrors) ctx.out.err(`curl: (${code}) ${message}\n`);
    return code;
  };
  const network = ctx.network ?? OFFLINE_NETWORK;
  const verbose = o.flags.has("--verbose");
  let status = 0;
  for (const [index, rawUrl] of o.urls.entries()) {
    let url = parseUrl(rawUrl);
    if ("error" in url) {
      status = url.error === "scheme" ? fail(1, `Protocol "${url.scheme}" not supported or disabled in libcurl`) : fail(3, "URL using bad/illegal format or missing URL");
      continue;
    }
    let target = index === 0 ? valueOf(o, "-o", "--output") : undefined;
    if (target === undefined && o.flags.has("--remote-name")) {
      target = decodeURIComponent(url.path.replace(/\?.*$/, "").split("/").pop() ?? "");
      if (target === "") {
        if (!silent) ctx.out.err("curl: Remote file name has no length!\n");
        status = fail(23, "Failed writing received data to disk/application");
        continue;
      }
    }
    const toTerminal = (target === undefined || target === "-" || target === "/dev/stdout") && ctx.isTerminal === true;
    // The meter is drawn unless the body goes to a terminal (curl: src/tool_cb_prg.c, tool_operate.c).
    const meter = !silent && !toTerminal && !o.flags.has("--no-progress-meter") && !verbose;
    if (meter) ctx.out.err(`${METER_HEADER}\r${METER_ZERO}`);
    let data = valueOf(o, "-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--data-urlencode", "--json");
    if (data?.startsWith("@") && !o.values.some(([n]) => n === "--data-raw")) data = data === "@-" ? ctx.stdin : (readOptional(ctx, ctx.resolve(data.slice(1))) ?? "").replace(/\r?\n/g, "");
    const head = o.flags.has("--head");
    let method = valueOf(o, "-X", "--request") ?? (head ? "HEAD" : data !== undefined ? "POST" : "GET");
    const headers: Record<string, string> = { Host: url.explicitPort ? `${url.host}:${url.port}` : url.host, "User-Agent": valueOf(o, "-A", "--user-agent") ?? `curl/${curlVersion(ctx)}`, Accept: "*/*" };
    if (data !== undefined) {
      headers["Content-Type"] = o.values.some(([n]) => n === "--json") ? "application/json" : "application/x-www-form-urlencoded";
      headers["Content-Length"] = String(byteLength(data));
    }
    for (const [n, v] of o.values) if (n === "-H" || n === "--header") {
      const colon = v.indexOf(":");
      if (colon > 0) headers[v.slice(0, colon).trim()] = v.slice(colon + 1).trim();
    }
    const started = ctx.clock.now();
    let response: NetworkResponse;
    let redirects = 0;
    for (;;) {
      if (verbose) ctx.out.err(`*   Trying ${guessAddress(url.host, undefined)}:${url.port}...\n`);
      response = network.request(url.href, method, headers, data);
      ctx.budget.tick();
      if (response.kind !== "response" || !o.flags.has("--location") || ![301, 302, 303, 307, 308].includes(response.status)) break;
      const location = getHeader(response.headers, "location");
      if (location === undefined) break;
      if (++redirects > 50) return fail(47, "Maximum (50) redirects followed");
      const next = parseUrl(location.startsWith("/") ? `${url.scheme}://${headers.Host}${location}` : location);
      if ("error" in next) break;
      url = next;
      headers.Host = url.explicitPort ? `${url.host}:${url.port}` : url.host;
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
        method = "GET";
        data = undefined;
      }
    }
    const timeout = Number(valueOf(o, "--connect-timeout", "-m", "--max-time") ?? Number.NaN);
    const writeOut = valueOf(o, "-w", "--write-out");
    const vars = (code: string, bytes = 0): Record<string, string> => ({ http_code: code, response_code: code, url_effective: url.href, size_download: String(bytes), time_total: ((ctx.clock.now() - started) / 1000).toFixed(6), content_type: response.kind === "response" ? (getHeader(response.headers, "content-type") ?? "") : "", num_redirects: String(redirects) });
    if (response.kind !== "response") {
      if (meter && !(response.kind === "unresolved" && !isIpLiteral(url.host))) ctx.out.err(`\r${METER_ZERO}\n`);
      if (response.kind === "unresolved" && !isIpLiteral(url.host)) status = fail(6, `Could not resolve host: ${url.host}`);
      else if (response.kind === "timeout") {
        const waited = Number.isFinite(timeout) ? timeout * 1000 : CONNECT_TIMEOUT_MS;
        ctx.clock.advance(waited);
        status = Number.isFinite(timeout) ? fail(28, o.values.some(([n]) => n === "--connect-timeout") ? `Connection timed out after ${waited + 1} milliseconds` : `Operation timed out after ${waited} milliseconds with 0 bytes received`) : fail(28, `Failed to connect to ${url.host} port ${url.port} after ${waited} ms: Couldn't connect to server`);
      } else if (response.kind === "reset") status = fail(56, "Recv failure: Connection reset by peer");
      else if (response.kind === "empty") status = fail(52, "Empty reply from server");
      else status = fail(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`);
      if (writeOut !== undefined) ctx.out.out(formatWriteOut(writeOut, vars("000")));
      continue;
    }
    const body = head ? "" : response.body;
    const bytes = head ? 0 : (response.size ?? byteLength(body));
    ctx.clock.advance(2 + Math.ceil(bytes / 8000));
    const reason = HTTP_REASONS[response.status] ?? "";
    const headerText = `HTTP/1.1 ${response.status}${reason ? ` ${reason}` : ""}\r\n${Object.entries(response.headers).map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`;
    if (verbose) {
      const addr = guessAddress(url.host, response.address);
      ctx.out.err(`* Connected to ${url.host} (${addr}) port ${url.port} (#0)\n> ${method} ${url.path} HTTP/1.1\n${Object.entries(headers).map(([k, v]) => `> ${k}: ${v}\n`).join("")}> \n${headerText.replace(/\r\n$/, "").split("\r\n").map((l) => `< ${l}\n`).join("")}`);
    }
    const failed = response.status >= 400 && (o.flags.has("--fail") || o.flags.has("--fail-with-body"));
    const text = (head || o.flags.has("--include") ? headerText : "") + (failed && !o.flags.has("--fail-with-body") ? "" : body);
    const ms = ctx.clock.now() - started;
    const finalLine = failed ? formatMeterLine(bytes, 0, ms) : formatMeterLine(bytes, bytes, ms);
    if (target === "/dev/null") {
      // discarded
    } else if (target === "/dev/stderr") ctx.out.err(text);
    else if (target !== undefined && target !== "-" && target !== "/dev/stdout") {
      try {
        // A stand-in body (a tarball) keeps its declared size when it is the whole file.
        if (text === body && response.size !== undefined) ctx.fs.writeFileWith(ctx.resolve(target), text, { size: response.size });
        else ctx.fs.writeFile(ctx.resolve(target), text);
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        if (!silent) ctx.out.err(`Warning: Failed to open the file ${target}: ${e.code === "ENOENT" ? "No such file or directory" : e.code === "EISDIR" ? "Is a directory" : "Permission denied"}\n`);
        if (meter) ctx.out.err(`${finalLine}\n`);
        status = fail(23, "Failure writing output to destination");
        continue;
      }
    } else ctx.out.out(text);
    if (meter) ctx.out.err(`\r${finalLine}\n`);
    if (writeOut !== undefined) ctx.out.out(formatWriteOut(writeOut, vars(String(response.status), bytes)));
    if (verbose) ctx.out.err(`* Connection #0 to host ${url.host} left intact\n`);
    if (failed) status = fail(22, `The requested URL returned error: ${response.status}`);
  }
  return status;
}
