import { expect, test } from "@playwright/test";
import { lastTerminalRow, runInTerminal, watchForProblems } from "./helpers";

test("the browser terminal opens a container's shell, completes with Tab and interrupts with Ctrl+C", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/lessons/first-container");
  const terminal = page.locator('[data-testid="terminal"][data-ready="true"]');
  await expect(terminal).toBeVisible();
  await terminal.click();
  const rows = page.locator('[data-testid="terminal"] .xterm-rows');

  await runInTerminal(page, "docker run -it --name box alpine");
  await expect.poll(() => lastTerminalRow(page)).toBe("/ #");
  await runInTerminal(page, "cd /tmp && touch x");
  await expect.poll(() => lastTerminalRow(page)).toBe("/tmp #");
  await runInTerminal(page, "exit 3");
  await runInTerminal(page, "echo $?");
  await expect(rows).toContainText("3");

  await page.keyboard.type("docker sta");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(rows).toContainText("stats");
  await page.keyboard.press("Control+u");

  await runInTerminal(page, "docker run -d --name web alpine tail -f /dev/null");
  await page.keyboard.type("docker logs -f web");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+c");
  await expect.poll(() => lastTerminalRow(page)).toMatch(/\$$/);
  await runInTerminal(page, "echo status $?");
  await expect(rows).toContainText("status 130");
  expect(problems).toEqual([]);
});
