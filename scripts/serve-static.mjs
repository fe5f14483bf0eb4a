#!/usr/bin/env node
/**
 * A tiny static file server for the exported site (out/), the stand-in for
 * any static host: `node scripts/serve-static.mjs [--port N] [--host H] [--dir out]`.
 * Serves `/x` from out/x, out/x.html or out/x/index.html (how Next's static
 * export lays pages out), 404s with out/404.html, and never leaves the folder.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dir = path.resolve(root, option("dir", "out"));
const port = Number(option("port", process.env.PORT ?? "3000"));
const host = option("host", "0.0.0.0");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".map": "application/json",
};

/** The file a URL path names inside `dir`, or null (also for paths that try to climb out). */
function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return null;
  }
  const base = path.join(dir, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ""));
  if (!base.startsWith(dir)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

if (!existsSync(path.join(dir, "index.html"))) {
  console.error(`serve-static: ${path.relative(root, dir)}/index.html is missing; run next build first`);
  process.exit(1);
}

createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const file = resolveFile(req.url ?? "/");
  const status = file ? 200 : 404;
  const body = file ?? path.join(dir, "404.html");
  const type = TYPES[path.extname(body)] ?? "application/octet-stream";
  const immutable = file && file.includes(`${path.sep}_next${path.sep}static${path.sep}`);
  res.writeHead(status, { "Content-Type": type, "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache" });
  if (req.method === "HEAD" || !existsSync(body)) res.end();
  else createReadStream(body).pipe(res);
}).listen(port, host, () => console.log(`serve-static: ${path.relative(root, dir)}/ on http://${host}:${port}`));
