import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { runInTerminal, watchForProblems } from "./helpers";

const terminalRows = (page: Page) => page.locator('[data-testid="terminal"] .xterm-rows');

async function openSandbox(page: Page): Promise<void> {
  await page.goto("/sandbox");
  const terminal = page.locator('[data-testid="terminal"][data-ready="true"]');
  await expect(terminal).toBeVisible();
}

test("sandbox: edit the Dockerfile in Monaco, build, run, preview, and a reload keeps it all", async ({ page }) => {
  const problems = watchForProblems(page);
  await openSandbox(page);

  // Edit the Dockerfile in Monaco.
  await page.getByTestId("file-tree").getByRole("button", { name: "Dockerfile", exact: true }).click();
  await expect(page.getByRole("tab", { name: "python-app/Dockerfile" })).toHaveAttribute("aria-selected", "true");
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("RUN echo edited");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");

  // Build in the terminal: the engine view shows the new step, run (not cached: first build).
  await page.locator('[data-testid="terminal"]').click();
  await runInTerminal(page, "docker build -t hello python-app");
  await expect(terminalRows(page)).toContainText("naming to docker.io/library/hello");
  const steps = page.getByTestId("engine-build").getByTestId("build-step");
  await expect(steps.filter({ hasText: "RUN echo edited" })).toHaveCount(1);
  await expect(page.getByTestId("traffic-strip").locator('[data-lit="true"]')).toHaveCount(3);

  // Rebuild after a change: the COPY step re-runs and says why.
  await runInTerminal(page, "echo '# v2' >> python-app/app.py");
  await runInTerminal(page, "docker build -t hello python-app");
  await expect(steps.filter({ hasText: "COPY . /app" })).toContainText("re-ran: app.py changed");
  await expect(steps.filter({ hasText: "FROM python:3.8" })).toHaveAttribute("data-status", "cached");

  // Run it with a published port; the container card shows the port.
  await runInTerminal(page, "docker run -d -p 5111:5000 --name web hello");
  const card = page.getByTestId("engine-container").filter({ hasText: "web" });
  await expect(card).toHaveCount(1);

  // The preview tab opens localhost:5111.
  await page.getByTestId("tab-preview").click();
  await expect(page.getByTestId("preview-address")).toHaveValue("localhost:5111");
  const body = page.getByTestId("preview-body");
  // Flask answers with text/html: the page shows in a sandboxed frame.
  await expect(body.getByTestId("preview-page")).toHaveAttribute("data-status", "200");
  await expect(page.frameLocator('[data-testid="preview-page"]').locator("body")).toHaveText("Hello World!");
  await page.screenshot({ path: path.join(__dirname, "..", "..", "test-results", "workspace-preview.png") });

  // Stopped, the port refuses, as Chromium shows it.
  await page.locator('[data-testid="terminal"]').click();
  await runInTerminal(page, "docker stop web");
  await expect(body.getByTestId("preview-error")).toHaveAttribute("data-code", "ERR_CONNECTION_REFUSED");
  await runInTerminal(page, "docker start web");
  await expect(body.getByTestId("preview-page")).toHaveAttribute("data-status", "200");
  await page.getByTestId("tab-engine").click();
  await page.screenshot({ path: path.join(__dirname, "..", "..", "docs", "workspace.png") });

  // A reload keeps the files, the shell's history and the engine's state.
  await page.waitForTimeout(600); // the save is debounced by 300 ms
  await page.reload();
  await expect(page.locator('[data-testid="terminal"][data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId("engine-container").filter({ hasText: "web" })).toHaveCount(1);
  await expect(page.getByTestId("engine-build").getByTestId("build-step").filter({ hasText: "RUN echo edited" })).toHaveCount(1);
  await page.locator('[data-testid="terminal"]').click();
  await runInTerminal(page, "history");
  await expect(terminalRows(page)).toContainText("docker build -t hello python-app");
  await runInTerminal(page, "tail -1 python-app/Dockerfile");
  await expect(terminalRows(page)).toContainText("RUN echo edited");
  await runInTerminal(page, "docker ps --format '{{.Names}} {{.Ports}}'");
  await expect(terminalRows(page)).toContainText("web 0.0.0.0:5111->5000/tcp");

  expect(problems).toEqual([]);
});

test("sandbox: undo steps back over the last command, from the button and the terminal", async ({ page }) => {
  const problems = watchForProblems(page);
  await openSandbox(page);
  await page.locator('[data-testid="terminal"]').click();

  await runInTerminal(page, "docker pull alpine:3.20");
  await expect(page.getByTestId("engine-image")).toHaveCount(1);
  await runInTerminal(page, "docker run --name once hello-world");
  await expect(page.getByTestId("engine-container")).toHaveCount(1);

  await page.getByTestId("undo").click();
  await expect(page.getByTestId("engine-container")).toHaveCount(0);
  await expect(page.getByTestId("engine-image")).toHaveCount(1);

  await page.locator('[data-testid="terminal"]').click();
  await runInTerminal(page, "undo");
  await expect(terminalRows(page)).toContainText("Undid: docker pull alpine:3.20");
  await expect(page.getByTestId("engine-image")).toHaveCount(0);
  await expect(page.getByTestId("undo")).toBeDisabled();

  expect(problems).toEqual([]);
});

test("layout: splitters move with the keyboard and the theme toggle persists", async ({ page }) => {
  const problems = watchForProblems(page);
  await openSandbox(page);
  const splitter = page.getByRole("separator", { name: "Resize Lesson and Workspace" });
  const before = Number(await splitter.getAttribute("aria-valuenow"));
  await splitter.focus();
  await page.keyboard.press("ArrowRight");
  await expect(splitter).toHaveAttribute("aria-valuenow", String(before + 5));

  // The first theme follows prefers-color-scheme; the toggle's choice then survives a reload.
  const first = (await page.locator("html").getAttribute("class"))?.includes("light") ? "light" : "dark";
  const other = first === "light" ? /\bdark\b/ : /\blight\b/;
  await page.getByTestId("theme-toggle").click();
  await expect(page.locator("html")).toHaveClass(other);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(other);
  await expect(page.getByRole("separator", { name: "Resize Lesson and Workspace" })).toHaveAttribute("aria-valuenow", String(before + 5));
  await expect(page.locator('[data-testid="terminal"][data-ready="true"]')).toBeVisible();
  await page.screenshot({ path: path.join(__dirname, "..", "..", "test-results", "workspace-light.png") });

  await page.setViewportSize({ width: 800, height: 900 });
  await expect(page.getByRole("tab", { name: "Engine", exact: true }).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("file tree: create, rename and delete files; the terminal sees them", async ({ page }) => {
  const problems = watchForProblems(page);
  page.on("dialog", (dialog) => void dialog.accept());
  await openSandbox(page);
  const tree = page.getByTestId("file-tree");

  await page.getByTestId("file-new").click();
  await page.getByLabel("New file name").fill("web/index.html");
  await page.keyboard.press("Enter");
  await expect(tree.getByRole("button", { name: "index.html", exact: true })).toBeVisible();
  await expect(page.getByRole("tab", { name: "web/index.html" })).toHaveAttribute("aria-selected", "true");

  await tree.getByRole("button", { name: "Rename web/index.html" }).click();
  await page.getByLabel("Rename web/index.html to").fill("web/home.html");
  await page.keyboard.press("Enter");
  await expect(tree.getByRole("button", { name: "home.html", exact: true })).toBeVisible();

  await page.locator('[data-testid="terminal"]').click();
  await runInTerminal(page, "ls web");
  await expect(terminalRows(page)).toContainText("home.html");

  await tree.getByRole("button", { name: "Delete web/home.html" }).click();
  await expect(tree.getByRole("button", { name: "home.html", exact: true })).toHaveCount(0);
  await page.locator('[data-testid="terminal"]').click();
  await runInTerminal(page, "cat web/home.html");
  await expect(terminalRows(page)).toContainText("cat: web/home.html: No such file or directory");
  expect(problems).toEqual([]);
});

test("attempts: each Check commits the files, each attempt shows its diff, reset to starter", async ({ page }) => {
  const problems = watchForProblems(page);
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/lessons/cache-the-dependencies");
  await expect(page.locator('[data-testid="terminal"][data-ready="true"]')).toBeVisible();

  await page.getByTestId("check").click();
  await page.getByTestId("tab-attempts").click();
  const attempts = page.getByTestId("attempt");
  await expect(attempts).toHaveCount(2);
  await expect(attempts.first()).toContainText(/Attempt 1: \d+ of \d+ checks passed/);
  await expect(attempts.last()).toContainText("Starter files");

  await page.locator('[data-testid="terminal"]').click();
  await runInTerminal(page, "echo '# tried something' >> Dockerfile");
  await page.getByTestId("check").click();
  await expect(attempts).toHaveCount(3);
  await attempts.first().getByRole("button").click();
  await expect(page.getByTestId("attempt-diff")).toContainText("+# tried something");
  await expect(page.getByTestId("attempt-diff")).toContainText("--- a/Dockerfile");

  await page.getByTestId("reset-to-starter").click();
  await expect(attempts.first()).toContainText("Reset to starter");
  await page.locator('[data-testid="terminal"]').click();
  await runInTerminal(page, "grep -c tried Dockerfile");
  await expect(terminalRows(page)).toContainText(/grep -c tried Dockerfile\s*0/);
  expect(problems).toEqual([]);
});
