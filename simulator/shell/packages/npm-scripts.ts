import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "./common";
import type { Manifest } from "./npm-tree";

/** The outcome of reading ./package.json: the manifest, or why there is none. */
export type ManifestRead = { ok: true; manifest: Manifest; path: string } | { ok: false; missing: true; path: string } | { ok: false; missing: false; path: string; message: string };

/** Reads and parses `dir`/package.json. */
export function readManifest(ctx: PosixCommandContext, dir: string): ManifestRead {
  const path = `${dir === "/" ? "" : dir}/package.json`;
  const text = readOptional(ctx, path);
  if (text === undefined) return { ok: false, missing: true, path };
  try {
    const manifest = JSON.parse(text) as unknown;
    if (!manifest || typeof manifest !== "object" || Array.isArray(manifest)) return { ok: false, missing: false, path, message: "Unexpected token in JSON" };
    return { ok: true, manifest: manifest as Manifest, path };
  } catch (e) {
    return { ok: false, missing: false, path, message: e instanceof Error ? e.message : String(e) };
  }
}

/** package.json as npm writes it back: two-space JSON and a final newline. */
export function formatManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** How a package manager announces and runs its scripts. */
export interface ScriptRunner {
  /** The banner printed before each script, or "" for none (`npm run --silent`). */
  banner(id: string, event: string, command: string): string;
  /** Environment variables the manager adds (npm_config_user_agent…). */
  env: Record<string, string>;
}

/** The package id npm prints in banners: name@version, or whichever part exists. */
export function calculatePackageId(manifest: Manifest): string {
  if (manifest.name && manifest.version) return `${manifest.name}@${manifest.version}`;
  return manifest.name ?? manifest.version ?? "";
}

/**
 * Runs a package script as @npmcli/run-script does: `pre<event>`, the
 * script (with `args` appended, each quoted), `post<event>`, each through
 * `sh -c` in the package directory with node_modules/.bin first on PATH and
 * the npm_* lifecycle variables set. Stops at the first failure; returns its
 * status and the command that failed.
 */
export function runLifecycle(ctx: PosixCommandContext, dir: string, manifest: Manifest, event: string, args: readonly string[], runner: ScriptRunner): { status: number; command: string } {
  const scripts = manifest.scripts ?? {};
  const quoted = args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`));
  const steps: [string, string][] = [];
  if (scripts[`pre${event}`] !== undefined) steps.push([`pre${event}`, String(scripts[`pre${event}`])]);
  const main = scripts[event] !== undefined ? String(scripts[event]) : event === "start" ? "node server.js" : "";
  steps.push([event, [main, ...quoted].join(" ").trim()]);
  if (scripts[`post${event}`] !== undefined) steps.push([`post${event}`, String(scripts[`post${event}`])]);
  const base = ctx.env.PATH ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  const bins: string[] = [];
  for (let d = dir; ; d = d.slice(0, d.lastIndexOf("/")) || "/") {
    bins.push(`${d === "/" ? "" : d}/node_modules/.bin`);
    if (d === "/") break;
  }
  for (const [name, command] of steps) {
    ctx.out.out(runner.banner(calculatePackageId(manifest), name, command));
    const env = {
      ...ctx.env,
      ...runner.env,
      PATH: `${bins.join(":")}:${base}`,
      npm_lifecycle_event: name,
      npm_lifecycle_script: command,
      npm_package_json: `${dir === "/" ? "" : dir}/package.json`,
      ...(manifest.name ? { npm_package_name: manifest.name } : {}),
      ...(manifest.version ? { npm_package_version: manifest.version } : {}),
      INIT_CWD: ctx.cwd,
    };
    ctx.budget.tick();
    const status = ctx.exec(["sh", "-c", command], { env, cwd: dir });
    if (status !== 0) return { status, command };
  }
  return { status: 0, command: "" };
}

/** `npm run` without a name: the scripts, lifecycle ones (start, test…) first (npm/cli: lib/commands/run-script.js list). */
export function formatScriptList(manifest: Manifest): string {
  const scripts = Object.entries(manifest.scripts ?? {});
  if (scripts.length === 0) return "";
  const lifecycle = new Set(["prepublish", "prepare", "prepublishOnly", "prepack", "postpack", "publish", "preinstall", "install", "postinstall", "preuninstall", "uninstall", "postuninstall", "preversion", "version", "postversion", "pretest", "test", "posttest", "prestop", "stop", "poststop", "prestart", "start", "poststart", "prerestart", "restart", "postrestart"]);
  const id = calculatePackageId(manifest);
  const life = scripts.filter(([n]) => lifecycle.has(n));
  const run = scripts.filter(([n]) => !lifecycle.has(n));
  let out = "";
  if (life.length > 0) out += `Lifecycle scripts included in ${id}:\n${life.map(([n, c]) => `  ${n}\n    ${c}\n`).join("")}`;
  if (run.length > 0) out += `${out ? "\n" : ""}available via \`npm run-script\`:\n${run.map(([n, c]) => `  ${n}\n    ${c}\n`).join("")}`;
  return out;
}
