import { compareVersions, type PythonSite } from "./python-site";
import type { PyLine } from "./python-source";

/** One traceback frame: file, line, the code shown under it. */
interface Frame {
  file: string;
  line: number;
  code: string;
}

function formatFrames(frames: Frame[]): string {
  return `Traceback (most recent call last):\n${frames.map((f) => `  File "${f.file}", line ${f.line}, in <module>\n    ${f.code}\n`).join("")}`;
}

/**
 * CPython's report of an import of a module no site directory holds
 * (Python/import.c: ModuleNotFoundError "No module named 'x'"), raised at
 * the script's import line, exit status 1.
 */
export function formatModuleNotFound(script: string, at: PyLine, module: string): string {
  return `${formatFrames([{ file: script, line: at.line, code: at.source }])}ModuleNotFoundError: No module named '${module}'\n`;
}

/**
 * Flask before 2.3 with Werkzeug 3 installed beside it: Werkzeug 3.0 removed
 * werkzeug.urls.url_quote, which Flask 2.0–2.2 import at start-up, so
 * `from flask import Flask` fails (pallets/werkzeug#2808, stackoverflow
 * 77213053). The frames are Flask's own: 2.0.1–2.0.3 go through
 * app.py:27 → cli.py:17 → helpers.py:14 (pallets/werkzeug#2808's report),
 * 2.2.x import it in app.py:30 (Neurotech-HQ/heyoo#106). CPython 3.12 adds
 * its "Did you mean" hint.
 * Undefined when the pair is compatible.
 */
export function formatFlaskWerkzeugClash(script: string, at: PyLine, site: PythonSite, minor: string): string | undefined {
  const flask = site.distributions.get("flask");
  const werkzeug = site.distributions.get("werkzeug");
  if (!flask || !werkzeug || compareVersions(werkzeug.version, "3.0.0") < 0 || compareVersions(flask.version, "2.3.0") >= 0) return undefined;
  if (compareVersions(flask.version, "2.0.0") < 0) return undefined;
  const pkg = `${flask.site}/flask`;
  const frames: Frame[] = [{ file: script, line: at.line, code: at.source }];
  if (compareVersions(flask.version, "2.2.0") >= 0) {
    frames.push({ file: `${pkg}/__init__.py`, line: 5, code: "from .app import Flask as Flask" }, { file: `${pkg}/app.py`, line: 30, code: "from werkzeug.urls import url_quote" });
  } else {
    frames.push(
      { file: `${pkg}/__init__.py`, line: 7, code: flask.version === "2.0.0" ? "from .app import Flask" : "from .app import Flask as Flask" },
      { file: `${pkg}/app.py`, line: flask.version === "2.0.0" ? 28 : 27, code: "from . import cli" },
      { file: `${pkg}/cli.py`, line: flask.version === "2.0.0" ? 18 : 17, code: "from .helpers import get_debug_flag" },
      { file: `${pkg}/helpers.py`, line: 14, code: "from werkzeug.urls import url_quote" },
    );
  }
  const hint = compareVersions(minor, "3.12") >= 0 ? ". Did you mean: 'unquote'?" : "";
  return `${formatFrames(frames)}ImportError: cannot import name 'url_quote' from 'werkzeug.urls' (${werkzeug.site}/werkzeug/urls.py)${hint}\n`;
}
