import { calculateSha256Hex } from "../../core/sha256";
import type { ServerConfig } from "../../runtime/types";
import type { PosixFileSystem } from "../../vfs/posix-types";
import { formatFlaskBanner, formatWerkzeugStartup, type FlaskStart } from "./flask-banner";
import { evaluatePy, type PyValue } from "./python-eval";
import { isStdlibModule, readPythonSite, type PythonSite } from "./python-site";
import { parsePyModule, type PyEffect, type PyModule } from "./python-source";
import { formatFlaskWerkzeugClash, formatModuleNotFound } from "./python-traceback";
import type { AppContext, AppOutcome } from "./types";

/** Options of the interpreter that take no value and change nothing here (-u, -B, -O, -E, -s, -I, -q). */
const FLAGS = /^-[uBOEsIqdv]+$/;

function readText(fs: PosixFileSystem, path: string): string | undefined {
  try {
    return fs.stat(path)?.type === "file" ? fs.readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves `file` against the working directory, as the interpreter's open() does. */
export function resolvePath(cwd: string, file: string): string {
  const parts: string[] = [];
  for (const p of (file.startsWith("/") ? file : `${cwd}/${file}`).split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return `/${parts.join("/")}`;
}

/** The python3.X the site directories belong to ("3.8"), from where Flask or any package lives. */
export function siteMinor(site: PythonSite): string {
  for (const d of site.dirs) {
    const m = /python(3\.\d+)\/(site|dist)-packages$/.exec(d);
    if (m && site.distributions.size > 0 && [...site.distributions.values()].some((x) => x.site === d)) return m[1] as string;
  }
  return /python(3\.\d+)/.exec(site.dirs.find((d) => /python3\.\d+/.test(d)) ?? "")?.[1] ?? "3.12";
}

/** The container's address on its first network with one (werkzeug's get_interface_ip), else loopback. */
export function findInterfaceIp(ctx: AppContext): string {
  return Object.values(ctx.container.networks ?? {}).find((e) => e.IPAddress)?.IPAddress ?? "127.0.0.1";
}

/**
 * Writes effects up to an exit and returns the exit status reached, if any.
 * CPython's stdout is block-buffered when it is not a terminal (a pipe to
 * the container's log) and stderr line-buffered (Python/pylifecycle.c
 * create_stdio), so without -u or PYTHONUNBUFFERED the prints wait in the
 * buffer while stderr lines go out; `flush=True` empties it, as do click's
 * echo (Flask's banner) and the interpreter's exit. The waiting text is
 * left in `pending` for the caller to write at that point.
 */
function replay(ctx: AppContext, effects: PyEffect[], pending: { text: string }): number | undefined {
  const unbuffered = ctx.container.config?.Tty === true || (ctx.env.PYTHONUNBUFFERED ?? "") !== "" || ctx.argv.slice(1).some((a) => /^-[A-Za-z]*u[A-Za-z]*$/.test(a) && !a.startsWith("--"));
  for (const e of effects) {
    if ("exit" in e) return e.exit;
    if (e.fd === 2) ctx.out.err(e.text);
    else if (unbuffered) ctx.out.out(e.text);
    else {
      pending.text += e.text;
      if (e.flush || pending.text.length >= 8192) flush(ctx, pending);
    }
  }
  return undefined;
}

function flush(ctx: AppContext, pending: { text: string }): void {
  if (pending.text) ctx.out.out(pending.text);
  pending.text = "";
}

/**
 * The first import the interpreter cannot satisfy, as CPython reports it:
 * a module in no site directory (ModuleNotFoundError), or Flask < 2.3 next
 * to Werkzeug 3 (ImportError). Effects of statements above that line happen first.
 */
function checkImports(ctx: AppContext, script: string, mod: PyModule, site: PythonSite): number | undefined {
  for (const imp of mod.imports) {
    for (const module of imp.modules) {
      const top = module.split(".")[0] ?? module;
      if (isStdlibModule(top)) continue;
      const before = mod.effects.filter((e) => e.line < imp.line.line);
      const failure = !site.modules.has(top) ? formatModuleNotFound(script, imp.line, top) : top === "flask" ? formatFlaskWerkzeugClash(script, imp.line, site, siteMinor(site)) : undefined;
      if (failure) {
        const pending = { text: "" };
        const code = replay(ctx, before, pending);
        // The traceback is written as the exception ends the program; buffered prints follow at exit.
        if (code === undefined) ctx.out.err(failure);
        flush(ctx, pending);
        return code ?? 1;
      }
    }
  }
  return undefined;
}

/** The server configuration the Flask HTTP handler reads per request (engine/apps/flask-http.ts). */
export function flaskConfig(mod: PyModule, start: Pick<FlaskStart, "flask" | "werkzeug" | "debug">, env: Record<string, string>, minor: string): ServerConfig {
  const names: { [key: string]: PyValue } = {};
  for (const [k, v] of mod.names) names[k] = v;
  return {
    flask: start.flask,
    werkzeug: start.werkzeug,
    python: env.PYTHON_VERSION?.startsWith(`${minor}.`) ? env.PYTHON_VERSION : minor,
    debug: start.debug,
    routes: (mod.flask?.routes ?? []).map((r) => ({ rule: r.rule, methods: r.methods, endpoint: r.endpoint, returns: r.returns ?? null })),
    names,
    env: { ...env },
  };
}

/** Starts Flask's development server (Flask.run / `flask run` → werkzeug.serving.run_simple): banner, start-up log, and the listening socket. */
export function startFlaskServer(ctx: AppContext, mod: PyModule, site: PythonSite, o: { name?: string; host: string; port: number; debug: boolean }): AppOutcome {
  const start: FlaskStart = {
    name: o.name,
    flask: site.distributions.get("flask")?.version ?? "3.0.3",
    werkzeug: site.distributions.get("werkzeug")?.version ?? "3.0.3",
    host: o.host === "localhost" ? "127.0.0.1" : o.host,
    port: o.port,
    debug: o.debug,
    interfaceIp: findInterfaceIp(ctx),
    pin: calculateSha256Hex(`werkzeug-pin:${ctx.container.id}`).replace(/\D/g, "").padEnd(9, "7").slice(0, 9).replace(/^(\d{3})(\d{3})(\d{3})$/, "$1-$2-$3"),
  };
  ctx.out.out(formatFlaskBanner(start, ctx.env));
  ctx.out.err(formatWerkzeugStartup(start));
  const all = start.host === "0.0.0.0" || start.host === "::";
  return { kind: "serve", listens: [{ port: start.port, service: "flask", ...(all ? {} : { address: start.host }), config: flaskConfig(mod, start, ctx.env, siteMinor(site)) }] };
}

/** Flask's debug flag from the environment (flask/helpers.py get_debug_flag: FLASK_DEBUG not in "0", "false", "no"). */
export function readFlaskDebugEnv(env: Record<string, string>): boolean | undefined {
  const v = env.FLASK_DEBUG;
  if (v === undefined) return undefined;
  return v !== "" && !["0", "false", "no"].includes(v.toLowerCase());
}

/**
 * `python [options] script.py [args]` as CPython runs a script: a module it
 * cannot import is a traceback (exit 1); a Flask app whose `app.run()` runs
 * starts werkzeug's server (default 127.0.0.1:5000, FLASK_DEBUG honoured);
 * a script of prints, literal assignments and os.environ lookups runs to its
 * end. Undefined for everything else (--version, -c, -m, a missing script:
 * shell/tools/python.ts answers those, including `can't open file` exit 2).
 * Simplification: Python is not interpreted; statements other than these
 * shapes leave the plain command model to answer (it notes what it skips).
 */
export function runPythonApp(ctx: AppContext): AppOutcome | undefined {
  const args = ctx.argv.slice(1);
  while (args.length > 0 && FLAGS.test(args[0] as string)) args.shift();
  if (args[0] === "-W" || args[0] === "-X") return undefined;
  if (args[0] === "-c" && args[1] !== undefined) {
    // `python -c CODE` of prints over literals and os.environ (the plain command notes anything else).
    const mod = parsePyModule(args[1], ctx.env);
    if (!mod.understood || mod.flask || mod.imports.some((i) => i.modules.some((m) => !isStdlibModule(m)))) return undefined;
    return runToEnd(ctx, mod.effects);
  }
  const script = args[0];
  if (script === undefined || script.startsWith("-")) return undefined;
  const path = resolvePath(ctx.cwd, script);
  const source = readText(ctx.fs, path);
  if (source === undefined || /from pip\._internal/.test(source)) return undefined;
  const mod = parsePyModule(source, ctx.env);
  const site = readPythonSite(ctx.fs, ctx.env, path.slice(0, path.lastIndexOf("/")) || "/");
  const failed = checkImports(ctx, path, mod, site);
  if (failed !== undefined) return { kind: "exit", code: failed };
  const flask = mod.flask;
  if (flask?.run) {
    const pending = { text: "" };
    const code = replay(ctx, mod.effects, pending);
    // click.echo flushes stdout with the banner, so earlier prints come out just before it.
    flush(ctx, pending);
    if (code !== undefined) return { kind: "exit", code };
    const scope = { env: ctx.env, names: mod.names };
    const host = flask.run.host === undefined ? "127.0.0.1" : evaluatePy(flask.run.host, scope);
    const port = flask.run.port === undefined ? 5000 : evaluatePy(flask.run.port, scope);
    const debugArg = flask.run.debug === undefined ? undefined : evaluatePy(flask.run.debug, scope);
    const portNumber = typeof port === "string" && /^\d+$/.test(port) ? Number(port) : port;
    if (typeof host !== "string" || typeof portNumber !== "number" || !Number.isInteger(portNumber) || portNumber < 0 || portNumber > 65535) return undefined;
    const debug = debugArg === undefined || debugArg === null ? (readFlaskDebugEnv(ctx.env) ?? false) : Boolean(debugArg);
    const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.py$/, "");
    return startFlaskServer(ctx, mod, site, { name, host: host || "127.0.0.1", port: portNumber, debug });
  }
  if (flask || mod.understood) {
    // A module that only defines its app (run by `flask run` or gunicorn instead) ends here, as do plain scripts.
    if (!mod.understood && !flask) return undefined;
    return runToEnd(ctx, mod.effects);
  }
  return undefined;
}

/** A script that ends: its effects, then the exit's flush of stdout. */
function runToEnd(ctx: AppContext, effects: PyEffect[]): AppOutcome {
  const pending = { text: "" };
  const code = replay(ctx, effects, pending) ?? 0;
  flush(ctx, pending);
  return { kind: "exit", code };
}
