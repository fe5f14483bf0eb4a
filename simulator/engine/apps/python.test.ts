import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ContainerRecord, ListeningPort } from "../../runtime/types";
import { UnionFs } from "../../vfs/union-fs";
import { WritableLayer } from "../../vfs/writable-layer";
import type { Engine } from "../engine";
import type { ServerRequest } from "../http-servers";
import { answerFlask } from "./flask-http";
import { runFlaskCli } from "./flask-cli";
import { runGunicorn } from "./gunicorn";
import { evaluatePy } from "./python-eval";
import { parsePyModule } from "./python-source";
import { runPythonApp } from "./python";
import type { AppContext, AppOutcome } from "./types";

const HELLO = `from flask import Flask
app = Flask(__name__)

@app.route("/")
def hello():
    return "Hello World!"

@app.route("/api/<name>", methods=["GET", "POST"])
def api(name):
    return {"name": name, "ok": True}, 201

if __name__ == "__main__":
    app.run(host='0.0.0.0')
`;

function makeFs(files: Record<string, string>): UnionFs {
  const fs = new UnionFs([], { upper: new WritableLayer(), now: () => 0 });
  for (const [path, text] of Object.entries(files)) {
    fs.mkdir(path.slice(0, path.lastIndexOf("/")) || "/", { recursive: true });
    fs.writeFile(path, text);
  }
  return fs;
}

const FLASK_SITE = {
  "/usr/local/lib/python3.8/site-packages/flask/__init__.py": "",
  "/usr/local/lib/python3.8/site-packages/flask-3.0.3.dist-info/METADATA": "",
  "/usr/local/lib/python3.8/site-packages/werkzeug/__init__.py": "",
  "/usr/local/lib/python3.8/site-packages/Werkzeug-3.0.3.dist-info/METADATA": "",
};

let both = "";

function run(argv: string[], files: Record<string, string>, env: Record<string, string> = {}, model = runPythonApp): { outcome: AppOutcome | undefined; out: string; err: string } {
  let out = "";
  let err = "";
  both = "";
  const container = { id: "c0ffee", networks: { bridge: { IPAddress: "172.17.0.2" } } } as unknown as ContainerRecord;
  const ctx: AppContext = {
    engine: { clock: { now: () => Date.UTC(2026, 10, 22, 10) } } as unknown as Engine,
    container,
    argv,
    env: { HOME: "/root", ...env },
    cwd: "/app",
    fs: makeFs(files),
    out: { out: (t) => ((out += t), (both += t)), err: (t) => ((err += t), (both += t)) },
    fallback: () => 0,
  };
  return { outcome: model(ctx), out, err };
}

function serve(listen: ListeningPort, request: Partial<ServerRequest>): { status: number; body: string; log: string; headers: Record<string, string> } {
  let log = "";
  const ctx = { engine: { clock: { now: () => Date.UTC(2026, 10, 22, 10) } } as unknown as Engine, container: {} as ContainerRecord, listen, log: (_s: string, t: string) => (log += t) };
  const a = answerFlask(ctx, { method: "GET", path: "/", headers: {}, body: "", clientAddress: "172.17.0.1", ...request });
  return { status: a.status, body: a.body, log, headers: a.headers };
}

describe("python app model", () => {
  it("starts the Flask dev server of app.py with werkzeug 3's banner", () => {
    const r = run(["python", "app.py"], { "/app/app.py": HELLO, ...FLASK_SITE });
    expect(r.out).toBe(" * Serving Flask app 'app'\n * Debug mode: off\n");
    expect(r.err).toContain(" * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:5000\n * Running on http://172.17.0.2:5000\n");
    expect(r.outcome?.kind).toBe("serve");
    const listen = (r.outcome as { listens: ListeningPort[] }).listens[0] as ListeningPort;
    expect(listen).toMatchObject({ port: 5000, service: "flask" });
    expect(listen.address).toBeUndefined();
    const ok = serve(listen, {});
    expect(ok).toMatchObject({ status: 200, body: "Hello World!" });
    expect(ok.log).toBe('172.17.0.1 - - [22/Nov/2026 10:00:00] "GET / HTTP/1.1" 200 -\n');
    expect(serve(listen, { path: "/api/ana" })).toMatchObject({ status: 201, body: '{"name":"ana","ok":true}\n' });
    const missing = serve(listen, { path: "/nope" });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("<title>404 Not Found</title>");
    expect(missing.log).toContain('"\x1b[33mGET /nope HTTP/1.1\x1b[0m" 404 -');
    const wrong = serve(listen, { method: "DELETE" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.Allow).toBe("GET, HEAD, OPTIONS");
  });

  it("binds to loopback by default and honours FLASK_DEBUG", () => {
    const r = run(["python3", "app.py"], { "/app/app.py": HELLO.replace("app.run(host='0.0.0.0')", "app.run(port=int(os.environ.get('PORT', 8080)))"), ...FLASK_SITE }, { PORT: "9000", FLASK_DEBUG: "1" });
    const listen = (r.outcome as { listens: ListeningPort[] }).listens[0] as ListeningPort;
    expect(listen).toMatchObject({ port: 9000, address: "127.0.0.1" });
    expect(r.out).toContain(" * Debug mode: on\n");
    expect(r.err).toMatch(/ \* Debugger PIN: \d{3}-\d{3}-\d{3}\n$/);
  });

  it("fails an import the image lacks as CPython does", () => {
    const r = run(["python", "app.py"], { "/app/app.py": `import os\n${HELLO}` });
    expect(r.outcome).toEqual({ kind: "exit", code: 1 });
    expect(r.err).toBe('Traceback (most recent call last):\n  File "/app/app.py", line 2, in <module>\n    from flask import Flask\nModuleNotFoundError: No module named \'flask\'\n');
  });

  it("reports Flask 2.0 beside Werkzeug 3 as the url_quote ImportError", () => {
    const site = { ...FLASK_SITE, "/usr/local/lib/python3.8/site-packages/flask-2.0.2.dist-info/METADATA": "" };
    delete (site as Record<string, string>)["/usr/local/lib/python3.8/site-packages/flask-3.0.3.dist-info/METADATA"];
    const r = run(["python", "app.py"], { "/app/app.py": HELLO, ...site });
    expect(r.outcome).toEqual({ kind: "exit", code: 1 });
    expect(r.err).toContain('  File "/usr/local/lib/python3.8/site-packages/flask/helpers.py", line 14, in <module>\n    from werkzeug.urls import url_quote\n');
    expect(r.err).toMatch(/ImportError: cannot import name 'url_quote' from 'werkzeug.urls' \(\/usr\/local\/lib\/python3.8\/site-packages\/werkzeug\/urls.py\)\n$/);
  });

  it("runs a script of prints and environment lookups to its end", () => {
    const r = run(["python", "hi.py"], { "/app/hi.py": 'import os, sys\nNAME = os.environ.get("NAME", "nobody")\nprint("hi", NAME)\nprint(f"env={os.getenv(\'MODE\')}", file=sys.stderr)\nsys.exit(3)\n' }, { NAME: "Ana" });
    expect(r).toEqual({ outcome: { kind: "exit", code: 3 }, out: "hi Ana\n", err: "env=None\n" });
  });

  it("leaves --version, code it cannot follow and missing scripts to the plain command", () => {
    expect(run(["python", "--version"], {}).outcome).toBeUndefined();
    expect(run(["python", "-c", "open('x').read()"], {}).outcome).toBeUndefined();
    expect(run(["python", "nope.py"], {}).outcome).toBeUndefined();
  });

  it("runs `flask run` from FLASK_APP, and fails without an app as click does", () => {
    const r = run(["flask", "run", "--host", "0.0.0.0"], { "/app/app.py": HELLO, ...FLASK_SITE }, { FLASK_APP: "app" }, runFlaskCli);
    expect((r.outcome as { listens: ListeningPort[] }).listens[0]).toMatchObject({ port: 5000, service: "flask" });
    expect(r.out).toBe(" * Serving Flask app 'app'\n * Debug mode: off\n");
    const none = run(["flask", "run"], FLASK_SITE, {}, runFlaskCli);
    expect(none.outcome).toEqual({ kind: "exit", code: 2 });
    expect(none.err).toMatch(/^Usage: flask run \[OPTIONS\]\nTry 'flask run --help' for help.\n\nError: Could not locate a Flask application/);
  });

  it("runs gunicorn's master and workers, and fails a module it cannot import with exit 3", () => {
    const r = run(["gunicorn", "app:app", "--bind=0.0.0.0:8000"], { "/app/app.py": HELLO, ...FLASK_SITE }, {}, runGunicorn);
    expect(r.err).toBe("[2026-11-22 10:00:00 +0000] [1] [INFO] Starting gunicorn 22.0.0\n[2026-11-22 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)\n[2026-11-22 10:00:00 +0000] [1] [INFO] Using worker: sync\n[2026-11-22 10:00:00 +0000] [7] [INFO] Booting worker with pid: 7\n");
    const listen = (r.outcome as { listens: ListeningPort[] }).listens[0] as ListeningPort;
    const ok = serve(listen, {});
    expect(ok).toMatchObject({ status: 200, body: "Hello World!", log: "" });
    expect(ok.headers.Server).toBe("gunicorn");
    const bad = run(["gunicorn", "nope:app"], FLASK_SITE, {}, runGunicorn);
    expect(bad.outcome).toEqual({ kind: "exit", code: 3 });
    expect(bad.err).toContain("[1] [ERROR] Reason: Worker failed to boot.\n");
  });

  it("holds prints in stdout's buffer until exit unless unbuffered or flushed", () => {
    const src = 'import sys\nprint("out 1")\nprint("err", file=sys.stderr)\nprint("out 2")\n';
    run(["python", "s.py"], { "/app/s.py": src });
    expect(both).toBe("err\nout 1\nout 2\n");
    run(["python", "-u", "s.py"], { "/app/s.py": src });
    expect(both).toBe("out 1\nerr\nout 2\n");
    run(["python", "s.py"], { "/app/s.py": src }, { PYTHONUNBUFFERED: "1" });
    expect(both).toBe("out 1\nerr\nout 2\n");
    run(["python", "s.py"], { "/app/s.py": src.replace('print("out 1")', 'print("out 1", flush=True)') });
    expect(both).toBe("out 1\nerr\nout 2\n");
    run(["python", "s.py"], { "/app/s.py": `${src}import nope\n` });
    expect(both).toMatch(/^err\nTraceback[\s\S]*No module named 'nope'\nout 1\nout 2\n$/);
  });

  it("runs python -c code of prints over os.environ", () => {
    expect(run(["python", "-c", "import os; print('env:', os.environ['X'])"], {}, { X: "y" })).toEqual({ outcome: { kind: "exit", code: 0 }, out: "env: y\n", err: "" });
    expect(run(["python", "-c", "import flask"], {}).outcome).toBeUndefined();
  });

  it("evaluates literal expressions and nothing else", () => {
    const scope = { env: { PORT: "80" }, names: new Map() };
    expect(evaluatePy("int(os.environ.get('PORT', 5000))", scope)).toBe(80);
    expect(evaluatePy("os.environ.get('NOPE') or 'x'", scope)).toBe("x");
    expect(evaluatePy("{'a': [1, True, None]}", scope)).toEqual({ a: [1, true, null] });
    expect(evaluatePy("open('x').read()", scope)).toBeUndefined();
  });

  it("never throws on arbitrary scripts (property)", () => {
    const piece = fc.constantFrom("from flask import Flask\n", "app = Flask(__name__)\n", '@app.route("/x")\n', "def f():\n", "    return {'a': 1}\n", "app.run(host=", "'0.0.0.0')\n", "print(f'{x}')\n", "import nope\n", "if __name__ == '__main__':\n", "  ", '"""', "(", ")\n", "\\\n", "#", "sys.exit(", "os.environ['X']\n");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 20 }), (parts) => {
        const source = parts.join("");
        parsePyModule(source, {});
        const r = run(["python", "app.py"], { "/app/app.py": source, ...FLASK_SITE });
        if (r.outcome?.kind === "serve") for (const l of r.outcome.listens) serve(l, { path: "/x" });
      }),
      { numRuns: 300 },
    );
  });
});
