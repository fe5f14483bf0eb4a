/**
 * First-load JS of a prerendered route: the JavaScript its HTML makes the
 * browser fetch before the page is interactive. Next 16 no longer prints this
 * in `next build`, so it is measured from the build output instead.
 *
 * It reads the route's prerendered HTML from .next/server/app (".html" next to
 * the route's path; "/" is index.html), collects every
 * <script src="/_next/static/..."> (leaving out noModule polyfills, which
 * modern browsers skip) and sums their sizes raw and gzipped (zlib default
 * level). Chunks loaded later with dynamic import() are not counted.
 *
 *   npx tsx scripts/measure-first-load.ts /lessons/first-container [/ ...]
 *
 * Run `next build` first.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface FirstLoadJs {
  rawBytes: number;
  gzipBytes: number;
  /** The scripts counted, as the HTML references them ("/_next/static/chunks/…js"), in document order. */
  files: string[];
}

const STATIC_PREFIX = "/_next/static/";

/** Where `next build` wrote the prerendered HTML for an app route. */
export function prerenderedHtmlPath(route: string, root = process.cwd()): string {
  const clean = route.split(/[?#]/)[0]?.replace(/\/+$/, "") ?? "";
  const name = clean === "" ? "index" : clean.replace(/^\/+/, "");
  return path.join(root, ".next", "server", "app", `${name}.html`);
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  if (!match) return new RegExp(`\\s${name}(?=[\\s/>])`, "i").test(tag) ? "" : null;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** The /_next/static script URLs an HTML document loads, without noModule polyfills, deduplicated. */
export function firstLoadScripts(html: string): string[] {
  const seen = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*>/gi)) {
    const tag = match[0];
    if (attribute(tag, "nomodule") !== null) continue;
    const src = attribute(tag, "src");
    if (!src) continue;
    const url = decodeEntities(src).split(/[?#]/)[0] ?? "";
    const pathname = url.replace(/^https?:\/\/[^/]+/i, "");
    if (pathname.startsWith(STATIC_PREFIX)) seen.add(pathname);
  }
  return [...seen];
}

export async function measureFirstLoadJs(route: string, root = process.cwd()): Promise<FirstLoadJs> {
  const htmlPath = prerenderedHtmlPath(route, root);
  if (!existsSync(htmlPath)) {
    throw new Error(
      `No prerendered HTML for ${route} at ${path.relative(root, htmlPath)}: not a prerendered route, or \`next build\` has not run.`,
    );
  }
  const files = firstLoadScripts(readFileSync(htmlPath, "utf8"));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const onDisk = path.join(root, ".next", "static", decodeURIComponent(file.slice(STATIC_PREFIX.length)));
    if (!existsSync(onDisk)) throw new Error(`${route} references ${file}, which is not in .next/static`);
    const bytes = readFileSync(onDisk);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { rawBytes, gzipBytes, files };
}

async function main(routes: string[]): Promise<void> {
  const targets = routes.length > 0 ? routes : ["/"];
  const results: Record<string, FirstLoadJs> = {};
  for (const route of targets) results[route] = await measureFirstLoadJs(route);
  const only = targets.length === 1 ? results[targets[0] ?? "/"] : results;
  console.log(JSON.stringify(only, null, 2));
}

const invokedAs = process.argv[1] ? path.basename(process.argv[1]) : "";
if (/^measure-first-load\.(ts|js|mjs|cjs)$/.test(invokedAs)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
