#!/usr/bin/env node
/**
 * `npm test`: every check, in order, installing what a fresh machine lacks:
 * lint, type check, unit and corpus tests (vitest), the site build, and the
 * browser tests (Playwright on Debian's Chromium). Ends with one line
 * `N passed, N failed` over every test that ran.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureChromium, ensureDependencies, root, run } from "./setup.mjs";

const results = path.join(root, ".test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const steps = [
  ["install", () => ensureDependencies()],
  ["lint", () => run(bin("eslint"), ["."])],
  ["typecheck", () => run(bin("tsc"), ["--noEmit"])],
  ["lessons", () => run(bin("tsx"), [path.join(root, "scripts", "lessons-check.ts")])],
  ["unit", () => run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(results, "vitest.json")}`])],
  ["chromium", () => ensureChromium()],
  ["build", () => run(process.execPath, [path.join(root, "scripts", "ensure-build.mjs")])],
  ["e2e", () => run(bin("playwright"), ["test", "--reporter=list,json"], { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, "playwright.json") } })],
];

let failedStep;
for (const [name, step] of steps) {
  console.log(`\n=== ${name} ===`);
  if (step() !== 0) {
    failedStep = name;
    break;
  }
}

function readJson(file) {
  const full = path.join(results, file);
  return existsSync(full) ? JSON.parse(readFileSync(full, "utf8")) : undefined;
}

let passed = 0;
let failed = 0;
const vitest = readJson("vitest.json");
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const playwright = readJson("playwright.json");
if (playwright?.stats) {
  passed += playwright.stats.expected ?? 0;
  failed += (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0);
}
if (failedStep) {
  console.log(`\nnpm test: the ${failedStep} step failed`);
  if (failed === 0) failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
