import type { PosixFileSystem } from "../../vfs/posix-types";
import { readPythonSite } from "./python-site";
import { parsePyModule } from "./python-source";
import { formatFlaskWerkzeugClash, formatModuleNotFound } from "./python-traceback";
import { isStdlibModule } from "./python-site";
import { readFlaskDebugEnv, resolvePath, siteMinor, startFlaskServer } from "./python";
import type { AppContext, AppOutcome } from "./types";

function isFile(fs: PosixFileSystem, path: string): boolean {
  try {
    return fs.stat(path)?.type === "file";
  } catch {
    return false;
  }
}

/** click's UsageError (click/exceptions.py UsageError.show): usage, the help hint, then the error; exit 2. */
function failUsage(ctx: AppContext, message: string): AppOutcome {
  ctx.out.err(`Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\nError: ${message}\n`);
  return { kind: "exit", code: 2 };
}

/** Reads `flask [--app X] [--debug] run [--host H] [--port P] [--debug]` and the FLASK_* variables that stand for them. */
function parseFlaskArgs(argv: string[], env: Record<string, string>): { app?: string; host: string; port: string; debug?: boolean; command?: string } {
  const o: { app?: string; host: string; port: string; debug?: boolean; command?: string } = { app: env.FLASK_APP, host: env.FLASK_RUN_HOST ?? "127.0.0.1", port: env.FLASK_RUN_PORT ?? "5000", debug: readFlaskDebugEnv(env) };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = (): string => inline ?? argv[++i] ?? "";
    if (flag === "--app" || flag === "-A") o.app = value();
    else if (flag === "--host" || flag === "-h") o.host = value();
    else if (flag === "--port" || flag === "-p") o.port = value();
    else if (flag === "--debug") o.debug = true;
    else if (flag === "--no-debug") o.debug = false;
    else if (!a.startsWith("-") && o.command === undefined) o.command = a;
  }
  return o;
}

/**
 * The `flask` command (flask/cli.py): `flask run` finds the app from
 * --app/FLASK_APP, else wsgi.py or app.py in the working directory, shows
 * the banner (the app's line only when an import path was given) and runs
 * werkzeug's server on FLASK_RUN_HOST/--host (127.0.0.1) and
 * FLASK_RUN_PORT/--port (5000). Without an app it is click's usage error,
 * exit 2.
 * Simplification: only `run` is modelled; an import error is reported as the
 * plain traceback, without flask's "While importing" wrapper.
 */
export function runFlaskCli(ctx: AppContext): AppOutcome | undefined {
  const o = parseFlaskArgs(ctx.argv, ctx.env);
  if (ctx.argv.includes("--version")) {
    // flask/cli.py get_version: the three versions, one per line.
    const site = readPythonSite(ctx.fs, ctx.env, ctx.cwd);
    ctx.out.out(`Python ${ctx.env.PYTHON_VERSION ?? siteMinor(site)}\nFlask ${site.distributions.get("flask")?.version ?? "3.0.3"}\nWerkzeug ${site.distributions.get("werkzeug")?.version ?? "3.0.3"}\n`);
    return { kind: "exit", code: 0 };
  }
  if (o.command !== "run") {
    // Simplification: the other commands (routes, shell…) and the bare help page are not modelled.
    ctx.out.err(`Usage: flask [OPTIONS] COMMAND [ARGS]...\nTry 'flask --help' for help.\n\nError: ${o.command === undefined ? "Missing command." : `No such command '${o.command}'.`}\n`);
    return { kind: "exit", code: 2 };
  }
  const given = o.app;
  const moduleName = given === undefined ? undefined : (given.split(":")[0] ?? "").replace(/\.py$/, "");
  const candidates = moduleName === undefined ? ["wsgi", "app"] : [moduleName];
  const file = candidates.map((m) => resolvePath(ctx.cwd, `${m.replace(/\./g, "/")}.py`)).find((p) => isFile(ctx.fs, p)) ?? candidates.map((m) => resolvePath(ctx.cwd, `${m.replace(/\./g, "/")}/__init__.py`)).find((p) => isFile(ctx.fs, p));
  if (!file) {
    if (given !== undefined) return failUsage(ctx, `Could not import '${moduleName}'.`);
    return failUsage(ctx, "Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.");
  }
  const mod = parsePyModule(ctx.fs.readFile(file), ctx.env);
  const site = readPythonSite(ctx.fs, ctx.env, ctx.cwd);
  for (const imp of mod.imports) {
    for (const m of imp.modules) {
      const top = m.split(".")[0] ?? m;
      if (isStdlibModule(top)) continue;
      const failure = !site.modules.has(top) ? formatModuleNotFound(file, imp.line, top) : top === "flask" ? formatFlaskWerkzeugClash(file, imp.line, site, siteMinor(site)) : undefined;
      if (failure) {
        ctx.out.err(failure);
        return { kind: "exit", code: 1 };
      }
    }
  }
  if (!mod.flask) return failUsage(ctx, `Failed to find Flask application or factory in module '${moduleName ?? file.slice(file.lastIndexOf("/") + 1, -3)}'. Use '${moduleName ?? "app"}:name' to specify one.`);
  const port = Number(o.port);
  if (!/^\d+$/.test(o.port) || port > 65535) return failUsage(ctx, `Invalid value for '--port' / '-p': '${o.port}' is not a valid integer.`);
  return startFlaskServer(ctx, mod, site, { name: given, host: o.host, port, debug: o.debug ?? false });
}
