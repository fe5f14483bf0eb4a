import { compareVersions } from "./python-site";

/** What the Flask dev server's start-up lines depend on. */
export interface FlaskStart {
  /** The app's name as Flask shows it (`app` for app.py), or undefined when `flask run` found it on its own. */
  name?: string;
  flask: string;
  werkzeug: string;
  host: string;
  port: number;
  debug: boolean;
  /** The container's address on its network (werkzeug's get_interface_ip), 127.0.0.1 without one. */
  interfaceIp: string;
  /** A seeded stand-in for the debugger PIN werkzeug derives from the machine id. */
  pin: string;
}

/**
 * werkzeug ≥ 2.1 styles its log lines with ANSI codes on every non-Windows
 * system, terminal or not, so `docker logs` shows them raw
 * (src/werkzeug/serving.py: _log_add_style, _ansi_style); 2.0 styled only
 * through the optional termcolor module, which the images lack.
 */
export function formatAnsi(werkzeug: string, value: string, ...styles: ("bold" | "red" | "yellow" | "green" | "cyan" | "magenta")[]): string {
  if (compareVersions(werkzeug, "2.1.0") < 0) return value;
  const codes = { bold: 1, red: 31, green: 32, yellow: 33, magenta: 35, cyan: 36 };
  let out = value;
  for (const s of styles) out = `\x1b[${codes[s]}m${out}`;
  return `${out}\x1b[0m`;
}

/**
 * Flask's server banner on stdout (flask/cli.py show_server_banner, written
 * with click.echo, which flushes): Flask 2.0/2.1 print the lazy-loading,
 * environment and warning lines (click strips their colour off a
 * terminal); 2.2+ only the app and debug mode.
 */
export function formatFlaskBanner(s: FlaskStart, env: Record<string, string>): string {
  let out = "";
  if (compareVersions(s.flask, "2.2.0") < 0) {
    if (s.name !== undefined) out += ` * Serving Flask app '${s.name}' (lazy loading)\n`;
    const environment = env.FLASK_ENV ?? "production";
    out += ` * Environment: ${environment}\n`;
    if (environment === "production") out += "   WARNING: This is a development server. Do not use it in a production deployment.\n   Use a production WSGI server instead.\n";
  } else if (s.name !== undefined) out += ` * Serving Flask app '${s.name}'\n`;
  return `${out} * Debug mode: ${s.debug ? "on" : "off"}\n`;
}

/**
 * werkzeug's start-up log on stderr (serving.py run_simple/log_startup):
 * 2.1+ logs the development-server warning, the addresses (all addresses,
 * loopback and the interface's IP for 0.0.0.0) and "Press CTRL+C to quit";
 * 2.0 logged "Running on all addresses." with its warning and one URL. In
 * debug mode the reloader restarts the process and the debugger reports
 * its PIN (werkzeug/_reloader.py, debug/__init__.py).
 */
export function formatWerkzeugStartup(s: FlaskStart): string {
  const w = s.werkzeug;
  const all = s.host === "0.0.0.0" || s.host === "::";
  const display = all ? (s.host === "::" ? "[::1]" : s.interfaceIp) : s.host.includes(":") ? `[${s.host}]` : s.host;
  let out: string;
  if (compareVersions(w, "2.1.0") < 0) {
    out = all ? " * Running on all addresses.\n   WARNING: This is a development server. Do not use it in a production deployment.\n" : "";
    out += ` * Running on http://${display}:${s.port}/ (Press CTRL+C to quit)\n`;
  } else {
    out = `${formatAnsi(w, "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.", "bold", "red")}\n`;
    if (all) out += ` * Running on all addresses (${s.host})\n * Running on http://${s.host === "::" ? "[::1]" : "127.0.0.1"}:${s.port}\n`;
    out += ` * Running on http://${display}:${s.port}\n${formatAnsi(w, "Press CTRL+C to quit", "yellow")}\n`;
  }
  if (s.debug) out += ` * Restarting with stat\n * Debugger is active!\n * Debugger PIN: ${s.pin}\n`;
  return out;
}

/** The access log line werkzeug writes per request (serving.py WSGIRequestHandler.log_request), colour by status. */
export function formatWerkzeugAccess(werkzeug: string, client: string, time: number, requestLine: string, status: number): string {
  const code = String(status);
  let msg = requestLine;
  if (code.startsWith("1")) msg = formatAnsi(werkzeug, msg, "bold");
  else if (code === "200") msg = requestLine;
  else if (code === "304") msg = formatAnsi(werkzeug, msg, "cyan");
  else if (code.startsWith("3")) msg = formatAnsi(werkzeug, msg, "green");
  else if (code === "404") msg = formatAnsi(werkzeug, msg, "yellow");
  else if (code.startsWith("4")) msg = formatAnsi(werkzeug, msg, "bold", "red");
  else if (!code.startsWith("2")) msg = formatAnsi(werkzeug, msg, "bold", "magenta");
  return `${client} - - [${formatLogDate(time)}] "${msg}" ${code} -\n`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** http.server's log_date_time_string: `22/Nov/2026 10:00:00` (the container's local time, UTC). */
export function formatLogDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
