import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorld } from "@/simulator";
import { resolveCatalogReference } from "@/simulator/image/catalog";
import { parseImageReference } from "@/simulator/image/reference";
import { MemoryFs } from "@/simulator/vfs/memory-fs";
import { parseDockerfile } from "@/simulator/dockerfile/parser";
import { parseProgram } from "@/simulator/dockerfile/instructions/index";

/**
 * Builds every real-world Dockerfile of ../shared/corpus/dockerfiles-real
 * (read in place) in a fresh world, with a context made from
 * context/<file>/ plus placeholder files for the scripts and binaries the
 * manifest lists (same names, executable when the source mode is 100755) and
 * a small stand-in application where the Dockerfile copies `.`.
 *
 * A file whose base images are not all in the simulated registries must fail
 * with Docker's pull error, naming an image the catalog really lacks. A file
 * whose bases are all there must build; the ones that do not yet are listed
 * in KNOWN_GAPS with the reason, and the test fails if that list goes stale
 * either way.
 */
const DIR = path.resolve(__dirname, "../../../shared/corpus/dockerfiles-real");

interface Sibling {
  name: string;
  type: string;
  mode: string;
}
interface ManifestEntry {
  file: string;
  localCopies: { sources: string[]; resolvedSiblings: Sibling[]; unresolvedSources: string[] }[];
}

/** Catalog-based files that do not build yet, and why (they download and compile software from the internet). */
const KNOWN_GAPS: Record<string, string> = {
  "nginx__modules__debian.Dockerfile": "installs .deb files that its builder stage compiles",
  "nginx__modules__alpine.Dockerfile": "installs .apk files that its builder stage compiles",
  "php__8.3__bookworm-apache.Dockerfile": "apache2, a2dismod/a2enmod/a2enconf, the verified PHP 8.3.33 download and the build dependencies (apache2-dev, libargon2-dev, libcurl4-openssl-dev, libonig-dev, libsodium-dev…) work; then docker-php-source is only a placeholder in the context (the manifest omits its code), so `docker-php-source extract` cannot unpack /usr/src/php, and php-8.3.33.tar.xz is not yet a source distribution that ./configure, make and make install could build",
};

/** A stand-in package-lock.json (lockfileVersion 3) for the context's package.json, as `npm install` would write it. */
function createLockfile(ws: MemoryFs): string {
  const pkg = ws.stat("/ctx/package.json") ? (JSON.parse(ws.readFile("/ctx/package.json")) as Record<string, unknown>) : {};
  const root = { name: pkg.name ?? "app", version: pkg.version ?? "1.0.0", dependencies: pkg.dependencies ?? {}, devDependencies: pkg.devDependencies ?? {} };
  const packages: Record<string, unknown> = { "": root };
  for (const deps of [root.dependencies, root.devDependencies] as Record<string, string>[]) {
    for (const [name, range] of Object.entries(deps)) packages[`node_modules/${name}`] = { version: range.replace(/^[\^~>=<\s]+/, "") };
  }
  return JSON.stringify({ name: root.name, version: root.version, lockfileVersion: 3, requires: true, packages }, null, 2) + "\n";
}

/**
 * The synthetic application an unresolved `COPY .` stands for, by the
 * ecosystem the context's own files name: a minimal Create React App when
 * package.json depends on react-scripts, an app.py beside requirements.txt,
 * else one stand-in file. Never per corpus file.
 */
function createStandInApp(ws: MemoryFs): [string, string][] {
  const pkg = ws.stat("/ctx/package.json") ? (JSON.parse(ws.readFile("/ctx/package.json")) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }) : undefined;
  if (pkg && { ...pkg.dependencies, ...pkg.devDependencies }["react-scripts"] !== undefined) {
    return [
      ["public/index.html", '<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>React App</title>\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n'],
      ["src/index.js", "import React from 'react';\nimport ReactDOM from 'react-dom';\nimport App from './App';\n\nReactDOM.render(<App />, document.getElementById('root'));\n"],
      ["src/App.js", "function App() {\n  return <h1>stand-in application</h1>;\n}\n\nexport default App;\n"],
    ];
  }
  if (ws.stat("/ctx/requirements.txt")) return [["app.py", 'print("stand-in application")\n']];
  return [["app/main.txt", "stand-in application\n"]];
}

function createContext(entry: ManifestEntry): MemoryFs {
  const ws = new MemoryFs(() => Date.UTC(2025, 2, 1, 9));
  ws.mkdir("/ctx", { recursive: true });
  ws.writeFile("/ctx/Dockerfile", fs.readFileSync(path.join(DIR, entry.file), "utf8"));
  const included = path.join(DIR, "context", entry.file.replace(/\.Dockerfile$/, ""));
  const put = (rel: string, content: string): void => {
    const p = `/ctx/${rel.replace(/^\/+|^\.\/+/g, "")}`;
    ws.mkdir(p.slice(0, p.lastIndexOf("/")) || "/", { recursive: true });
    if (!ws.stat(p)) ws.writeFile(p, content);
  };
  if (fs.existsSync(included)) for (const name of fs.readdirSync(included)) put(name, fs.readFileSync(path.join(included, name), "utf8"));
  for (const copy of entry.localCopies) {
    for (const s of copy.resolvedSiblings) {
      if (s.type === "dir") put(`${s.name}/.keep`, "");
      else {
        put(s.name, s.mode === "100755" ? "#!/bin/sh\nexec \"$@\"\n" : s.name.endsWith("package-lock.json") ? createLockfile(ws) : "");
        // The manifest's git mode: an executable script stays executable in the context, as COPY keeps modes.
        if (s.mode === "100755") ws.chmod(`/ctx/${s.name.replace(/^\/+|^\.\/+/g, "")}`, 0o755);
      }
    }
    for (const u of copy.unresolvedSources) {
      if (u === "." || u === "./") {
        for (const [rel, content] of createStandInApp(ws)) put(rel, content);
        for (const rel of findContextFilesCopiedOnward(ws.readFile("/ctx/Dockerfile"))) put(rel, "");
      } else put(u, "");
    }
  }
  return ws;
}

/**
 * Files a later stage takes from the whole-context copy of an earlier one
 * (`COPY . /app`, then `COPY --from=build /app/.nginx/nginx.conf …`): the
 * real application has them, so the stand-in application must too. Read
 * from the Dockerfile itself, for every file-like path (a name with a dot);
 * directories a build step produces (`/app/build`) are left to the build.
 */
function findContextFilesCopiedOnward(dockerfile: string): string[] {
  const program = parseProgram(parseDockerfile(dockerfile));
  const roots = new Map<string, string[]>();
  const out: string[] = [];
  program.stages.forEach((stage, index) => {
    const name = stage.from.stageName || String(index);
    const own = [...(roots.get(stage.from.baseName.toLowerCase()) ?? [])];
    let workdir = "/";
    for (const c of stage.commands) {
      if (c.kind === "workdir") workdir = c.path.startsWith("/") ? c.path : `${workdir.replace(/\/$/, "")}/${c.path}`;
      if (c.kind === "copy" && c.from === "" && c.sources.some((src) => src === "." || src === "./")) {
        own.push((c.dest.startsWith("/") ? c.dest : `${workdir.replace(/\/$/, "")}/${c.dest}`).replace(/\/+$/, "").replace(/\/\.$/, "") || "/");
      }
      if (c.kind === "copy" && c.from !== "") {
        const from = roots.get(c.from.toLowerCase()) ?? [];
        for (const src of c.sources) {
          const root = from.find((r) => src.startsWith(`${r}/`));
          const base = src.slice(src.lastIndexOf("/") + 1);
          if (root && base.includes(".")) out.push(src.slice(root.length + 1));
        }
      }
    }
    roots.set(name.toLowerCase(), own);
  });
  return out;
}

const manifest = JSON.parse(fs.readFileSync(path.join(DIR, "context-manifest.json"), "utf8")) as { entries: ManifestEntry[] };

describe("corpus: build every real Dockerfile", () => {
  it("builds the catalog-based ones and fails the rest with Docker's pull error", () => {
    const built: string[] = [];
    const pullErrors: string[] = [];
    const failed: Record<string, string> = {};
    for (const entry of manifest.entries) {
      const world = createWorld({ workspace: createContext(entry) });
      const result = world.run("docker build ctx");
      const last = result.stderr.trim().split("\n").pop() ?? "";
      if (result.exitCode === 0) {
        built.push(entry.file);
        continue;
      }
      const pull = /^ERROR: failed to solve: (\S+): failed to resolve source metadata for \S+: (.*)$/.exec(last);
      if (pull) {
        const reference = pull[1] as string;
        // The error must name an image the simulated registries really do not have.
        const ref = parseImageReference(reference);
        expect(resolveCatalogReference(ref).ok, `${entry.file}: ${reference}`).toBe(false);
        expect(pull[2]).toMatch(/^(pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed|\S+: not found|failed to do request: Head "https:\/\/\S+": dial tcp: lookup \S+: no such host)$/);
        pullErrors.push(entry.file);
        continue;
      }
      failed[entry.file] = last;
    }
    console.log(`corpus build: ${manifest.entries.length} Dockerfiles: ${built.length} built, ${pullErrors.length} failed with Docker's pull error (bases not in the catalog), ${Object.keys(failed).length} catalog-based ones do not build yet`);
    for (const [file, line] of Object.entries(failed)) console.log(`  not built: ${file}: ${(KNOWN_GAPS[file] ?? "UNEXPECTED")} — ${line.slice(0, 160)}`);
    expect(Object.keys(failed).sort()).toEqual(Object.keys(KNOWN_GAPS).sort());
    expect(built.length + pullErrors.length + Object.keys(failed).length).toBe(manifest.entries.length);
  }, 120_000);
});
