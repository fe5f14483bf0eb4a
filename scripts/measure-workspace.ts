/**
 * Browser figures of the workspace, measured with Playwright and Debian's
 * Chromium against the static export (out/, served by serve-static.mjs):
 *
 *   - navigation to the terminal's data-ready="true", median over cold loads
 *     (a new browser context each time, so nothing is cached);
 *   - Monaco ready: navigation to the editor's first rendered line (/sandbox
 *     opens a Dockerfile), median;
 *   - per keystroke in the terminal: from the keydown event's time stamp to
 *     the end of the first animation frame after the key was handled (xterm
 *     renders in that frame: its render callback is queued first), median
 *     and p95 over typed characters.
 *
 * Prints one JSON line per figure, as scripts/bench.ts does:
 * {"name","value","unit"}. Run `next build` first.
 *
 *   npx tsx scripts/measure-workspace.ts [--runs 5]
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

const root = path.resolve(__dirname, "..");
const PORT = 3197;
const BASE = `http://127.0.0.1:${PORT}`;

/** Records when an element matching `selector` first exists, as performance.now() (ms since navigation start). */
const MARK_SCRIPT = `
  window.__marks = {};
  const watch = { ready: '[data-testid="terminal"][data-ready="true"]', monaco: '.monaco-editor .view-lines .view-line' };
  const check = () => {
    for (const [name, selector] of Object.entries(watch)) {
      if (window.__marks[name] === undefined && document.querySelector(selector)) window.__marks[name] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
`;

function emit(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, "scripts", "serve-static.mjs"), "--port", String(PORT), "--host", "127.0.0.1"], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on("data", () => resolve());
    server.on("exit", (code) => reject(new Error(`serve-static exited with ${code}`)));
  });
  return server;
}

async function timeToMark(browser: Browser, route: string, mark: "ready" | "monaco"): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(MARK_SCRIPT);
  await page.goto(`${BASE}${route}`);
  await page.waitForFunction((name) => (window as unknown as { __marks: Record<string, number> }).__marks[name] !== undefined, mark, { timeout: 60_000 });
  const value = await page.evaluate((name) => (window as unknown as { __marks: Record<string, number> }).__marks[name] as number, mark);
  await context.close();
  return value;
}

async function keystrokes(browser: Browser): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/lessons/first-container`);
  await page.locator('[data-testid="terminal"][data-ready="true"]').click();
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[] };
    w.__keys = [];
    let start = 0;
    document.addEventListener("keydown", (event) => (start = event.timeStamp), true);
    // keyup bubbles to window after xterm has handled keydown/keypress/input and queued its render frame.
    window.addEventListener("keyup", () => {
      const from = start;
      requestAnimationFrame(() => w.__keys.push(performance.now() - from));
    });
  });
  const text = "docker run --name keystroke-test hello-world";
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(200);
  const times = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
  await context.close();
  return times;
}

async function main(): Promise<void> {
  const runsAt = process.argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) || 5 : 5;
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    const ready: number[] = [];
    const monaco: number[] = [];
    for (let i = 0; i < runs; i++) ready.push(await timeToMark(browser, "/lessons/first-container", "ready"));
    for (let i = 0; i < runs; i++) monaco.push(await timeToMark(browser, "/sandbox", "monaco"));
    emit("site.lesson.terminal_ready_cold_median", median(ready) / 1000, "s");
    emit("site.sandbox.monaco_ready_median", median(monaco) / 1000, "s");
    const keys = await keystrokes(browser);
    emit("site.terminal.keystroke_to_paint_median", median(keys), "ms");
    emit("site.terminal.keystroke_to_paint_p95", percentile(keys, 95), "ms");
  } finally {
    await browser.close();
    server.kill();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`measure-workspace: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
