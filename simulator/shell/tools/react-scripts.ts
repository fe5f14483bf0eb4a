import { calculateSha256Hex } from "../../core/sha256";
import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { readManifest } from "../packages/npm-scripts";

/**
 * Where Create React App 5 looks for its entry (react-scripts: config/paths.js
 * resolveModule): src/index with the first of these extensions that exists,
 * else index.js.
 */
const ENTRY_EXTENSIONS = ["web.mjs", "mjs", "web.js", "js", "web.ts", "ts", "web.tsx", "tsx", "json", "web.jsx", "jsx"];

/**
 * Simplification: webpack is not run. The bundle's size is React's runtime
 * (by react-dom's major version, measured on CRA 5 builds of the template)
 * plus the app's own source; gzip sizes are a fixed ratio.
 */
const RUNTIME_BYTES: Record<string, { raw: number; gzip: number }> = { "16": { raw: 121_400, gzip: 39_200 }, "17": { raw: 128_300, gzip: 41_300 }, "18": { raw: 143_600, gzip: 46_200 } };

/** The app's files react-scripts reads: public/index.html, src/index.* and the other sources, CSS apart. */
interface App {
  dir: string;
  html: string;
  entry: string;
  js: number;
  css: number;
  sources: string;
}

/** react-dev-utils/checkRequiredFiles: prints which file is missing (in red, in the real tool) and fails. */
function checkRequiredFiles(ctx: PosixCommandContext, dir: string): App | undefined {
  const entry = ENTRY_EXTENSIONS.map((e) => `${dir}/src/index.${e}`).find((p) => ctx.fs.stat(p)?.type === "file") ?? `${dir}/src/index.js`;
  for (const path of [`${dir}/public/index.html`, entry]) {
    if (ctx.fs.stat(path)?.type === "file") continue;
    const slash = path.lastIndexOf("/");
    ctx.out.out(`Could not find a required file.\n  Name: ${path.slice(slash + 1)}\n  Searched in: ${path.slice(0, slash)}\n`);
    return undefined;
  }
  const app: App = { dir, html: readOptional(ctx, `${dir}/public/index.html`) ?? "", entry, js: 0, css: 0, sources: "" };
  const walk = (d: string): void => {
    for (const name of ctx.fs.readdir(d).sort()) {
      const p = `${d}/${name}`;
      if (ctx.fs.stat(p)?.type === "dir") walk(p);
      else if (/\.(m?jsx?|tsx?|css)$/.test(name) && !/\.(test|spec)\.[jt]sx?$/.test(name)) {
        const text = readOptional(ctx, p) ?? "";
        app.sources += `${p}\n${text}`;
        if (name.endsWith(".css")) app.css += text.length;
        else app.js += text.length;
      }
    }
  };
  walk(`${dir}/src`);
  return app;
}

/** react-dev-utils/browsersHelper checkBrowsers without a TTY: a browserslist is required (package.json key or .browserslistrc). */
function checkBrowsers(ctx: PosixCommandContext, dir: string, manifest: Record<string, unknown>): boolean {
  if (manifest.browserslist !== undefined || ctx.fs.stat(`${dir}/.browserslistrc`)) return true;
  ctx.out.err("As of react-scripts >=2 you must specify targeted browsers.\nPlease add a browserslist key to your package.json.\n");
  return false;
}

/** The `filesize` package's default rendering as FileSizeReporter prints it: "541 B", "41.3 kB". */
function formatFileSize(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${Number((bytes / 1000).toFixed(2))} kB`;
}

/** The major version of react-dom installed next to the app, or CRA 5's template default (18). */
function readReactMajor(ctx: PosixCommandContext, dir: string): string {
  const text = readOptional(ctx, `${dir}/node_modules/react-dom/package.json`);
  const version = text ? ((JSON.parse(text) as { version?: string }).version ?? "") : "";
  return RUNTIME_BYTES[version.split(".")[0] ?? ""] ? (version.split(".")[0] as string) : "18";
}

/** HtmlWebpackPlugin + InterpolateHtmlPlugin: %PUBLIC_URL% and %REACT_APP_*% replaced, the bundles injected into <head>, whitespace and comments minified. */
function renderIndexHtml(ctx: PosixCommandContext, html: string, js: string, css: string | undefined): string {
  const vars: Record<string, string> = { PUBLIC_URL: "", NODE_ENV: "production" };
  for (const [k, v] of Object.entries(ctx.env)) if (k.startsWith("REACT_APP_")) vars[k] = v;
  let out = html.replace(/%([A-Z0-9_]+)%/g, (m, k: string) => vars[k] ?? m);
  const tags = `<script defer="defer" src="/${js}"></script>${css ? `<link href="/${css}" rel="stylesheet">` : ""}`;
  out = /<\/head>/i.test(out) ? out.replace(/<\/head>/i, `${tags}</head>`) : tags + out;
  return out.replace(/<!--[\s\S]*?-->/g, "").replace(/>\s+</g, "><").replace(/\s+/g, " ").replace(/^<!DOCTYPE/i, "<!doctype").trim();
}

/** Copies public/ into build/ except index.html (react-scripts: scripts/build.js copyPublicFolder). */
function copyPublic(ctx: PosixCommandContext, from: string, to: string, skip = `${from}/index.html`): void {
  for (const name of ctx.fs.readdir(from)) {
    const [src, dest] = [`${from}/${name}`, `${to}/${name}`];
    if (ctx.fs.stat(src)?.type === "dir") {
      ctx.fs.mkdir(dest, { recursive: true });
      copyPublic(ctx, src, dest, skip);
    } else if (src !== skip) ctx.fs.writeFile(dest, ctx.fs.readFile(src));
  }
}

/**
 * `react-scripts build` (create-react-app 5.0.1: packages/react-scripts/scripts/build.js):
 * checks the required files and the browserslist, empties build/, copies
 * public/, writes the hashed bundles, index.html and asset-manifest.json,
 * and prints the gzip sizes and hosting instructions.
 * Simplification: the sources are not compiled or linted (so there are no
 * compile errors or CI warnings); hashes are sha256 of the sources, not
 * webpack's md4 of the bundle.
 */
function runBuild(ctx: PosixCommandContext, dir: string, manifest: Record<string, unknown>): number {
  const app = checkRequiredFiles(ctx, dir);
  if (!app || !checkBrowsers(ctx, dir, manifest)) return 1;
  const build = `${dir === "/" ? "" : dir}/build`;
  if (ctx.fs.stat(build)) ctx.fs.remove(build, { recursive: true });
  ctx.fs.mkdir(`${build}/static/js`, { recursive: true });
  copyPublic(ctx, `${app.dir}/public`, build);
  ctx.out.out("Creating an optimized production build...\n");
  ctx.clock.advance(9000 + Math.ceil(app.sources.length / 10));
  const runtime = RUNTIME_BYTES[readReactMajor(ctx, dir)] as { raw: number; gzip: number };
  const hash = (salt: string): string => calculateSha256Hex(`${salt}\n${app.sources}`).slice(0, 8);
  const maps = ctx.env.GENERATE_SOURCEMAP !== "false";
  const js = `static/js/main.${hash("js")}.js`;
  const css = app.css > 0 ? `static/css/main.${hash("css")}.css` : undefined;
  const jsSize = runtime.raw + Math.ceil(app.js * 0.6);
  ctx.fs.writeFileWith(`${build}/${js}`, `/*! For license information please see main.${hash("js")}.js.LICENSE.txt */\n`, { size: jsSize });
  ctx.fs.writeFile(`${build}/${js}.LICENSE.txt`, "/**\n * @license React\n * react-dom.production.min.js\n *\n * This source code is licensed under the MIT license found in the\n * LICENSE file in the root directory of this source tree.\n */\n");
  if (maps) ctx.fs.writeFileWith(`${build}/${js}.map`, `{"version":3,"file":"${js}"}`, { size: jsSize * 3 });
  const sizes: [string, number][] = [[js, runtime.gzip + Math.ceil(app.js * 0.25)]];
  if (css) {
    ctx.fs.mkdir(`${build}/static/css`, { recursive: true });
    ctx.fs.writeFileWith(`${build}/${css}`, "", { size: Math.ceil(app.css * 0.7) });
    if (maps) ctx.fs.writeFileWith(`${build}/${css}.map`, `{"version":3,"file":"${css}"}`, { size: app.css * 2 });
    sizes.push([css, Math.ceil(app.css * 0.35) + 20]);
  }
  ctx.fs.writeFile(`${build}/index.html`, renderIndexHtml(ctx, app.html, js, css));
  const files: Record<string, string> = {};
  if (css) files["main.css"] = `/${css}`;
  files["main.js"] = `/${js}`;
  files["index.html"] = "/index.html";
  if (maps && css) files[`${css.slice("static/css/".length)}.map`] = `/${css}.map`;
  if (maps) files[`${js.slice("static/js/".length)}.map`] = `/${js}.map`;
  ctx.fs.writeFile(`${build}/asset-manifest.json`, `${JSON.stringify({ files, entrypoints: css ? [css, js] : [js] }, null, 2)}`);
  const labels = sizes.sort((a, b) => b[1] - a[1]).map(([f, n]) => [f, formatFileSize(n)] as const);
  const width = Math.max(...labels.map(([, l]) => l.length));
  const yarn = ctx.fs.stat(`${dir}/yarn.lock`) !== null;
  ctx.out.out(
    "Compiled successfully.\n\nFile sizes after gzip:\n\n" +
      labels.map(([f, l]) => `  ${l.padEnd(width)}  build/${f}\n`).join("") +
      "\nThe project was built assuming it is hosted at /.\nYou can control this with the homepage field in your package.json.\n\n" +
      `The build folder is ready to be deployed.\nYou may serve it with a static server:\n\n  ${yarn ? "yarn global add serve" : "npm install -g serve"}\n  serve -s build\n\n` +
      "Find out more about deployment here:\n\n  https://cra.link/deployment\n\n",
  );
  return 0;
}

/**
 * `react-scripts start` (scripts/start.js): the checks, then the dev server's
 * banner for port $PORT (3000).
 * Simplification: the dev server is not modelled; it prints its first
 * "Compiled successfully!" and returns instead of serving.
 */
function runStart(ctx: PosixCommandContext, dir: string, manifest: Record<string, unknown>): number {
  if (!checkRequiredFiles(ctx, dir) || !checkBrowsers(ctx, dir, manifest)) return 1;
  const port = ctx.env.PORT ?? "3000";
  const yarn = ctx.fs.stat(`${dir}/yarn.lock`) !== null;
  ctx.out.out(
    `Starting the development server...\n\nCompiled successfully!\n\nYou can now view ${String(manifest.name ?? "app")} in the browser.\n\n` +
      `  http://localhost:${port}\n\nNote that the development build is not optimized.\nTo create a production build, use ${yarn ? "yarn" : "npm run"} build.\n\nwebpack compiled successfully\n`,
  );
  return 0;
}

/**
 * `react-scripts test` (scripts/test.js → jest 27) run once, as with CI=true.
 * Simplification: test files are found (src/**\/__tests__/*, *.test.*, *.spec.*)
 * but not run: each `test(`/`it(` call is reported as passing.
 */
function runTest(ctx: PosixCommandContext, dir: string): number {
  const found: [string, number][] = [];
  let checked = 0;
  const walk = (d: string): void => {
    if (!ctx.fs.stat(d)) return;
    for (const name of ctx.fs.readdir(d).sort()) {
      const p = `${d}/${name}`;
      if (ctx.fs.stat(p)?.type === "dir") walk(p);
      else if (/\.[jt]sx?$/.test(name)) {
        checked++;
        if (/\.(test|spec)\.[jt]sx?$/.test(name) || p.includes("/__tests__/")) found.push([p.slice(dir.length + 1), (readOptional(ctx, p) ?? "").match(/\b(test|it)\(/g)?.length ?? 0]);
      }
    }
  };
  walk(`${dir}/src`);
  if (found.length === 0) {
    ctx.out.out(`No tests found, exiting with code 1\nRun with \`--passWithNoTests\` to exit with code 0\nIn ${dir}\n  ${checked} file${checked === 1 ? "" : "s"} checked.\n`);
    return 1;
  }
  const tests = found.reduce((n, [, c]) => n + c, 0);
  ctx.out.err(`${found.map(([f]) => `PASS ${f}\n`).join("")}\nTest Suites: ${found.length} passed, ${found.length} total\nTests:       ${tests} passed, ${tests} total\nSnapshots:   0 total\nTime:        1.52 s\nRan all test suites.\n`);
  return 0;
}

/**
 * The react-scripts bin (create-react-app 5.0.1: packages/react-scripts/bin/react-scripts.js),
 * reached as node_modules/.bin/react-scripts from `npm run`: build, start,
 * test; anything else is its "Unknown script" notice.
 */
export function runReactScripts(ctx: PosixCommandContext): number {
  const script = ctx.argv[1] ?? "";
  const read = readManifest(ctx, ctx.cwd);
  const manifest = read.ok ? (read.manifest as Record<string, unknown>) : {};
  const dir = ctx.cwd;
  const table: Record<string, () => number> = { build: () => runBuild(ctx, dir, manifest), start: () => runStart(ctx, dir, manifest), test: () => runTest(ctx, dir) };
  const run = table[script];
  if (run) return run();
  ctx.out.out(`Unknown script "${script}".\nPerhaps you need to update react-scripts?\nSee: https://facebook.github.io/create-react-app/docs/updating-to-new-releases\n`);
  return 0;
}
