import { FsError } from "../../vfs/types";
import { strftime } from "./lib/time";
import { byteLength, CONNECT_TIMEOUT_MS, getHeader, guessAddress, HTTP_REASONS, isIpLiteral, OFFLINE_NETWORK, parseUrl } from "./network";
import type { PosixCommandContext } from "./types";
import { runBusyboxWget } from "./wget-busybox";

interface GnuOptions {
  quiet: boolean;
  noVerbose: boolean;
  output: string | undefined;
  prefix: string | undefined;
  headers: Record<string, string>;
  postData: string | undefined;
  spider: boolean;
  urls: string[];
}

const VALUED = new Set(["-O", "--output-document", "-P", "--directory-prefix", "--header", "--post-data", "-U", "--user-agent", "-T", "--timeout", "-t", "--tries", "-o", "--output-file", "-a", "--append-output", "--method", "--body-data", "--wait"]);

function parseGnu(args: readonly string[]): GnuOptions | string {
  const o: GnuOptions = { quiet: false, noVerbose: false, output: undefined, prefix: undefined, headers: {}, postData: undefined, spider: false, urls: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith("-") || a === "-") {
      o.urls.push(a);
      continue;
    }
    const long = a.startsWith("--");
    if (!long && !/^-n[vcpH]$/.test(a)) {
      // A cluster of short options: "-qO-", "-qc", "-O" "file".
      for (let j = 1; j < a.length; j++) {
        const c = a[j] as string;
        if (VALUED.has(`-${c}`)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (v === undefined) return `option requires an argument -- '${c}'`;
          if (c === "O") o.output = v;
          else if (c === "P") o.prefix = v;
          break;
        }
        if (c === "q") o.quiet = true;
        else if (!"cvNk46".includes(c)) return `invalid option -- '${c}'`;
      }
      continue;
    }
    const [name, inline] = long ? (a.split(/=(.*)/s) as [string, string | undefined]) : [a, undefined];
    const value = VALUED.has(name) ? (inline ?? args[++i]) : undefined;
    if (VALUED.has(name) && value === undefined) return long ? `option '${name}' requires an argument` : `option requires an argument -- '${name.slice(1)}'`;
    if (name === "-q" || name === "--quiet") o.quiet = true;
    else if (name === "-nv" || name === "--no-verbose") o.noVerbose = true;
    else if (name === "-O" || name === "--output-document") o.output = value;
    else if (name === "-P" || name === "--directory-prefix") o.prefix = value;
    else if (name === "--header") {
      const colon = (value as string).indexOf(":");
      if (colon > 0) o.headers[(value as string).slice(0, colon).trim()] = (value as string).slice(colon + 1).trim();
    } else if (name === "--post-data" || name === "--body-data") o.postData = value;
    else if (name === "--spider") o.spider = true;
    else if (!VALUED.has(name) && !["-c", "--continue", "-v", "--verbose", "--no-check-certificate", "-N", "--timestamping", "--no-cache", "-nc", "--no-clobber", "--progress", "--show-progress", "--no-hsts", "-4", "-6", "--inet4-only"].includes(name) && !name.startsWith("--progress=")) {
      return long ? `unrecognized option '${name}'` : `invalid option -- '${name.slice(1)}'`;
    }
  }
  return o;
}

/** gnulib quote(): 'x' in the C locale, ‘x’ when LANG/LC_ALL name UTF-8 (the python images set LANG=C.UTF-8). */
function quote(ctx: PosixCommandContext, s: string): string {
  const locale = ctx.env.LC_ALL || ctx.env.LC_CTYPE || ctx.env.LANG || "";
  return /utf-?8/i.test(locale) ? `\u2018${s}\u2019` : `'${s}'`;
}

/** wget's speed figure: "58.6 MB/s" in the final line, "58.6M" in the dot line (src/retr.c retr_rate). */
function rate(bytes: number, ms: number): [string, string] {
  const perSec = (bytes * 1000) / Math.max(ms, 1);
  const units: [string, string][] = [["B/s", ""], ["KB/s", "K"], ["MB/s", "M"], ["GB/s", "G"]];
  let v = perSec;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : 2;
  return [`${v.toFixed(digits)} ${units[i]?.[0]}`, `${v.toFixed(digits)}${units[i]?.[1]}`];
}

/** The dot progress of a non-terminal stderr: "     0K .......... 100% 58.6M=0s" (src/progress.c dot_finish). */
function dotLine(bytes: number, ms: number): string {
  const kib = Math.floor(bytes / 1024);
  let out = "";
  const rows = Math.max(1, Math.ceil((kib + 1) / 50));
  for (let r = 0; r < rows; r++) {
    const dots = Math.min(50, kib - r * 50);
    out += `${String(r * 50).padStart(6)}K`;
    for (let d = 0; d < 50; d++) out += (d % 10 === 0 ? " " : "") + (d < dots ? "." : " ");
    out += r === rows - 1 ? ` 100% ${rate(bytes, ms)[1].padStart(5)}=${(ms / 1000).toFixed(ms < 1000 ? 0 : 1)}s\n` : "\n";
  }
  return out;
}

/** A free name for a download: FILE, else FILE.1, FILE.2… (wget's unique_name without -O). */
function uniqueName(ctx: PosixCommandContext, name: string): string {
  if (!ctx.fs.lstat(ctx.resolve(name))) return name;
  for (let n = 1; ; n++) if (!ctx.fs.lstat(ctx.resolve(`${name}.${n}`))) return `${name}.${n}`;
}

/**
 * GNU Wget 1.21 (Debian, Ubuntu) over the container's network: the
 * `--time--  URL` log on stderr with resolving, connecting and the dot
 * progress, -q, -nv, -O FILE / -O -, -P DIR, --header, --post-data,
 * --spider. Exit statuses as wget(1): 4 network failure (unresolved,
 * refused, timed out), 8 server error response, 3 file I/O, 2 usage.
 */
function runGnuWget(ctx: PosixCommandContext): number {
  const o = parseGnu(ctx.argv.slice(1));
  if (typeof o === "string") {
    ctx.out.err(`wget: ${o}\nUsage: wget [OPTION]... [URL]...\n\nTry \`wget --help' for more options.\n`);
    return 2;
  }
  if (o.urls.length === 0) {
    ctx.out.err("wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n");
    return 1;
  }
  const log = (text: string): void => void (!o.quiet && ctx.out.err(text));
  const network = ctx.network ?? OFFLINE_NETWORK;
  const stamp = (): string => strftime("%Y-%m-%d %H:%M:%S", ctx.clock.now());
  let status = 0;
  for (const raw of o.urls) {
    const url = parseUrl(raw);
    if ("error" in url) {
      ctx.out.err(url.error === "scheme" ? `${raw}: Unsupported scheme ${quote(ctx, url.scheme)}.\n` : `${raw}: Invalid URL ${raw}: Invalid host name\n`);
      status = 1;
      continue;
    }
    if (!o.noVerbose) log(`--${stamp()}--  ${url.href}\n`);
    const headers = { "User-Agent": "Wget/1.21.3", Accept: "*/*", "Accept-Encoding": "identity", Host: url.explicitPort ? `${url.host}:${url.port}` : url.host, Connection: "Keep-Alive", ...o.headers };
    const response = network.request(url.href, o.spider ? "HEAD" : o.postData !== undefined ? "POST" : "GET", headers, o.postData);
    ctx.budget.tick();
    const literal = isIpLiteral(url.host);
    const connectTo = (addr: string): string => (literal ? `Connecting to ${addr}:${url.port}... ` : `Connecting to ${url.host} (${url.host})|${addr}|:${url.port}... `);
    if (response.kind === "unresolved" && !literal) {
      if (!o.noVerbose) log(`Resolving ${url.host} (${url.host})... failed: Name or service not known.\n`);
      log(`wget: unable to resolve host address ${quote(ctx, url.host)}\n`);
      status = 4;
      continue;
    }
    const addr = guessAddress(url.host, response.kind === "unresolved" ? undefined : response.address);
    if (!literal && !o.noVerbose) log(`Resolving ${url.host} (${url.host})... ${addr}\n`);
    if (response.kind !== "response") {
      if (response.kind === "timeout") ctx.clock.advance(CONNECT_TIMEOUT_MS);
      log(`${o.noVerbose ? "" : connectTo(addr)}failed: ${response.kind === "timeout" ? "Connection timed out" : "Connection refused"}.\n`);
      status = 4;
      continue;
    }
    const reason = HTTP_REASONS[response.status] ?? "";
    if (!o.noVerbose) log(`${connectTo(addr)}connected.\nHTTP request sent, awaiting response... ${response.status} ${reason}\n`);
    if (response.status >= 400) {
      log(`${stamp()} ERROR ${response.status}: ${reason}.\n\n`);
      status = 8;
      continue;
    }
    const bytes = response.size ?? byteLength(response.body);
    const type = getHeader(response.headers, "content-type");
    if (o.spider) {
      if (!o.noVerbose) log(`Length: ${bytes}${bytes >= 1024 ? ` (${(bytes / 1024).toFixed(1)}K)` : ""}${type ? ` [${type}]` : ""}\nRemote file exists.\n\n`);
      continue;
    }
    const toStdout = o.output === "-" || o.output === "/dev/stdout";
    const name = o.output ?? `${o.prefix ? `${o.prefix.replace(/\/$/, "")}/` : ""}${uniqueName(ctx, decodeURIComponent(url.path.replace(/\?.*$/, "").split("/").pop() || "index.html"))}`;
    const shown = toStdout ? "STDOUT" : name;
    if (!o.noVerbose) log(`Length: ${bytes}${bytes >= 1024 ? ` (${(bytes / 1024).toFixed(1).replace(/\.0$/, "")}K)` : ""}${type ? ` [${type}]` : ""}\nSaving to: ${quote(ctx, shown)}\n\n`);
    const started = ctx.clock.now();
    ctx.clock.advance(1 + Math.ceil(bytes / 8000));
    const ms = ctx.clock.now() - started;
    try {
      if (toStdout) ctx.out.out(response.body);
      else if (name !== "/dev/null") {
        if (o.prefix && !o.output) ctx.fs.mkdir(ctx.resolve(o.prefix), { recursive: true });
        ctx.fs.writeFileWith(ctx.resolve(name), response.body, response.size === undefined ? {} : { size: response.size });
      }
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      ctx.out.err(`${name}: ${e.code === "ENOENT" ? "No such file or directory" : e.code === "EISDIR" ? "Is a directory" : "Permission denied"}\n`);
      status = 3;
      continue;
    }
    if (o.noVerbose) log(`${stamp()} URL:${url.href} [${bytes}/${bytes}] -> "${toStdout ? "-" : name}" [1]\n`);
    else log(`${dotLine(bytes, ms)}\n${stamp()} (${rate(bytes, ms)[0]}) - ${toStdout ? "written to stdout" : `${quote(ctx, name)} saved`} [${bytes}/${bytes}]\n\n`);
  }
  return status;
}

/** `wget`: GNU Wget on Debian and Ubuntu images, BusyBox's applet on Alpine. */
export function runWget(ctx: PosixCommandContext): number {
  return ctx.variant === "busybox" ? runBusyboxWget(ctx) : runGnuWget(ctx);
}
