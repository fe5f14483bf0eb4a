/**
 * What a fresh clone lacks, installed on demand: node_modules (npm ci) and,
 * for the browser tests, Debian's Chromium (apt-get, when running as root).
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Runs a command with inherited stdio; returns its exit status. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(options.env ?? {}) } });
  return result.status ?? 1;
}

/** npm ci when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return 0;
  console.log("Installing dependencies (npm ci)…");
  return run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** Debian's Chromium for Playwright; installed with apt-get when missing and we are root. */
export function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return 0;
  if (typeof process.getuid === "function" && process.getuid() === 0) {
    console.log("Installing Chromium for the browser tests (apt-get install chromium)…");
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    if (run("apt-get", ["update"], { env }) !== 0) return 1;
    return run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { env });
  }
  console.error(`Chromium not found at ${chromium}. Install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  return 1;
}
