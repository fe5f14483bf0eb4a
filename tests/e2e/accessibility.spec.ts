import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/**
 * axe-core over the pages learners land on, once the workspace is ready
 * (terminal, editor and engine view rendered): no WCAG 2.1 A/AA violations.
 */
for (const scheme of ["light", "dark"] as const) {
test.describe(`${scheme} theme`, () => {
test.use({ colorScheme: scheme });
for (const [name, route] of [
  ["home", "/"],
  ["lessons list", "/lessons"],
  ["first lesson", "/lessons/first-container"],
  ["sandbox", "/sandbox"],
  ["challenge builder", "/challenges/builder"],
] as const) {
  test(`axe finds no violations on the ${name} page`, async ({ page }) => {
    await page.goto(route);
    if (route.startsWith("/lessons/") || route === "/sandbox") {
      await expect(page.locator('[data-testid="terminal"][data-ready="true"]')).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    expect(found).toEqual([]);
  });
}
});
}
