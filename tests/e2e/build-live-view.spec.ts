import path from "node:path";
import { expect, test } from "@playwright/test";
import { runInTerminal, watchForProblems } from "./helpers";

test("docker build in the browser terminal plays BuildKit's live view and ends on the final frame", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/lessons/first-container");
  const terminal = page.locator('[data-testid="terminal"][data-ready="true"]');
  await expect(terminal).toBeVisible();
  await terminal.click();
  const rows = page.locator('[data-testid="terminal"] .xterm-rows');

  await runInTerminal(page, "mkdir app && cd app");
  await runInTerminal(page, "echo 'FROM alpine:3.21' > Dockerfile");
  await runInTerminal(page, "echo 'RUN apk add --no-cache curl' >> Dockerfile");
  await page.keyboard.type("docker build -t demo .");
  await page.keyboard.press("Enter");
  // The replay ends on the final frame (its header has scrolled off this short terminal), then the prompt.
  await expect(rows).toContainText("=> [2/2] RUN apk add --no-cache curl", { timeout: 10_000 });
  await expect(rows).toContainText("=> => naming to docker.io/library/demo", { timeout: 10_000 });
  await expect.poll(async () => (await rows.textContent()) ?? "").toMatch(/naming to docker\.io\/library\/demo.*0\.0s/);
  await runInTerminal(page, "docker images demo");
  await expect(rows).toContainText("demo         latest");
  await page.screenshot({ path: path.join(__dirname, "../../docs/build-live-view.png") });
  expect(problems).toEqual([]);
});
