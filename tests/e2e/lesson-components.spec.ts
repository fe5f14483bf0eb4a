import { expect, test } from "@playwright/test";
import { watchForProblems } from "./helpers";

test("lesson components: a Run button runs its command, tasks tick live, a quiz answers", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/lessons/first-container");
  await expect(page.locator('[data-testid="terminal"][data-ready="true"]')).toBeVisible();
  const rows = page.locator('[data-testid="terminal"] .xterm-rows');
  const task = (check: string) => page.locator(`[data-testid="task"][data-check="${check}"]`);
  await expect(task("hello-ran")).toHaveAttribute("data-done", "false");

  // A console block's Run button types the command into the terminal and runs it.
  const run = page.getByRole("button", { name: "Run: docker run hello-world" });
  await run.focus();
  await page.keyboard.press("Enter");
  await expect(rows).toContainText("Hello from Docker!");

  // The task list ticks without pressing Check.
  await expect(task("hello-ran")).toHaveAttribute("data-done", "true");
  await expect(task("hello-image")).toHaveAttribute("data-done", "true");
  await expect(task("looked-at-containers")).toHaveAttribute("data-done", "false");
  await page.getByRole("button", { name: "Run: docker ps -a" }).click();
  await expect(rows).toContainText("CONTAINER ID");
  await expect(task("looked-at-containers")).toHaveAttribute("data-done", "true");

  // A hint opens; a quiz gives feedback on submit.
  await page.getByTestId("lesson-hint").locator("summary").click();
  await expect(page.getByTestId("lesson-hint")).toContainText("Keep the");
  const quiz = page.locator('[data-quiz="second-run"]');
  await quiz.getByLabel("Docker pulls the image again from Docker Hub").check();
  await quiz.getByRole("button", { name: "Submit" }).click();
  await expect(quiz.getByTestId("quiz-feedback")).toHaveAttribute("data-correct", "false");
  await quiz.getByLabel("Docker starts a new container from the image it already has").check();
  await quiz.getByRole("button", { name: "Submit" }).click();
  await expect(quiz.getByTestId("quiz-feedback")).toHaveAttribute("data-correct", "true");

  expect(problems).toEqual([]);
});

test("a graded quiz passes its quiz-answer check from the recorded answer", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/lessons/containers-and-vms");
  await expect(page.locator('[data-testid="terminal"][data-ready="true"]')).toBeVisible();
  const quiz = page.locator('[data-quiz="isolation"]');
  await quiz.getByLabel("namespaces").check();
  await quiz.getByRole("button", { name: "Submit" }).click();
  await page.getByTestId("check").click();
  const result = page.getByTestId("check-result").filter({ hasText: "You named what isolates a container's view" });
  await expect(result).toHaveAttribute("data-passed", "true");
  expect(problems).toEqual([]);
});
