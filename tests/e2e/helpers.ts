import { expect, type Page } from "@playwright/test";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);

/** Collects everything that should never happen on a healthy page. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return; // data:, blob:
    if (!LOCAL_HOSTS.has(url.hostname)) problems.push(`external request: ${request.url()}`);
  });
  return problems;
}

/** The last non-blank row on the terminal screen. */
export async function lastTerminalRow(page: Page): Promise<string> {
  return page.locator('[data-testid="terminal"] .xterm-rows > div').evaluateAll((rows) => {
    const texts = rows.map((row) => (row.textContent ?? "").replace(/\u00a0/g, " ").trimEnd());
    return texts.filter((text) => text !== "").at(-1) ?? "";
  });
}

/** Types a command, presses Enter and waits until the shell shows its prompt again. */
export async function runInTerminal(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
  await expect.poll(() => lastTerminalRow(page)).toMatch(/[$#]$/);
}
