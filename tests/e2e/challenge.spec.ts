import { expect, test } from "@playwright/test";
import { runInTerminal, watchForProblems } from "./helpers";

test("challenge: fix the published port — setup replayed, checks fail, the fix passes them all", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/lessons/fix-the-published-port");
  const terminal = page.locator('[data-testid="terminal"][data-ready="true"]');
  await expect(terminal).toBeVisible();
  await terminal.click();

  // The challenge's setup ran in the browser: the broken container is there, published the wrong way round.
  const rows = page.locator('[data-testid="terminal"] .xterm-rows');
  await runInTerminal(page, "docker ps --format '{{.Names}} {{.Ports}}'");
  await expect(rows).toContainText("0.0.0.0:5000->5111/tcp");

  const results = page.getByTestId("check-results").getByTestId("check-result");
  await page.getByTestId("check").click();
  await expect(results.first()).toBeVisible();
  await expect(results.and(page.locator('[data-passed="false"]'))).not.toHaveCount(0);

  await terminal.click();
  await runInTerminal(page, "docker rm -f broken-web");
  await runInTerminal(page, "docker run -d --name web -p 5111:5000 python-helloworld");
  await runInTerminal(page, "curl localhost:5111");
  await expect(rows).toContainText("Hello World!");

  await page.getByTestId("check").click();
  await expect(results.and(page.locator('[data-passed="false"]'))).toHaveCount(0);
  const count = await results.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(results.nth(i)).toHaveAttribute("data-passed", "true");
  expect(problems).toEqual([]);
});
