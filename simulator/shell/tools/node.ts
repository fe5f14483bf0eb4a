import { calculateCleanPath } from "../../vfs/path";
import { deriveContext } from "../commands/lib/derive";
import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { runNpm } from "../packages/npm";
import { runYarn } from "../packages/yarn";
import { runLiteralProgram } from "./literal-program";
import { runReactScripts } from "./react-scripts";
import { readNodeVersion } from "./runtime-versions";

/** realpath(3): every symlink on the way resolved (up to 40 hops, as Linux's MAXSYMLINKS). */
export function resolveRealPath(ctx: PosixCommandContext, path: string): string {
  let parts = calculateCleanPath(path).split("/").filter(Boolean);
  let done = "";
  for (let hops = 0, i = 0; i < parts.length; i++) {
    const next = `${done}/${parts[i]}`;
    const st = ctx.fs.lstat(next);
    if (st?.type !== "symlink" || hops++ > 40) {
      done = next;
      continue;
    }
    const target = ctx.fs.readlink(next);
    const base = target.startsWith("/") ? target : `${done}/${target}`;
    parts = [...calculateCleanPath(base).split("/").filter(Boolean), ...parts.slice(i + 1)];
    done = "";
    i = -1;
  }
  return done || "/";
}

/** Programs that run on node in an image, by where their entry script really lives. */
const HOSTED: [suffix: RegExp, run: (ctx: PosixCommandContext) => number, name: string][] = [
  [/\/npm\/bin\/npm-cli\.js$/, runNpm, "npm"],
  [/\/yarn(-v[\d.]+)?\/(bin\/yarn\.js|lib\/cli\.js)$/, runYarn, "yarn"],
  [/\/node_modules\/react-scripts\/bin\/react-scripts\.js$/, runReactScripts, "react-scripts"],
];

/** node's report of a missing entry script (node: lib/internal/modules/cjs/loader.js), exit 1. */
function failMissingModule(ctx: PosixCommandContext, path: string): number {
  ctx.out.err(
    `node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n` +
      "    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)\n    at Module._load (node:internal/modules/cjs/loader:1051:27)\n" +
      "    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:174:12)\n    at node:internal/main/run_main_module:28:49 {\n" +
      `  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v${readNodeVersion(ctx)}\n`,
  );
  return 1;
}

/**
 * `node` as the official node images ship it: `--version`, `-e`/`-p` code,
 * and `node FILE ARGS…`. A FILE that is npm's or yarn's entry script (the
 * `#!/usr/bin/env node` launchers in /usr/local/bin) runs that package
 * manager; a missing FILE is node's MODULE_NOT_FOUND error.
 * Simplification: other JavaScript is not interpreted, only console.log() of
 * literal text (see runLiteralProgram).
 */
export function runNode(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  while (args.length > 0 && (args[0] as string).startsWith("-") && args[0] !== "-") {
    const a = args.shift() as string;
    if (a === "-v" || a === "--version") {
      ctx.out.out(`v${readNodeVersion(ctx)}\n`);
      return 0;
    }
    if (a === "-e" || a === "--eval" || a === "-p" || a === "--print") {
      const code = args.shift();
      if (code === undefined) {
        ctx.out.err(`${ctx.argv[0] ?? "node"}: ${a} requires an argument\n`);
        return 9;
      }
      return runLiteralProgram(ctx, a === "-p" || a === "--print" ? `console.log(${code})` : code, "javascript", "the -e code");
    }
    if (a === "--") break;
    // --enable-source-maps, --max-old-space-size=…, -r x: options that change nothing here.
    if ((a === "-r" || a === "--require" || a === "--import") && args.length > 0) args.shift();
  }
  const script = args[0];
  if (script === undefined || script === "-") return runLiteralProgram(ctx, ctx.stdin, "javascript", "the program on stdin");
  const path = ctx.resolve(script);
  const candidates = [path, `${path}.js`, `${path}.cjs`, `${path}.mjs`, `${path}/index.js`];
  const found = candidates.find((p) => ctx.fs.stat(p)?.type === "file");
  if (!found) return failMissingModule(ctx, path);
  const real = resolveRealPath(ctx, found);
  for (const [suffix, run, name] of HOSTED) if (suffix.test(real)) return run(deriveContext(ctx, { argv: [name, ...args.slice(1)] }));
  return runLiteralProgram(ctx, readOptional(ctx, found) ?? "", "javascript", script);
}
