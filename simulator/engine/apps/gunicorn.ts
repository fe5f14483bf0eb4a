import type { PosixFileSystem } from "../../vfs/posix-types";
import { isStdlibModule, readPythonSite } from "./python-site";
import { parsePyModule } from "./python-source";
import { flaskConfig, resolvePath, siteMinor } from "./python";
import type { AppContext, AppOutcome } from "./types";

/** The worker's PID as `docker logs` of a gunicorn container usually shows it (the master is PID 1). */
const WORKER_PID = 7;

function isFile(fs: PosixFileSystem, path: string): boolean {
  try {
    return fs.stat(path)?.type === "file";
  } catch {
    return false;
  }
}

/** gunicorn's error-log time stamp (gunicorn/glogging.py: `[%Y-%m-%d %H:%M:%S %z]`), UTC in a container. */
function formatStamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, "0");
  return `[${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000]`;
}

/** Reads `gunicorn [-b ADDR] [-w N] MODULE:APP` (and `--bind=`, `$GUNICORN_CMD_ARGS` is not read). */
function parseArgs(argv: string[]): { bind: string; target?: string; workers: number } {
  const o: { bind: string; target?: string; workers: number } = { bind: "127.0.0.1:8000", workers: 1 };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => (eq > 0 ? a.slice(eq + 1) : (argv[++i] ?? ""));
    if (flag === "-b" || flag === "--bind") o.bind = value();
    else if (flag === "-w" || flag === "--workers") o.workers = Number(value()) || 1;
    else if (flag.startsWith("-")) {
      if (eq < 0 && !/^--(reload|preload|daemon|capture-output|print-config|check-config)$/.test(flag)) i++;
    } else o.target ??= a;
  }
  return o;
}

/**
 * `gunicorn app:app -b 0.0.0.0:8000` (gunicorn 22: arbiter.py start and
 * spawn_worker, workers/base.py init_process): the master logs its start,
 * address and worker class on stderr, each worker its boot; the Flask app
 * then answers through the same server model as Flask's own server, without
 * an access log (gunicorn logs none unless --access-logfile is given).
 * A module it cannot import fails the worker boot: exit 3.
 * Simplification: the worker's traceback is left out of that failure; the
 * default bind is 127.0.0.1:8000 and $PORT is not read.
 */
export function runGunicorn(ctx: AppContext): AppOutcome | undefined {
  const o = parseArgs(ctx.argv);
  if (ctx.argv.includes("--version") || ctx.argv.includes("-v")) {
    ctx.out.out(`gunicorn (version ${readPythonSite(ctx.fs, ctx.env, ctx.cwd).distributions.get("gunicorn")?.version ?? "22.0.0"})\n`);
    return { kind: "exit", code: 0 };
  }
  if (o.target === undefined) {
    ctx.out.err("usage: gunicorn [OPTIONS] [APP_MODULE]\ngunicorn: error: No application module specified.\n");
    return { kind: "exit", code: 2 };
  }
  const site = readPythonSite(ctx.fs, ctx.env, ctx.cwd);
  const version = site.distributions.get("gunicorn")?.version ?? "22.0.0";
  const now = ctx.engine.clock.now();
  const log = (pid: number, level: string, text: string): void => ctx.out.err(`${formatStamp(now)} [${pid}] [${level}] ${text}\n`);
  const m = /^(?:unix:)?\[?([^\]]*?)\]?(?::(\d+))?$/.exec(o.bind);
  const host = m?.[1] || "127.0.0.1";
  const port = Number(m?.[2] ?? 8000);
  log(1, "INFO", `Starting gunicorn ${version}`);
  log(1, "INFO", `Listening at: http://${host.includes(":") ? `[${host}]` : host}:${port} (1)`);
  log(1, "INFO", "Using worker: sync");
  for (let w = 0; w < o.workers; w++) log(WORKER_PID + w, "INFO", `Booting worker with pid: ${WORKER_PID + w}`);
  const [moduleName = "", variable = "application"] = o.target.split(":");
  const file = [`${moduleName.replace(/\./g, "/")}.py`, `${moduleName.replace(/\./g, "/")}/__init__.py`].map((f) => resolvePath(ctx.cwd, f)).find((f) => isFile(ctx.fs, f));
  const mod = file ? parsePyModule(ctx.fs.readFile(file), ctx.env) : undefined;
  const missing = !file ? moduleName : mod?.imports.flatMap((i) => i.modules).map((x) => x.split(".")[0] ?? x).find((x) => !isStdlibModule(x) && !site.modules.has(x));
  if (missing !== undefined || !mod?.flask || mod.flask.variable !== variable) {
    log(WORKER_PID, "ERROR", "Exception in worker process");
    ctx.out.err(missing !== undefined ? `ModuleNotFoundError: No module named '${missing}'\n` : `Failed to find attribute '${variable}' in '${moduleName}'.\n`);
    log(WORKER_PID, "INFO", `Worker exiting (pid: ${WORKER_PID})`);
    log(1, "ERROR", `Worker (pid:${WORKER_PID}) exited with code 3`);
    log(1, "ERROR", "Shutting down: Master");
    log(1, "ERROR", "Reason: Worker failed to boot.");
    return { kind: "exit", code: 3 };
  }
  const config = flaskConfig(mod, { flask: site.distributions.get("flask")?.version ?? "3.0.3", werkzeug: site.distributions.get("werkzeug")?.version ?? "3.0.3", debug: false }, ctx.env, siteMinor(site));
  config.server = `gunicorn`;
  const all = host === "0.0.0.0" || host === "::";
  return { kind: "serve", listens: [{ port, service: "flask", ...(all ? {} : { address: host === "localhost" ? "127.0.0.1" : host }), config }] };
}
