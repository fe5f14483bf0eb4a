import { expect, test } from "@playwright/test";
import { runInTerminal, watchForProblems } from "./helpers";

test("sandbox: the course's Flask app builds, runs on 5111:5000 and answers curl", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/sandbox");
  const terminal = page.locator('[data-testid="terminal"][data-ready="true"]');
  await expect(terminal).toBeVisible();
  await terminal.click();
  const rows = page.locator('[data-testid="terminal"] .xterm-rows');

  await runInTerminal(page, "docker build -t python-helloworld python-app");
  await expect(rows).toContainText("naming to docker.io/library/python-helloworld");
  await runInTerminal(page, "docker run -d -p 5111:5000 --name hello python-helloworld");
  await runInTerminal(page, "curl localhost:5111");
  await expect(rows).toContainText("Hello World!");
  await runInTerminal(page, "docker logs hello");
  await expect(rows).toContainText("Running on http://172.17.0.2:5000");
  await expect(rows).toContainText('"GET / HTTP/1.1" 200 -');

  expect(problems).toEqual([]);
});
