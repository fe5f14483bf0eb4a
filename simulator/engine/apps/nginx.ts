/**
 * The nginx binary (nginx/nginx src/core/nginx.c: option parsing, -v/-V/-t/-s;
 * src/event/ngx_event.c, src/os/unix/ngx_process_cycle.c: the start-up
 * notices) as the official image runs it: `nginx -g 'daemon off;'` reads
 * /etc/nginx/nginx.conf and its includes, logs its notices to the error log
 * (/var/log/nginx/error.log → /dev/stderr) and serves (engine/apps/nginx-http.ts).
 */
import type { ServerConfigValue } from "../../runtime/types";
import { KERNEL } from "../../shell/commands/uname";
import { SIMULATED_CPUS } from "../../shell/commands/nproc";
import type { PosixFileSystem } from "../../vfs/posix-types";
import { findPeer } from "../container-network";
import type { AppContext, AppModel } from "./types";
import { formatNginxErrorTime, readBinaryMarker, readText } from "./app-support";
import { calculateNginxSite, parseNginxConfig, type NginxDirective, type NginxConfigError } from "./nginx-config";

const CONF = "/etc/nginx/nginx.conf";
const PID_FILE = "/var/run/nginx.pid";

/** The version and compiler nginx was built with, from its binary (`nginx/1.27.4`, `gcc 12.2.0 (Debian 12.2.0-14)`). */
function readBuild(ctx: AppContext): { version: string; compiler: string } {
  const self = ctx.argv[0]?.includes("/") ? ctx.argv[0] : "/usr/sbin/nginx";
  return { version: readBinaryMarker(ctx.fs, self, "version") ?? "nginx/1.27.4", compiler: readBinaryMarker(ctx.fs, self, "compiler") ?? "gcc 12.2.0 (Debian 12.2.0-14)" };
}

/** Files matching an include glob (`/etc/nginx/conf.d/*.conf`: a `*` in the last component), sorted as glob(3) returns them. */
function globFiles(fs: PosixFileSystem, pattern: string): string[] {
  const slash = pattern.lastIndexOf("/");
  const dir = pattern.slice(0, slash) || "/";
  const re = new RegExp(`^${pattern.slice(slash + 1).replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
  try {
    return fs.readdir(dir).filter((n) => re.test(n) && fs.stat(`${dir}/${n}`)?.type === "file").sort().map((n) => `${dir}/${n}`);
  } catch {
    return [];
  }
}

/** Reads the whole configuration with `-g` directives appended to the main context, as ngx_conf_param does. */
export function readNginxConfig(fs: PosixFileSystem, file: string, globalDirectives: string): NginxDirective[] | NginxConfigError {
  const parsed = parseNginxConfig(file, (p) => readText(fs, p), (g) => globFiles(fs, g));
  if ("error" in parsed || !globalDirectives) return parsed;
  const extra = parseNginxConfig("command line", (p) => (p === "command line" ? globalDirectives : readText(fs, p)), (g) => globFiles(fs, g));
  return "error" in extra ? extra : [...parsed, ...extra];
}

interface NginxOptions {
  version?: "v" | "V";
  test?: boolean;
  signal?: string;
  conf: string;
  global: string;
  help?: boolean;
}

/** nginx's command line (ngx_get_options): single-letter flags, `-s` `-c` `-g` `-p` `-e` take the next word or the rest of the argument. */
function parseOptions(args: string[]): NginxOptions | { error: string } {
  const o: NginxOptions = { conf: CONF, global: "" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith("-")) return { error: `invalid option: "${a}"` };
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (c === "?" || c === "h") o.help = true;
      else if (c === "v" || c === "V") o.version = o.version === "V" ? "V" : c;
      else if (c === "t" || c === "T") o.test = true;
      else if (c === "q") continue;
      else if ("scgpe".includes(c)) {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        const what = { s: "signal", c: "file", g: "parameter", p: "prefix", e: "file" }[c as "s" | "c" | "g" | "p" | "e"];
        if (value === undefined) return { error: `option "-${c}" requires ${what === "parameter" ? "parameter" : `${what} name`}` };
        if (c === "s") {
          if (!["stop", "quit", "reopen", "reload"].includes(value)) return { error: `invalid option: "-s ${value}"` };
          o.signal = value;
        } else if (c === "c") o.conf = value.startsWith("/") ? value : `/etc/nginx/${value}`;
        else if (c === "g") o.global = value;
        break;
      } else return { error: `invalid option: "${a.slice(j)}"` };
    }
  }
  return o;
}

/** The master's start-up notices (ngx_event_process_init, ngx_show_version_info-like lines of ngx_init_cycle, ngx_start_worker_processes). */
function formatStartNotices(now: number, build: { version: string; compiler: string }): string {
  const t = formatNginxErrorTime(now);
  return [`using the "epoll" event method`, build.version, `built by ${build.compiler}`, `OS: ${KERNEL.sysname} ${KERNEL.release}`, "getrlimit(RLIMIT_NOFILE): 1048576:1048576"].map((m) => `${t} [notice] 1#1: ${m}\n`).join("");
}

/**
 * A `proxy_pass` host nginx cannot resolve when it reads the configuration
 * (ngx_http_upstream_add → ngx_parse_url: `host not found in upstream`):
 * a container name needs a shared user network's DNS.
 * Simplification: names with a dot are taken to resolve on the internet.
 */
function findUnresolvedUpstream(ctx: AppContext, config: NginxDirective[]): string | undefined {
  const walk = (ds: NginxDirective[]): NginxDirective[] => ds.flatMap((d) => [d, ...walk(d.block ?? [])]);
  for (const d of walk(config)) {
    if (d.name !== "proxy_pass") continue;
    const m = /^https?:\/\/([^/:]+)(?::(\d+))?/.exec(d.args[0] ?? "");
    if (!m) continue;
    const host = m[1] as string;
    if (/^[\d.]+$/.test(host) || host.includes(".") || host === "localhost" || findPeer(ctx.engine, ctx.container, host)) continue;
    return `host not found in upstream "${host}${m[2] ? `:${m[2]}` : ""}" in ${d.file}:${d.line}`;
  }
  return undefined;
}

/** How many workers `worker_processes` starts (`auto`: one per CPU). */
function countWorkers(value: string): number {
  return value === "auto" ? SIMULATED_CPUS : Math.max(1, Number.parseInt(value, 10) || 1);
}

/** `nginx -s SIGNAL` from a second process: the master named by the pid file gets it and logs what it does. */
function sendSignal(ctx: AppContext, options: NginxOptions, pid: number): number {
  const now = ctx.engine.clock.now();
  const t = formatNginxErrorTime(now);
  if (readText(ctx.fs, PID_FILE) === undefined || !ctx.container.state.Running) {
    ctx.out.err(`${t} [notice] ${pid}#${pid}: signal process started\n${t} [error] ${pid}#${pid}: open() "${PID_FILE}" failed (2: No such file or directory)\nnginx: [error] open() "${PID_FILE}" failed (2: No such file or directory)\n`);
    return 1;
  }
  ctx.out.err(`${t} [notice] ${pid}#${pid}: signal process started\n`);
  const log = (text: string): void => void ctx.container.logs.push({ stream: "stderr", text, time: now });
  const listens = ctx.container.process?.listens?.filter((l) => l.service === "nginx") ?? [];
  const workers = (listens[0]?.config?.workers as number[] | undefined) ?? [];
  if (options.signal === "reload") {
    const config = readNginxConfig(ctx.fs, CONF, "daemon off;");
    if ("error" in config) {
      log(`${t} [notice] 1#1: signal 1 (SIGHUP) received from ${pid}, reconfiguring\n${t} [notice] 1#1: reconfiguring\n${t} [emerg] 1#1: ${config.error}\n`);
      return 0;
    }
    const site = calculateNginxSite(config);
    const first = Math.max(pid + 1, ...workers.map((w) => w + 1));
    const fresh = Array.from({ length: countWorkers(site.workers) }, (_, i) => first + i);
    let text = `${t} [notice] 1#1: signal 1 (SIGHUP) received from ${pid}, reconfiguring\n${t} [notice] 1#1: reconfiguring\n${t} [notice] 1#1: using the "epoll" event method\n${t} [notice] 1#1: start worker processes\n`;
    text += fresh.map((w) => `${t} [notice] 1#1: start worker process ${w}\n`).join("");
    text += workers.map((w) => `${t} [notice] ${w}#${w}: gracefully shutting down\n${t} [notice] ${w}#${w}: exiting\n${t} [notice] ${w}#${w}: exit\n`).join("");
    text += workers.map((w) => `${t} [notice] 1#1: signal 17 (SIGCHLD) received from ${w}\n${t} [notice] 1#1: worker process ${w} exited with exit code 0\n`).join("");
    text += `${t} [notice] 1#1: signal 29 (SIGIO) received\n`;
    log(text);
    const ports = new Set(site.servers.flatMap((s) => s.ports));
    const config0 = { site: site as unknown as ServerConfigValue, version: (listens[0]?.config?.version as string | undefined) ?? "nginx", workers: fresh, connections: (listens[0]?.config?.connections as number | undefined) ?? 0 };
    if (ctx.container.process) ctx.container.process.listens = [...(ctx.container.process.listens ?? []).filter((l) => l.service !== "nginx"), ...[...ports].map((port) => ({ port, service: "nginx", config: config0 }))];
    return 0;
  }
  if (options.signal === "reopen") {
    log(`${t} [notice] 1#1: signal 10 (SIGUSR1) received from ${pid}, reopening logs\n${t} [notice] 1#1: reopening logs\n`);
    return 0;
  }
  const [num, name, what] = options.signal === "stop" ? [15, "SIGTERM", "exiting"] : [3, "SIGQUIT", "shutting down"];
  log(`${t} [notice] 1#1: signal ${num} (${name}) received from ${pid}, ${what}\n` + workers.map((w) => `${t} [notice] ${w}#${w}: ${what === "exiting" ? "exiting" : "gracefully shutting down"}\n${t} [notice] ${w}#${w}: exit\n`).join("") + `${t} [notice] 1#1: exit\n`);
  if (ctx.container.process) {
    ctx.container.process.exitAt = now;
    ctx.container.process.exitCode = 0;
  }
  return 0;
}

/**
 * `nginx [-v|-V|-t|-T|-s signal|-c file|-g directives]`: version and test
 * runs end at once (their messages on stderr, as nginx writes them); a
 * start with `daemon off;` keeps serving on every port its servers
 * `listen` on; without it nginx forks into the background and the
 * container's main process exits 0 (the classic "my nginx container stops"
 * surprise). A configuration error stops it with nginx's `[emerg]` line.
 * Simplification: a non-root start is not checked (Docker lets containers
 * bind low ports), nor is `-p`/`-e`.
 */
export const runNginxApp: AppModel = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1));
  const build = readBuild(ctx);
  const now = ctx.engine.clock.now();
  if ("error" in parsed) {
    ctx.out.err(`nginx: ${parsed.error}\n`);
    return { kind: "exit", code: 1 };
  }
  if (parsed.help || parsed.version) {
    ctx.out.err(`nginx version: ${build.version}\n`);
    // Simplification: -V stops after the compiler line (no OpenSSL or configure arguments).
    if (parsed.version === "V") ctx.out.err(`built by ${build.compiler}\n`);
    if (parsed.help) ctx.out.err("Usage: nginx [-?hvVtTq] [-s signal] [-p prefix]\n             [-e filename] [-c filename] [-g directives]\n");
    return { kind: "exit", code: 0 };
  }
  const running = ctx.container.state.Running;
  const pid = running ? 40 + ctx.container.logs.length % 50 : 1;
  if (parsed.signal) return { kind: "exit", code: sendSignal(ctx, parsed, pid) };
  const config = readNginxConfig(ctx.fs, parsed.conf, parsed.global);
  if (parsed.test) {
    if ("error" in config) {
      ctx.out.err(`nginx: [emerg] ${config.error}\nnginx: configuration file ${parsed.conf} test failed\n`);
      return { kind: "exit", code: 1 };
    }
    ctx.out.err(`nginx: the configuration file ${parsed.conf} syntax is ok\nnginx: configuration file ${parsed.conf} test is successful\n`);
    return { kind: "exit", code: 0 };
  }
  const t = formatNginxErrorTime(now);
  if ("error" in config) {
    ctx.out.err(`${t} [emerg] ${pid}#${pid}: ${config.error}\nnginx: [emerg] ${config.error}\n`);
    return { kind: "exit", code: 1 };
  }
  const site = calculateNginxSite(config);
  const unresolved = findUnresolvedUpstream(ctx, config);
  if (unresolved) {
    ctx.out.err(`${t} [emerg] ${pid}#${pid}: ${unresolved}\nnginx: [emerg] ${unresolved}\n`);
    return { kind: "exit", code: 1 };
  }
  const ports = [...new Set(site.servers.flatMap((s) => s.ports))];
  if (running && ctx.container.process?.listens?.some((l) => ports.includes(l.port))) {
    // A second master while the first holds the sockets: ngx_open_listening_sockets tries five times.
    const port = ports[0] ?? 80;
    ctx.out.err(`nginx: [emerg] bind() to 0.0.0.0:${port} failed (98: Address already in use)\n`.repeat(5) + "nginx: [emerg] still could not bind()\n");
    return { kind: "exit", code: 1 };
  }
  const daemonOff = config.some((d) => d.name === "daemon" && d.args[0] === "off");
  ctx.out.err(formatStartNotices(now, build));
  if (!daemonOff) return { kind: "exit", code: 0 };
  try {
    ctx.fs.writeFile(PID_FILE, `${pid}\n`);
  } catch {
    // A read-only root file system: nginx would fail here; the simulator keeps serving.
  }
  const workers = Array.from({ length: countWorkers(site.workers) }, (_, i) => 29 + i);
  ctx.out.err(`${t} [notice] 1#1: start worker processes\n` + workers.map((w) => `${t} [notice] 1#1: start worker process ${w}\n`).join(""));
  const shared = { site: site as unknown as ServerConfigValue, version: build.version, workers, connections: 0 };
  return { kind: "serve", listens: ports.map((port) => ({ port, service: "nginx", config: shared })) };
};
