import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { runInTerminal, watchForProblems } from "./helpers";

/** The rendered editor line whose text is exactly `text` (Monaco renders spaces as U+00A0). */
function editorLine(page: Page, text: string): Locator {
  return page
    .locator(".monaco-editor .view-lines .view-line")
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\u00a0]")}$`) });
}

/** Types lines at the cursor, closing completion before each Enter so that Enter never accepts a suggestion. */
async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Enter");
    }
    await page.keyboard.type(line);
  }
  await page.keyboard.press("Escape");
}

test("Dockerfile editor: markers while typing, docs on hover", async ({ page }) => {
  const problems = watchForProblems(page);

  await page.goto("/lessons/first-container");
  await expect(page.getByTestId("editor-empty")).toBeVisible();

  // The lesson has no files: make a Dockerfile in the shell, and the editor opens it as a tab.
  const terminal = page.locator('[data-testid="terminal"][data-ready="true"]');
  await expect(terminal).toBeVisible();
  await terminal.click();
  await runInTerminal(page, "echo 'FROM alpine' > Dockerfile");
  await expect(page.getByRole("tab", { name: "Dockerfile" })).toHaveAttribute("aria-selected", "true");
  await expect(editorLine(page, "FROM alpine")).toHaveCount(1);

  // The file ends with a newline, so the end of the text is the start of an empty line 2.
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+End");
  await typeLines(page, [
    "# Hover a keyword for its doc; squiggles are problems",
    "LABEL org.opencontainers.image.title=demo",
    "ENV APP_HOME=/app PORT=8080",
    "WORKDIR /app",
    "RUN apk add --no-cache python3",
    "USER 1000",
    "EXPOSE 8080",
    "HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/ || exit 1",
    "STOPSIGNAL SIGTERM",
    "VOLUME /data",
    "ARG VERSION=1",
    "COPY --chown=1000:1000 app.py ./",
    "RUNN echo hi",
  ]);
  await expect(editorLine(page, "RUNN echo hi")).toHaveCount(1);

  // An error squiggle appears on the broken line, and only there.
  const squiggles = page.locator(".monaco-editor .view-overlays .squiggly-error");
  await expect(squiggles).toHaveCount(1);
  const lineBox = await editorLine(page, "RUNN echo hi").boundingBox();
  const squiggleBox = await squiggles.first().boundingBox();
  expect(lineBox).not.toBeNull();
  expect(squiggleBox).not.toBeNull();
  if (lineBox && squiggleBox) {
    expect(Math.abs(squiggleBox.y - lineBox.y)).toBeLessThan(2);
    expect(squiggleBox.width).toBeGreaterThan(20);
  }

  // Completion: the flags of the instruction being written, after `--`.
  await page.keyboard.press("Enter");
  await page.keyboard.type("COPY --");
  const suggestions = page.locator(".monaco-editor .suggest-widget .monaco-list-row");
  await expect(suggestions.filter({ hasText: "--chown" })).toHaveCount(1);
  await expect(suggestions.filter({ hasText: "--mount" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await expect(editorLine(page, "COPY --")).toHaveCount(0);
  await expect(page.locator(".monaco-editor .view-lines .view-line")).toHaveCount(14);

  // The linter's warnings show too: `FROM alpine` has no tag.
  const fromBox = await editorLine(page, "FROM alpine").boundingBox();
  const warningTops = await page
    .locator(".monaco-editor .view-overlays .squiggly-warning")
    .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
  expect(fromBox).not.toBeNull();
  expect(warningTops.some((top) => fromBox !== null && Math.abs(top - fromBox.y) < 2)).toBe(true);

  // Hover the broken line: the finding in Docker's words, and why it matters.
  const hovers = page.locator(".monaco-hover");
  // Monaco colours RUNN as RUN + N, so point at the line's first characters rather than at a token.
  // Home first: typing the long HEALTHCHECK line may have scrolled the view sideways, hiding the line's start.
  await page.keyboard.press("Home");
  await expect.poll(() => page.locator(".monaco-editor .lines-content").first().evaluate((el) => (el as HTMLElement).style.left)).toMatch(/^(0px|-?0px|)$/);
  const brokenBox = await editorLine(page, "RUNN echo hi").boundingBox();
  expect(brokenBox).not.toBeNull();
  if (brokenBox) await page.mouse.move(brokenBox.x + 12, brokenBox.y + brokenBox.height / 2);
  const findingHover = hovers.filter({ hasText: "unknown instruction: RUNN (did you mean RUN?)" });
  await expect(findingHover).toBeVisible();
  await expect(findingHover).toContainText("dockerfile parse error on line 14");
  await expect(findingHover).toContainText("Why it matters");

  // Hover an instruction keyword: its doc.
  await page.mouse.move(5, 5);
  await expect(findingHover).toBeHidden();
  const copy = editorLine(page, "COPY --chown=1000:1000 app.py ./").locator("span span").filter({ hasText: /^COPY$/ });
  await copy.hover();
  const hover = hovers.filter({ hasText: "Copies files from the build context (or from another stage) into the image." });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText("COPY requirements.txt /app/");
  await expect(hover).toContainText("--chown");
  // Let the hover finish fading in before the screenshot.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(__dirname, "..", "..", "docs", "editor-intelligence.png") });

  // Quick fix: Docker's suggestion replaces the misspelt keyword, and the error goes away.
  await page.mouse.move(5, 5);
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Control+.");
  await page.getByText("Change to RUN").click();
  await expect(editorLine(page, "RUN echo hi")).toHaveCount(1);
  await expect(squiggles).toHaveCount(0);

  expect(problems).toEqual([]);
});
