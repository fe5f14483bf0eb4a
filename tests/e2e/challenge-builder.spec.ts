import path from "node:path";
import { expect, test } from "@playwright/test";
import { runInTerminal, watchForProblems } from "./helpers";

test("challenge builder: a challenge built in the form, shared as a link, opened and solved", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/challenges/builder");
  await page.getByTestId("builder-title").fill("Serve nginx on 8080");
  await page.getByTestId("builder-summary").fill("Run an nginx container named web that publishes port 8080 to its port 80.");
  await page.getByTestId("builder-text").fill("# The goal\n\nStart **nginx** as `web`, published on `8080:80`.\n\n<script>window.hacked = 1</script>");
  await page.getByTestId("builder-setup").fill("docker pull nginx");

  // The first check: web is running (container-running's fields come from its schema).
  const first = page.getByTestId("check-editor").first();
  await expect(first.getByTestId("check-kind")).toHaveValue("container-running");
  await first.getByTestId("check-id").fill("web-running");
  await first.getByTestId("check-title").fill("A container named web is running");
  await first.locator('[data-param="name"]').fill("web");
  await first.locator('[data-param="image"]').fill("nginx");

  // A second: the port mapping, with a kind picked from the vocabulary.
  await page.getByRole("button", { name: "Add a check" }).click();
  const second = page.getByTestId("check-editor").nth(1);
  await second.getByTestId("check-kind").selectOption("container-port");
  await second.getByTestId("check-id").fill("web-published");
  await second.getByTestId("check-title").fill("web publishes 8080 to 80");
  await second.locator('[data-param="name"]').fill("web");
  await second.locator('[data-param="hostPort"]').fill("8080");
  await second.locator('[data-param="containerPort"]').fill("80");

  await page.getByTestId("builder-copy").click();
  const link = await page.getByTestId("builder-link").inputValue();
  expect(link).toMatch(/\/challenges\/play#c1\.[A-Za-z0-9_-]+$/);

  // Open the shared link as a learner would.
  await page.goto(link);
  await expect(page.getByTestId("challenge-title")).toHaveText("Serve nginx on 8080");
  await expect(page.getByLabel("Challenge text")).toContainText("<script>window.hacked = 1</script>");
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  const terminal = page.locator('[data-testid="terminal"][data-ready="true"]');
  await expect(terminal).toBeVisible();

  const results = page.getByTestId("check-results").getByTestId("check-result");
  await page.getByTestId("check").click();
  await expect(results).toHaveCount(2);
  await expect(results.and(page.locator('[data-passed="false"]'))).toHaveCount(2);

  await terminal.click();
  const rows = page.locator('[data-testid="terminal"] .xterm-rows');
  // Setup ran in the browser: nginx is already local.
  await runInTerminal(page, "docker images --format '{{.Repository}}'");
  await expect(rows).toContainText("nginx");
  await runInTerminal(page, "docker run -d --name web -p 8080:80 nginx");
  await page.getByTestId("check").click();
  await expect(results.and(page.locator('[data-passed="true"]'))).toHaveCount(2);
  await page.screenshot({ path: path.join(__dirname, "..", "..", "docs", "challenge-builder.png") });
  expect(problems).toEqual([]);
});

test("challenge builder: a tampered link shows why it cannot be opened", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/challenges/play#c1.AAAAtampered");
  await expect(page.getByTestId("challenge-error")).toContainText("damaged");
  await page.goto("/challenges/play#x9.nope");
  await expect(page.getByTestId("challenge-error")).toContainText("not a Dockyard challenge link");
  await expect(page.locator('[data-testid="terminal"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});
