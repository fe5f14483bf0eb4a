import path from "node:path";
import { expect, test } from "@playwright/test";
import { runInTerminal, watchForProblems } from "./helpers";

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
