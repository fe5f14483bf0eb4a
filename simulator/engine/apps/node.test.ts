import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ContainerRecord, ListeningPort } from "../../runtime/types";
import { UnionFs } from "../../vfs/union-fs";
import { WritableLayer } from "../../vfs/writable-layer";
import type { Engine } from "../engine";
import type { ServerRequest } from "../http-servers";
import { evaluateJs, UNKNOWN } from "./node-eval";
import { answerNode } from "./node-http";
import { parseJsProgram } from "./node-source";
import { runNodeApp } from "./node";
import type { AppContext, AppOutcome } from "./types";

const SERVER = `'use strict';
const express = require('express');
const PORT = process.env.PORT || 8080; // the port
const app = express();
/* routes */
app.get('/', (req, res) => {
  res.send(\`Hello from \${process.env.NODE_ENV}!\`);
});
app.get('/users/:id', (req, res) => res.status(201).json({ id: 'x', ok: true }));
console.log('starting');
app.listen(PORT, () => console.log(\`Listening on \${PORT}\`));
`;

const EXPRESS = { "/app/node_modules/express/package.json": '{"name":"express"}' };

function run(argv: string[], files: Record<string, string>, env: Record<string, string> = {}): { outcome: AppOutcome | undefined; out: string; err: string } {
  let out = "";
  let err = "";
  const fs = new UnionFs([], { upper: new WritableLayer(), now: () => 0 });
  for (const [path, text] of Object.entries(files)) {
    fs.mkdir(path.slice(0, path.lastIndexOf("/")) || "/", { recursive: true });
    fs.writeFile(path, text);
  }
  const ctx: AppContext = {
    engine: {} as Engine,
    container: { id: "c0ffee" } as unknown as ContainerRecord,
    argv,
    env: { NODE_VERSION: "18.20.7", ...env },
    cwd: "/app",
    fs,
    out: { out: (t) => (out += t), err: (t) => (err += t) },
    fallback: () => 0,
  };
  return { outcome: runNodeApp(ctx), out, err };
}

function serve(listen: ListeningPort, request: Partial<ServerRequest>): { status: number; body: string; headers: Record<string, string> } {
  const ctx = { engine: { clock: { now: () => Date.UTC(2026, 10, 22, 10) } } as unknown as Engine, container: {} as ContainerRecord, listen, log: () => undefined };
  return answerNode(ctx, { method: "GET", path: "/", headers: {}, body: "", clientAddress: "172.17.0.1", ...request });
}

describe("node app model", () => {
  it("starts an Express app on process.env.PORT || 8080 and answers its routes", () => {
    const r = run(["node", "server.js"], { "/app/server.js": SERVER, ...EXPRESS }, { NODE_ENV: "production" });
    expect(r.out).toBe("starting\nListening on 8080\n");
    const listen = (r.outcome as { listens: ListeningPort[] }).listens[0] as ListeningPort;
    expect(listen).toMatchObject({ port: 8080, service: "node" });
    expect(serve(listen, {})).toMatchObject({ status: 200, body: "Hello from production!" });
    expect(serve(listen, { path: "/users/7" })).toMatchObject({ status: 201, body: '{"id":"x","ok":true}' });
    const missing = serve(listen, { path: "/nope" });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("<pre>Cannot GET /nope</pre>");
    expect(missing.headers["Content-Security-Policy"]).toBe("default-src 'none'");
    expect(run(["node", "server.js"], { "/app/server.js": SERVER, ...EXPRESS }, { PORT: "3000" }).out).toBe("starting\nListening on 3000\n");
  });

  it("reports a module missing from node_modules as node 18 does", () => {
    const r = run(["node", "server.js"], { "/app/server.js": SERVER });
    expect(r.outcome).toEqual({ kind: "exit", code: 1 });
    expect(r.err).toMatch(/^node:internal\/modules\/cjs\/loader:1137\n {2}throw err;\n {2}\^\n\nError: Cannot find module 'express'\nRequire stack:\n- \/app\/server.js\n/);
    expect(r.err).toContain("    at Object.<anonymous> (/app/server.js:2:17)\n");
    expect(r.err).toMatch(/ {\n {2}code: 'MODULE_NOT_FOUND',\n {2}requireStack: \[ '\/app\/server.js' \]\n}\n\nNode.js v18.20.7\n$/);
  });

  it("serves http.createServer handlers on loopback when told to", () => {
    const src = "const http = require('http');\nhttp.createServer((req, res) => {\n  res.writeHead(200, { 'Content-Type': 'text/plain' });\n  res.end('ok\\n');\n}).listen(3000, '127.0.0.1');\n";
    const listen = (run(["node", "app.js"], { "/app/app.js": src }).outcome as { listens: ListeningPort[] }).listens[0] as ListeningPort;
    expect(listen).toMatchObject({ port: 3000, address: "127.0.0.1" });
    expect(serve(listen, { path: "/anything" })).toMatchObject({ status: 200, body: "ok\n" });
  });

  it("runs console.log scripts to their end and leaves the rest to the plain command", () => {
    expect(run(["node", "hi.js"], { "/app/hi.js": "console.log('mode:', process.env.NODE_ENV, 2)\n" }, { NODE_ENV: "test" })).toEqual({ outcome: { kind: "exit", code: 0 }, out: "mode: test 2\n", err: "" });
    expect(run(["node", "calc.js"], { "/app/calc.js": "for (let i = 0; i < 3; i++) console.log(i)\n" }).outcome).toBeUndefined();
    expect(run(["node", "--version"], {}).outcome).toBeUndefined();
    expect(run(["node", "missing.js"], {}).outcome).toBeUndefined();
  });

  it("evaluates literal expressions only", () => {
    const scope = { env: { PORT: "80" }, names: new Map([["NAME", "x"]]) };
    expect(evaluateJs("process.env.PORT || 8080", scope)).toBe("80");
    expect(evaluateJs("Number(process.env.NOPE ?? 5) + 1", scope)).toBe(6);
    expect(evaluateJs("`a ${NAME} b`", scope)).toBe("a x b");
    expect(evaluateJs("fs.readFileSync('x')", scope)).toBe(UNKNOWN);
  });

  it("never throws on arbitrary scripts (property)", () => {
    const piece = fc.constantFrom("const express = require('express');\n", "const app = express();\n", "app.get('/x', (req, res) => {", "res.send(`hi ${", "process.env.X", "})\n", "app.listen(", "process.env.PORT || 8080", ", () => console.log('up'))\n", "http.createServer(", "/*", "*/", "//", "`", "'", "(", ")", "{", "}\n", "import x from 'y'\n");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 20 }), (parts) => {
        const source = parts.join("");
        parseJsProgram(source);
        const r = run(["node", "server.js"], { "/app/server.js": source, ...EXPRESS });
        if (r.outcome?.kind === "serve") for (const l of r.outcome.listens) serve(l, { path: "/x" });
      }),
      { numRuns: 300 },
    );
  });
});
