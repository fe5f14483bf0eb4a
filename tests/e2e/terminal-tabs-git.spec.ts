import path from "node:path";
import { expect, test } from "@playwright/test";
import { runInTerminal, watchForProblems } from "./helpers";

// Issue 9 §12: "`git log` lists attempts". Terminal tabs (§4) are not built yet; this spec covers git only.
test("git in the terminal: git log --oneline lists the attempt a Check committed", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/lessons/cache-the-dependencies");
  await expect(page.locator('[data-testid="terminal"][data-ready="true"]')).toBeVisible();

  await page.getByTestId("check").click();
  await page.getByTestId("tab-attempts").click();
  await expect(page.getByTestId("attempt")).toHaveCount(2);

  const rows = page.locator('[data-testid="terminal"] .xterm-rows');
  await page.locator('[data-testid="terminal"]').click();
  await runInTerminal(page, "git log --oneline");
  await expect(rows).toContainText(/[0-9a-f]{7} \(HEAD -> main\) Attempt 1: \d+ of \d+ checks passed/);
  await expect(rows).toContainText("Starter files");
  await runInTerminal(page, "git status");
  await expect(rows).toContainText("nothing to commit, working tree clean");
  await runInTerminal(page, "echo '# tried' >> Dockerfile");
  await runInTerminal(page, "git diff");
  await expect(rows).toContainText("+# tried");
  await page.screenshot({ path: path.join(__dirname, "..", "..", "test-results", "terminal-git.png") });
  expect(problems).toEqual([]);
});
