import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);

/** Collects everything that should never happen on a healthy page. */
function watchForProblems(page: Page): string[] {
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
async function lastTerminalRow(page: Page): Promise<string> {
  return page.locator('[data-testid="terminal"] .xterm-rows > div').evaluateAll((rows) => {
    const texts = rows.map((row) => (row.textContent ?? "").replace(/\u00a0/g, " ").trimEnd());
    return texts.filter((text) => text !== "").at(-1) ?? "";
  });
}

/** Types a command, presses Enter and waits until the shell shows its prompt again. */
async function runInTerminal(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
  await expect.poll(() => lastTerminalRow(page)).toMatch(/[$#]$/);
}

test("the home page lists the first lesson", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Learn Docker in your browser");
  const lesson = page.getByTestId("lesson-link").filter({ hasText: "Run your first container" });
  await expect(lesson).toHaveCount(1);
  await expect(lesson).toHaveAttribute("href", "/lessons/first-container");
  expect(problems).toEqual([]);
});

test("first lesson: run hello-world in the terminal and pass the checks", async ({ page }) => {
  const problems = watchForProblems(page);

  await page.goto("/");
  await page.getByTestId("lesson-link").first().click();
  await expect(page).toHaveURL(/\/lessons\/first-container$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const terminal = page.locator('[data-testid="terminal"][data-ready="true"]');
  await expect(terminal).toBeVisible();
  await terminal.click();

  const rows = page.locator('[data-testid="terminal"] .xterm-rows');
  await runInTerminal(page, "docker run hello-world");
  await expect(rows).toContainText("Hello from Docker!");

  // The rest of what the lesson asks for, so the screenshot shows a finished lesson.
  await runInTerminal(page, "docker ps -a");
  await expect(rows).toContainText("CONTAINER ID");
  await runInTerminal(page, "docker images");

  await page.getByTestId("check").click();
  const results = page.getByTestId("check-results").getByTestId("check-result");
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await expect(results.nth(i)).toHaveAttribute("data-passed", "true");
  }

  await page.setViewportSize({ width: 1400, height: 900 });
  await page.screenshot({ path: path.join(__dirname, "..", "..", "docs", "screenshot.png") });

  expect(problems).toEqual([]);
});
