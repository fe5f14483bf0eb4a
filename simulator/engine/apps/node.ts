import { calculateSha256Hex } from "../../core/sha256";
import type { ServerConfig, ServerConfigValue } from "../../runtime/types";
import type { PosixFileSystem } from "../../vfs/posix-types";
import { evaluateJs, formatJsInspect, UNKNOWN, type JsScope, type JsValue } from "./node-eval";
import { formatRequireNotFound } from "./node-errors";
import { parseJsProgram, stripJsComments, type JsLog, type JsProgram } from "./node-source";
import { resolvePath } from "./python";
import type { AppContext, AppOutcome } from "./types";

/** node's built-in modules (`require('node:x')` works for every one; module.builtinModules of node 22). */
const BUILTINS = new Set(
  "assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel dns domain events fs fs/promises http http2 https inspector module net os path path/posix perf_hooks process punycode querystring readline repl stream stream/promises string_decoder sys timers timers/promises tls trace_events tty url util util/types v8 vm wasi worker_threads zlib".split(" "),
);

function isFile(fs: PosixFileSystem, path: string): boolean {
  try {
    return fs.stat(path)?.type === "file";
  } catch {
    return false;
  }
}

/** realpath(3) over the container's files (the launcher symlinks npm and yarn use). */
function realPath(fs: PosixFileSystem, path: string): string {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    const parts = current.split("/").filter(Boolean);
    let done = "";
    let changed = false;
    for (let i = 0; i < parts.length; i++) {
      const next = `${done}/${parts[i]}`;
      const st = fs.lstat(next);
      if (st?.type === "symlink") {
        const target = fs.readlink(next);
        current = resolvePath(target.startsWith("/") ? "/" : done || "/", [target, ...parts.slice(i + 1)].join("/"));
        changed = true;
        break;
      }
      done = next;
    }
    if (!changed) return done || "/";
  }
  return current;
}

/** Module._resolveFilename for a request from `dir`: built-ins, relative files (.js/.json/index.js), node_modules up the tree, NODE_PATH. */
export function resolveRequire(fs: PosixFileSystem, env: Record<string, string>, dir: string, request: string): boolean {
  if (request.startsWith("node:") || BUILTINS.has(request)) return true;
  const fileLike = (base: string): boolean => [base, `${base}.js`, `${base}.json`, `${base}.cjs`, `${base}/index.js`, `${base}/index.json`, `${base}/package.json`].some((p) => isFile(fs, p));
  if (/^\.{0,2}\//.test(request)) return fileLike(resolvePath(dir, request));
  const dirs: string[] = [];
  for (let d = dir; ; d = d.slice(0, d.lastIndexOf("/")) || "/") {
    if (!d.endsWith("/node_modules")) dirs.push(`${d === "/" ? "" : d}/node_modules`);
    if (d === "/") break;
  }
  for (const p of (env.NODE_PATH ?? "").split(":")) if (p) dirs.push(p);
  return dirs.some((d) => fileLike(`${d}/${request}`));
}

/** node's version: the image's node_version.h, else $NODE_VERSION (shell/tools/runtime-versions.ts reads the same). */
function readNodeVersion(ctx: AppContext): string {
  let header = "";
  try {
    header = ctx.fs.readFile("/usr/local/include/node/node_version.h");
  } catch {
    // Not an official image's layout.
  }
  return /NODE_VERSION_STRING "v?([\d.]+)"/.exec(header)?.[1] ?? ctx.env.NODE_VERSION ?? "22.14.0";
}

/** console.log's output line for evaluated arguments (util.format: strings as-is, others inspected, space-joined); undefined when one is not literal. */
function formatLog(log: JsLog, scope: JsScope): string | undefined {
  const values = log.args.map((a) => evaluateJs(a, scope));
  if (values.some((v) => v === UNKNOWN)) return undefined;
  return `${(values as JsValue[]).map((v) => formatJsInspect(v)).join(" ")}\n`;
}

/** Whether every top-level statement is one the model follows (requires, literal consts, console calls, 'use strict'). */
function isPlainScript(source: string, program: JsProgram, scope: JsScope): boolean {
  if (program.server) return false;
  const text = stripJsComments(source).replace(/^#!.*$/m, "");
  const statements = text.split(/;|\n/).map((s) => s.trim()).filter((s) => s !== "");
  return statements.every((s) => /^['"]use strict['"]$/.test(s) || /^(?:const|let|var)\s+[\w$]+\s*=\s*require\(\s*['"][^'"]+['"]\s*\)$/.test(s) || /^require\(\s*['"][^'"]+['"]\s*\)$/.test(s) || (/^(?:const|let|var)\s+([\w$]+)\s*=\s*(.+)$/.test(s) && evaluateJs(s.replace(/^(?:const|let|var)\s+[\w$]+\s*=\s*/, ""), scope) !== UNKNOWN) || /^console\.\w+\(.*\)$/.test(s));
}

/** `node -e CODE` / `node -p EXPR` when the code is console calls over literals and process.env (the plain command notes anything else). */
function runEvalCode(ctx: AppContext, code: string | undefined, print: boolean): AppOutcome | undefined {
  if (code === undefined) return undefined;
  const scope: JsScope = { env: ctx.env, names: new Map() };
  if (print) {
    const v = evaluateJs(code, scope);
    if (v === UNKNOWN) return undefined;
    ctx.out.out(`${formatJsInspect(v)}\n`);
    return { kind: "exit", code: 0 };
  }
  const program = parseJsProgram(code);
  if (program.requires.length > 0 || !isPlainScript(code, program, scope)) return undefined;
  const lines = program.logs.map((log) => ({ log, line: formatLog(log, scope) }));
  if (lines.some((l) => l.line === undefined)) return undefined;
  for (const { log, line } of lines) (log.stream === "stdout" ? ctx.out.out : ctx.out.err)(line as string);
  return { kind: "exit", code: 0 };
}

function toConfig(v: JsValue): ServerConfigValue {
  return v === undefined ? null : (v as ServerConfigValue);
}

/**
 * `node server.js`: a require() of a module no node_modules directory (nor
 * NODE_PATH) holds is node's MODULE_NOT_FOUND report (exit 1); an Express
 * app or an http.createServer server starts listening where `listen(port,
 * host)` says (the port from `process.env.PORT || 8080`-style expressions),
 * writing its start-up console.log lines; a script of console.log calls
 * over literals and process.env runs to its end. Undefined for everything
 * else (--version, -e, a missing script, npm's and yarn's launchers, ES
 * modules): shell/tools/node.ts answers those.
 */
export function runNodeApp(ctx: AppContext): AppOutcome | undefined {
  const args = ctx.argv.slice(1);
  while (args.length > 0 && (args[0] as string).startsWith("-") && args[0] !== "-") {
    const a = args.shift() as string;
    if (/^(-e|--eval|-p|--print)$/.test(a)) return runEvalCode(ctx, args[0], a === "-p" || a === "--print");
    if (/^(-v|--version|-h|--help|-i|--interactive)$/.test(a)) return undefined;
    if (a === "-r" || a === "--require" || a === "--import") args.shift();
  }
  const script = args[0];
  if (script === undefined || script === "-") return undefined;
  const base = resolvePath(ctx.cwd, script);
  const found = [base, `${base}.js`, `${base}.cjs`, `${base}/index.js`].find((p) => isFile(ctx.fs, p));
  if (!found) return undefined;
  const real = realPath(ctx.fs, found);
  if (/\/node_modules\/|\/yarn(-v[\d.]+)?\//.test(real)) return undefined;
  const source = ctx.fs.readFile(found);
  const program = parseJsProgram(source);
  if (program.esm) return undefined;
  const version = readNodeVersion(ctx);
  const dir = real.slice(0, real.lastIndexOf("/")) || "/";
  const scope: JsScope = { env: ctx.env, names: new Map() };
  for (const c of program.consts) {
    const v = evaluateJs(c.expr, scope);
    if (v !== UNKNOWN) scope.names.set(c.name, v);
  }
  for (const r of program.requires) {
    if (resolveRequire(ctx.fs, ctx.env, dir, r.request)) continue;
    ctx.out.err(formatRequireNotFound(version, r.request, real, r.line, r.column));
    return { kind: "exit", code: 1 };
  }
  const plain = isPlainScript(source, program, scope);
  const write = (log: JsLog): void => {
    const line = formatLog(log, scope);
    if (line === undefined) return;
    if (log.stream === "stdout") ctx.out.out(line);
    else ctx.out.err(line);
  };
  const server = program.server;
  if (!server?.listen) {
    if (!plain && !server) return undefined;
    for (const log of program.logs) write(log);
    return { kind: "exit", code: 0 };
  }
  for (const log of program.logs) write(log);
  const port = evaluateJs(server.listen.port, scope);
  const host = server.listen.host === undefined ? undefined : evaluateJs(server.listen.host, scope);
  let portNumber = typeof port === "string" && /^\d+$/.test(port) ? Number(port) : port;
  // listen() without a port (process.env.PORT unset, no fallback) binds an ephemeral one.
  if (portNumber === undefined || portNumber === null || portNumber === 0) portNumber = 32768 + (Number.parseInt(calculateSha256Hex(`node-port:${ctx.container.id}`).slice(0, 4), 16) % 28000);
  if (typeof portNumber !== "number" || !Number.isInteger(portNumber) || portNumber < 0 || portNumber > 65535) return undefined;
  scope.names.set("__port", portNumber);
  for (const log of server.listen.logs) write(log);
  const bound = typeof host === "string" && host !== "0.0.0.0" && host !== "::" ? (host === "localhost" ? "127.0.0.1" : host) : undefined;
  const names: { [key: string]: ServerConfigValue } = {};
  for (const [k, v] of scope.names) names[k] = toConfig(v);
  const config: ServerConfig = {
    kind: server.kind,
    routes: server.routes.map((r) => ({ method: r.method, path: r.path, status: r.status ?? null, headers: null, send: r.send ? { kind: r.send.kind, arg: r.send.arg } : null })),
    handler: server.handler ? { status: server.handler.status ?? null, headers: server.handler.headers ?? null, send: server.handler.send ? { kind: server.handler.send.kind, arg: server.handler.send.arg } : null } : null,
    names,
    env: { ...ctx.env },
  };
  return { kind: "serve", listens: [{ port: portNumber, service: "node", ...(bound ? { address: bound } : {}), config }] };
}
