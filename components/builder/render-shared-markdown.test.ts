import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSharedMarkdown } from "./render-shared-markdown";

describe("formatSharedMarkdown", () => {
  it("renders markdown like the lesson pages", () => {
    expect(formatSharedMarkdown("# Hi\n\nRun `docker ps`.")).toContain("<h1>Hi</h1>");
    expect(formatSharedMarkdown("[docs](https://docs.docker.com)")).toContain('href="https://docs.docker.com"');
  });

  it("escapes raw HTML and drops script links", () => {
    const html = formatSharedMarkdown('<img src=x onerror="alert(1)">\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![y](data:text/html,hi)');
    expect(html).not.toMatch(/<img src=x|<script|javascript:|data:text/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("property: no text yields a script tag, an event attribute on a tag, or a javascript: link", () => {
    const piece = fc.constantFrom("<script>", "<img src=x onerror=alert(1)>", "[a](javascript:x)", "<a href='javascript:x'>", "`code`", "**b**", "\n\n", "<div onclick=x>", "![i](JaVaScRiPt:x)", " text ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join("")), (md) => {
        const html = formatSharedMarkdown(md);
        expect(html).not.toMatch(/<script|<img src=x|<div onclick|href="javascript:|src="javascript:|<a href='/i);
      }),
    );
  });
});
