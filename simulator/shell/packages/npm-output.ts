import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { ensureParent } from "./common";

/** npm's `ms` formatting of a duration (vercel/ms short form): "345ms", "2s", "1m". */
export function formatNpmDuration(ms: number): string {
  if (ms >= 60_000) return `${Math.round(ms / 60_000)}m`;
  if (ms >= 1000) return `${Math.round(ms / 1000)}s`;
  return `${Math.round(ms)}ms`;
}

/** The debug log npm names in its last error line: ~/.npm/_logs/<ISO time with _ for : and .>-debug-0.log. */
export function calculateLogPath(ctx: PosixCommandContext): string {
  const home = ctx.env.HOME ?? ctx.user.home;
  const stamp = new Date(ctx.clock.now()).toISOString().replace(/[:.]/g, "_");
  return `${home}/.npm/_logs/${stamp}-debug-0.log`;
}

/**
 * Prints npm 10's error block (npm/cli: lib/utils/error-message.js and
 * exit-handler.js): each line prefixed `npm error `, then where the debug log
 * went; writes that log. Returns `status`.
 */
export function failNpm(ctx: PosixCommandContext, lines: readonly string[], status: number): number {
  const log = calculateLogPath(ctx);
  ctx.out.err(lines.map((l) => (l === "" ? "npm error\n" : `npm error ${l}\n`)).join(""));
  try {
    ensureParent(ctx, log);
    ctx.fs.writeFile(log, `0 verbose cli /usr/local/bin/node /usr/local/bin/npm\n${lines.map((l, i) => `${i + 1} error ${l}`).join("\n")}\n`);
    ctx.out.err(`npm error A complete log of this run can be found in: ${log}\n`);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    // npm 10 (lib/utils/log-file.js): no writable cache directory, so no log file.
    ctx.out.err("npm error Log files were not written due to an error writing to the directory: " + log.slice(0, log.lastIndexOf("/")) + "\nnpm error You can rerun the command with `--loglevel=verbose` to see the logs in your terminal\n");
  }
  return status;
}

/** npm's ENOENT block for a missing package.json; exit 254, errno -2 as an exit status. */
export function failNoManifest(ctx: PosixCommandContext, dir: string): number {
  const path = `${dir === "/" ? "" : dir}/package.json`;
  return failNpm(ctx, ["code ENOENT", "syscall open", `path ${path}`, "errno -2", `enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'`, "enoent This is related to npm not being able to find a file.", "enoent"], 254);
}

/** npm's EACCES block for a directory it may not create (exit 243, errno -13). */
export function failAccess(ctx: PosixCommandContext, e: FsError, syscall = "mkdir"): number {
  return failNpm(
    ctx,
    [
      "code EACCES", `syscall ${syscall}`, `path ${e.path}`, "errno -13",
      `[Error: EACCES: permission denied, ${syscall} '${e.path}'] {`, "  errno: -13,", "  code: 'EACCES',", `  syscall: '${syscall}',`, `  path: '${e.path}'`, "}", "",
      "The operation was rejected by your operating system.", "It is likely you do not have the permissions to access this file as the current user", "",
      "If you believe this might be a permissions issue, please double-check the", "permissions of the file and its containing directories, or try running", "the command again as root/Administrator.",
    ],
    243,
  );
}

/** npm's E404 block for a name the registry does not have (exit 1). */
export function failNotFound(ctx: PosixCommandContext, name: string, range: string): number {
  const encoded = name.replace("/", "%2f");
  return failNpm(ctx, ["code E404", `404 Not Found - GET https://registry.npmjs.org/${encoded} - Not found`, "404", `404  '${name}@${range || "*"}' is not in this registry.`, "404", "404 Note that you can also install from a", "404 tarball, folder, http url, or git url."], 1);
}

/** npm's ETARGET block for a range no version satisfies (exit 1). */
export function failNoTarget(ctx: PosixCommandContext, name: string, range: string): number {
  return failNpm(ctx, ["code ETARGET", `notarget No matching version found for ${name}@${range}.`, "notarget In most cases you or one of your dependencies are requesting", "notarget a package version that doesn't exist."], 1);
}

/** npm's EJSONPARSE block for a package.json that is not JSON (exit 1). */
export function failBadJson(ctx: PosixCommandContext, path: string, message: string): number {
  return failNpm(ctx, ["code EJSONPARSE", `path ${path}`, `JSON.parse Invalid package.json: JSONParseError: ${message}`, "JSON.parse Failed to parse JSON data.", "JSON.parse Note: package.json must be actual JSON, not just JavaScript."], 1);
}

/** Counts for the reify summary. */
export interface ReifyCounts {
  added: number;
  removed: number;
  changed: number;
  /** Packages audited (the tree plus the root), or undefined for global installs, which skip the audit. */
  audited: number | undefined;
  funding: number;
  ms: number;
}

/**
 * The end of `npm install`/`npm ci` (npm/cli: lib/utils/reify-output.js):
 * "added N packages, and audited M packages in 2s", the funding notice and
 * the audit result; "up to date, audited …" when nothing changed.
 */
export function formatReifySummary(c: ReifyCounts): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const parts: string[] = [];
  if (c.added) parts.push(`added ${plural(c.added, "package")}`);
  if (c.removed) parts.push(`removed ${plural(c.removed, "package")}`);
  if (c.changed) parts.push(`changed ${plural(c.changed, "package")}`);
  let msg = parts.length === 0 ? "up to date" : parts.join(", ");
  if (c.audited !== undefined) msg += parts.length > 0 ? `, and audited ${plural(c.audited, "package")}` : `, audited ${plural(c.audited, "package")}`;
  let out = `\n${msg} in ${formatNpmDuration(c.ms)}\n`;
  if (c.funding > 0) out += `\n${c.funding === 1 ? "1 package is" : `${c.funding} packages are`} looking for funding\n  run \`npm fund\` for details\n`;
  if (c.audited !== undefined) out += "\nfound 0 vulnerabilities\n";
  return out;
}
