import { calculateBasename } from "../../vfs/path";
import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { calculateNpmUserAgent, readNpmVersion } from "../tools/runtime-versions";
import { exists, removeFiles } from "./common";
import { runNpmCi, runNpmInstall, runNpmUninstall, type InstallOptions } from "./npm-install";
import { failAccess, failBadJson, failNoManifest, failNpm } from "./npm-output";
import { calculatePackageId, formatManifest, formatScriptList, readManifest, runLifecycle, type ScriptRunner } from "./npm-scripts";
import { listRootDeps } from "./npm-tree";

/** npm's command aliases (npm/cli: lib/utils/cmd-list.js). */
const ALIASES: Record<string, string> = {
  install: "install", i: "install", add: "install", in: "install", ins: "install", inst: "install", insta: "install", instal: "install", isnt: "install", isnta: "install", isntal: "install", isntall: "install",
  ci: "ci", "clean-install": "ci", ic: "ci", "install-clean": "ci", "isntall-clean": "ci",
  run: "run", "run-script": "run", rum: "run", urn: "run",
  start: "start", test: "test", t: "test", tst: "test",
  uninstall: "uninstall", un: "uninstall", unlink: "uninstall", remove: "uninstall", rm: "uninstall", r: "uninstall",
  init: "init", create: "init", cache: "cache", ls: "ls", list: "ls", la: "ls", ll: "ls", audit: "audit",
};

interface NpmArgs {
  command: string | undefined;
  operands: string[];
  /** After `--`: handed to the script. */
  scriptArgs: string[];
  flags: Set<string>;
  omitDev: boolean;
  warnings: string[];
}

/** Real npm commands this simulator does not model: a plain notice instead of npm's "Unknown command". */
const UNSIMULATED = new Set(["access", "adduser", "bugs", "completion", "config", "dedupe", "deprecate", "diff", "dist-tag", "docs", "doctor", "edit", "exec", "explain", "explore", "find-dupes", "fund", "get", "help", "help-search", "hook", "install-ci-test", "install-test", "link", "login", "logout", "org", "outdated", "owner", "pack", "ping", "pkg", "prefix", "profile", "prune", "publish", "query", "rebuild", "repo", "restart", "root", "sbom", "search", "set", "shrinkwrap", "star", "stars", "stop", "team", "token", "unpublish", "unstar", "update", "up", "upgrade", "version", "view", "whoami", "x"]);

const VALUED = new Set(["--prefix", "--loglevel", "--omit", "--include", "--registry", "-w", "--workspace", "--cache", "--userconfig", "--install-strategy"]);

function parseArgs(ctx: PosixCommandContext): NpmArgs {
  const a: NpmArgs = { command: undefined, operands: [], scriptArgs: [], flags: new Set(), omitDev: ctx.env.NODE_ENV === "production", warnings: [] };
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      a.scriptArgs = args.slice(i + 1);
      break;
    }
    if (arg.startsWith("-") && arg !== "-") {
      const [name, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
      const value = VALUED.has(name) ? (inline ?? args[++i] ?? "") : inline;
      if (name === "--omit" && value === "dev") a.omitDev = true;
      if (name === "--include" && value === "dev") a.omitDev = false;
      if (name === "--production" || (name === "--only" && /^prod/.test(value ?? ""))) {
        a.omitDev = true;
        if (name === "--production") a.warnings.push("npm warn config production Use `--omit=dev` instead.\n");
      }
      a.flags.add(name);
      continue;
    }
    if (a.command === undefined) a.command = arg;
    else a.operands.push(arg);
  }
  return a;
}

function has(a: NpmArgs, ...names: string[]): boolean {
  return names.some((n) => a.flags.has(n));
}

/** The banner npm prints before a script (npm/cli: @npmcli/run-script, "\n> id event\n> command\n\n"). */
function npmRunner(ctx: PosixCommandContext, silent: boolean): ScriptRunner {
  return {
    banner: (id, event, command) => (silent ? "" : `\n> ${id} ${event}\n> ${command.trim().replace(/\n/g, "\n> ")}\n\n`),
    env: { npm_config_user_agent: calculateNpmUserAgent(ctx), npm_execpath: "/usr/local/lib/node_modules/npm/bin/npm-cli.js", npm_command: "run-script", npm_node_execpath: "/usr/local/bin/node" },
  };
}

/** `npm run NAME`, `npm start`, `npm test`: the script, or npm's "Missing script" error. */
function runScript(ctx: PosixCommandContext, a: NpmArgs, event: string | undefined, args: readonly string[]): number {
  const dir = ctx.cwd;
  const read = readManifest(ctx, dir);
  if (!read.ok) return read.missing ? failNoManifest(ctx, dir) : failBadJson(ctx, read.path, read.message);
  if (event === undefined) {
    ctx.out.out(formatScriptList(read.manifest));
    return 0;
  }
  const defined = read.manifest.scripts?.[event] !== undefined || (event === "start" && exists(ctx, `${dir === "/" ? "" : dir}/server.js`));
  if (!defined) return failNpm(ctx, [`Missing script: "${event}"`, "", "To see a list of scripts, run:", "  npm run"], 1);
  const r = runLifecycle(ctx, dir, read.manifest, event, args, npmRunner(ctx, has(a, "--silent", "-s") || a.flags.has("--loglevel=silent")));
  if (r.status === 0) return 0;
  return failNpm(ctx, [`code ${r.status}`, `path ${dir}`, "command failed", `command sh -c ${r.command}`], r.status);
}

/** `npm init -y`: the default package.json npm writes (npm/cli: init-package-json default-input.js), printed back. */
function runInit(ctx: PosixCommandContext): number {
  const dir = ctx.cwd;
  const path = `${dir === "/" ? "" : dir}/package.json`;
  const name = calculateBasename(dir).toLowerCase().replace(/[^a-z0-9._-]/g, "-") || "root";
  const manifest = { name, version: "1.0.0", main: "index.js", scripts: { test: 'echo "Error: no test specified" && exit 1' }, keywords: [], author: "", license: "ISC", description: "" };
  try {
    ctx.fs.writeFile(path, formatManifest(manifest));
  } catch (e) {
    if (e instanceof FsError && (e.code === "EACCES" || e.code === "EPERM")) return failAccess(ctx, new FsError(e.code, path), "open");
    throw e;
  }
  ctx.out.out(`Wrote to ${path}:\n\n${JSON.stringify(manifest, null, 2)}\n\n\n`);
  return 0;
}

/** `npm cache clean --force` empties ~/.npm/_cacache; without --force npm refuses with its self-healing notice. */
function runCache(ctx: PosixCommandContext, a: NpmArgs): number {
  const sub = a.operands[0];
  if (sub !== "clean" && sub !== "clear" && sub !== "rm") {
    ctx.out.out(sub === "verify" ? `Cache verified and compressed (~/.npm/_cacache)\n` : "");
    return 0;
  }
  if (!has(a, "--force", "-f")) {
    return failNpm(ctx, [
      "As of npm@5, the npm cache self-heals from corruption issues", "by treating integrity mismatches as cache misses.  As a result,", "data extracted from the cache is guaranteed to be valid.  If you",
      "want to make sure everything is consistent, use `npm cache verify`", "instead.  Deleting the cache can only make npm go slower, and is", "not likely to correct any problems you may be encountering!", "",
      "On the other hand, if you're debugging an issue with the installer,", "or race conditions that depend on the timing of writing to an empty", "cache, you can use `npm install --cache /tmp/empty-cache` to use a",
      "temporary cache instead of nuking the actual one.", "", "If you're sure you want to delete the entire cache, rerun this command", "with --force.",
    ], 1);
  }
  ctx.out.err("npm warn using --force Recommended protections disabled.\n");
  removeFiles(ctx, [`${ctx.env.HOME ?? ctx.user.home}/.npm/_cacache`]);
  return 0;
}

/** `npm ls`: the root and its direct dependencies as installed (depth 0). */
function runLs(ctx: PosixCommandContext): number {
  const dir = ctx.cwd;
  const read = readManifest(ctx, dir);
  const manifest = read.ok ? read.manifest : {};
  const deps = listRootDeps(manifest).sort((x, y) => x.name.localeCompare(y.name, "en"));
  const lines = deps.map((d, i) => {
    const branch = i === deps.length - 1 ? "└──" : "├──";
    const text = ctx.fs.stat(`${dir === "/" ? "" : dir}/node_modules/${d.name}/package.json`) ? ctx.fs.readFile(`${dir === "/" ? "" : dir}/node_modules/${d.name}/package.json`) : undefined;
    const version = text ? /"version":\s*"([^"]+)"/.exec(text)?.[1] : undefined;
    return version ? `${branch} ${d.name}@${version}\n` : `${branch} UNMET DEPENDENCY ${d.name}@${d.range}\n`;
  });
  ctx.out.out(`${calculatePackageId(manifest)} ${dir}\n${lines.length > 0 ? lines.join("") : "└── (empty)\n"}\n`);
  return lines.some((l) => l.includes("UNMET")) ? 1 : 0;
}

/**
 * npm 10 as the official node images ship it: install (i, add; -g, -D, -E,
 * --omit=dev, --production), ci, uninstall, run / start / test, init -y,
 * cache clean, ls, audit, --version. Errors are npm's `npm error` blocks with
 * their exit statuses (ENOENT 254, EACCES 243, E404/EUSAGE 1, a failed
 * script's own status).
 */
export function runNpm(ctx: PosixCommandContext): number {
  const a = parseArgs(ctx);
  if (a.command === undefined && has(a, "-v", "--version")) {
    ctx.out.out(`${readNpmVersion(ctx)}\n`);
    return 0;
  }
  ctx.out.err(a.warnings.join(""));
  const command = a.command === undefined ? undefined : ALIASES[a.command];
  const install: InstallOptions = {
    omitDev: a.omitDev, global: has(a, "-g", "--global"), saveDev: has(a, "-D", "--save-dev"), saveExact: has(a, "-E", "--save-exact"),
    noSave: has(a, "--no-save"), ignoreScripts: has(a, "--ignore-scripts"), noLockfile: has(a, "--no-package-lock"), banner: npmRunner(ctx, has(a, "--silent", "-s")),
  };
  switch (command) {
    case "install":
      return runNpmInstall(ctx, a.operands, install);
    case "ci":
      return runNpmCi(ctx, install);
    case "uninstall":
      return runNpmUninstall(ctx, a.operands, install);
    case "run":
      return runScript(ctx, a, a.operands[0], [...a.operands.slice(1), ...a.scriptArgs]);
    case "start":
    case "test":
      return runScript(ctx, a, command, [...a.operands, ...a.scriptArgs]);
    case "init":
      // Simplification: `npm init` without -y takes every default instead of asking.
      return runInit(ctx);
    case "cache":
      return runCache(ctx, a);
    case "ls":
      return runLs(ctx);
    case "audit":
      ctx.out.out("found 0 vulnerabilities\n");
      return 0;
    case undefined:
      if (a.command !== undefined && UNSIMULATED.has(a.command)) {
        ctx.out.err(`npm: \`npm ${a.command}\` is not simulated in Dockyard\n`);
        return 1;
      }
      if (a.command !== undefined) {
        ctx.out.err(`Unknown command: "${a.command}"\n\nTo see a list of supported npm commands, run:\n  npm help\n`);
        return 1;
      }
      ctx.out.out(`npm <command>\n\nUsage:\n\nnpm install        install all the dependencies in your project\nnpm install <foo>  add the <foo> dependency to your project\nnpm test           run this project's tests\nnpm run <foo>      run the script named <foo>\nnpm <command> -h   quick help on <command>\nnpm -l             display usage info for all commands\nnpm help <term>    search for help on <term>\nnpm help npm       more involved overview\n\nAll commands:\n\n    access, adduser, audit, bugs, cache, ci, completion,\n    config, dedupe, deprecate, diff, dist-tag, docs, doctor,\n    edit, exec, explain, explore, find-dupes, fund, get, help,\n    help-search, hook, init, install, install-ci-test,\n    install-test, link, ll, login, logout, ls, org, outdated,\n    owner, pack, ping, pkg, prefix, profile, prune, publish,\n    query, rebuild, repo, restart, root, run-script, sbom,\n    search, set, shrinkwrap, star, stars, start, stop, team,\n    test, token, uninstall, unpublish, unstar, update, version,\n    view, whoami\n\nSpecify configs in the ini-formatted file:\n    ${ctx.env.HOME ?? ctx.user.home}/.npmrc\nor on the command line via: npm <command> --key=value\n\nMore configuration info: npm help config\nConfiguration fields: npm help 7 config\n\nnpm@${readNpmVersion(ctx)} /usr/local/lib/node_modules/npm\n`);
      return 1;
    default:
      return 1;
  }
}
