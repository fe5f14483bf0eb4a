import { FsError } from "../../vfs/types";
import { busyboxUsage } from "./lib/common";
import { byteLength, CONNECT_TIMEOUT_MS, guessAddress, HTTP_REASONS, isIpLiteral, OFFLINE_NETWORK, parseUrl } from "./network";
import type { PosixCommandContext } from "./types";

/** The status bar BusyBox draws for a finished download on an 80-column stderr (libbb/progress.c bb_progress_update). */
function statusBar(file: string, bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 100000) {
    size = Math.floor(size / 1024);
    unit++;
  }
  return `${file.slice(0, 20).padEnd(20)} 100% |${"*".repeat(32)}|${String(size).padStart(6)}${" kMGTPEZY"[unit]} 0:00:00 ETA\n`;
}

/**
 * BusyBox 1.36 wget (Alpine): `Connecting to HOST (ADDR:PORT)`, `saving to
 * 'FILE'`, the status bar and `'FILE' saved` on stderr; -q, -O FILE, -O -,
 * -P DIR, --header, --post-data, --spider. Failures end with one `wget:` line
 * and exit 1: `bad address 'HOST'`, `can't connect to remote host (ADDR):
 * Connection refused`, `server returned error: HTTP/1.1 404 Not Found`
 * (networking/wget.c).
 */
export function runBusyboxWget(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  let quiet = false;
  let output: string | undefined;
  let prefix: string | undefined;
  let postData: string | undefined;
  let spider = false;
  const headers: Record<string, string> = {};
  const urls: string[] = [];
  const valued = new Set(["-O", "--output-document", "-P", "--directory-prefix", "-U", "--user-agent", "-T", "--timeout", "-t", "--tries", "-Y", "--proxy", "--header", "--post-data"]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith("-") || a === "-") {
      urls.push(a);
      continue;
    }
    const [name, inline] = a.startsWith("--") ? (a.split(/=(.*)/s) as [string, string | undefined]) : [a.slice(0, 2), a.length > 2 ? a.slice(2) : undefined];
    const value = valued.has(name) ? (inline ?? args[++i]) : undefined;
    if (valued.has(name) && value === undefined) {
      ctx.out.err(`wget: option requires an argument -- '${name.replace(/^-+/, "")}'\n${busyboxUsage("wget")}`);
      return 1;
    }
    if (name === "-q" || name === "--quiet" || /^-[qcS]+$/.test(a) && a.includes("q")) quiet = true;
    else if (name === "-O" || name === "--output-document") output = value;
    else if (name === "-P" || name === "--directory-prefix") prefix = value;
    else if (name === "--post-data") postData = value;
    else if (name === "--spider") spider = true;
    else if (name === "--header") {
      const colon = (value as string).indexOf(":");
      if (colon > 0) headers[(value as string).slice(0, colon).trim()] = (value as string).slice(colon + 1).trim();
    } else if (!valued.has(name) && !/^-[cqSn]/.test(a) && !["--continue", "--no-check-certificate", "--server-response", "--no-verbose", "--passive-ftp", "--no-cache", "--no-clobber"].includes(name)) {
      ctx.out.err(`wget: ${a.startsWith("--") ? `unrecognized option '${a}'` : `invalid option -- '${a[1]}'`}\n${busyboxUsage("wget")}`);
      return 1;
    }
  }
  if (urls.length === 0) {
    ctx.out.err(busyboxUsage("wget"));
    return 1;
  }
  const network = ctx.network ?? OFFLINE_NETWORK;
  for (const raw of urls) {
    const url = parseUrl(raw);
    if ("error" in url) {
      ctx.out.err(`wget: not an http or ftp url: ${raw}\n`);
      return 1;
    }
    const hostPort = url.explicitPort ? `${url.host}:${url.port}` : url.host;
    const response = network.request(url.href, spider ? "HEAD" : postData !== undefined ? "POST" : "GET", { Host: hostPort, "User-Agent": "Wget", Connection: "close", ...headers }, postData);
    ctx.budget.tick();
    if (response.kind === "unresolved" && !isIpLiteral(url.host)) {
      ctx.out.err(`wget: bad address '${hostPort}'\n`);
      return 1;
    }
    const addr = guessAddress(url.host, response.kind === "unresolved" ? undefined : response.address);
    if (!quiet) ctx.out.err(`Connecting to ${hostPort} (${addr}:${url.port})\n`);
    if (response.kind !== "response") {
      if (response.kind === "timeout") ctx.clock.advance(CONNECT_TIMEOUT_MS);
      ctx.out.err(`wget: can't connect to remote host (${addr}): ${response.kind === "timeout" ? "Connection timed out" : "Connection refused"}\n`);
      return 1;
    }
    if (response.status >= 400 || (response.status >= 205 && response.status < 300 && response.status !== 206)) {
      ctx.out.err(`wget: server returned error: HTTP/1.1 ${response.status} ${HTTP_REASONS[response.status] ?? ""}\n`);
      return 1;
    }
    if (spider) continue;
    const name = output ?? `${prefix ? `${prefix.replace(/\/$/, "")}/` : ""}${decodeURIComponent(url.path.replace(/[?#].*$/, "").split("/").pop() || "index.html")}`;
    const bytes = response.size ?? byteLength(response.body);
    ctx.clock.advance(1 + Math.ceil(bytes / 8000));
    if (name === "-" || name === "/dev/stdout") {
      if (!quiet) ctx.out.err("writing to stdout\n");
      ctx.out.out(response.body);
      if (!quiet) ctx.out.err(`${statusBar("-", bytes)}written to stdout\n`);
      continue;
    }
    // Without -O, BusyBox opens the file O_EXCL: an existing one is an error.
    const path = ctx.resolve(name);
    if (output === undefined && ctx.fs.lstat(path)) {
      ctx.out.err(`wget: can't open '${name}': File exists\n`);
      return 1;
    }
    if (!quiet) ctx.out.err(`saving to '${name}'\n`);
    try {
      if (path !== "/dev/null") ctx.fs.writeFileWith(path, response.body, response.size === undefined ? {} : { size: response.size });
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      ctx.out.err(`wget: can't open '${name}': ${e.code === "ENOENT" ? "No such file or directory" : e.code === "EISDIR" ? "Is a directory" : "Permission denied"}\n`);
      return 1;
    }
    if (!quiet) ctx.out.err(`${statusBar(name.slice(name.lastIndexOf("/") + 1), bytes)}'${name}' saved\n`);
  }
  return 0;
}
