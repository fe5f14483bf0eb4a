#!/usr/bin/env node
/**
 * Builds the site with `next build` unless .next/BUILD_ID is newer than every
 * input (app/, components/, lessons/, simulator/, public/, next.config.js,
 * package.json and the other build configs). Unit tests (*.test.ts) do not
 * count as inputs. Exits non-zero when the build fails.
 *
 *   node scripts/ensure-build.mjs          build only if stale
 *   node scripts/ensure-build.mjs --force  always build
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const INPUT_DIRS = ["app", "components", "lessons", "simulator", "public"];
const INPUT_FILES = ["next.config.js", "package.json", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];
const SKIP_DIRS = new Set(["node_modules", ".next", ".git"]);

function isIgnored(name) {
  return name.endsWith(".test.ts") || name.endsWith(".test.tsx");
}

/** The newest mtime under `dir` and the file that has it. */
function newestIn(dir, best) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return best;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) best = newestIn(full, best);
    } else if (!isIgnored(entry.name)) {
      const { mtimeMs } = statSync(full);
      if (mtimeMs > best.mtimeMs) best = { mtimeMs, file: full };
    }
  }
  return best;
}

function newestInput() {
  let best = { mtimeMs: 0, file: "" };
  for (const dir of INPUT_DIRS) best = newestIn(path.join(root, dir), best);
  for (const file of INPUT_FILES) {
    const full = path.join(root, file);
    if (existsSync(full)) {
      const { mtimeMs } = statSync(full);
      if (mtimeMs > best.mtimeMs) best = { mtimeMs, file: full };
    }
  }
  return best;
}

function reasonToBuild() {
  if (process.argv.includes("--force")) return "--force given";
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no .next/BUILD_ID";
  if (!existsSync(path.join(root, "out", "index.html"))) return "no static export in out/";
  const built = statSync(buildId).mtimeMs;
  const newest = newestInput();
  if (newest.mtimeMs > built) return `${path.relative(root, newest.file)} changed after the last build`;
  return null;
}

const reason = reasonToBuild();
if (reason === null) {
  console.log("ensure-build: .next is up to date, skipping next build");
  process.exit(0);
}

console.log(`ensure-build: running next build (${reason})`);
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next", { paths: [root] });
const result = spawnSync(process.execPath, [nextBin, "build"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.error) {
  console.error(`ensure-build: could not start next build: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`ensure-build: next build failed (${result.signal ?? `exit ${result.status}`})`);
  process.exit(result.status || 1);
}
