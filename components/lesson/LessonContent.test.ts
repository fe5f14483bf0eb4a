import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { LessonContent } from "./LessonContent";
import { LessonRuntimeContext, type LessonRuntime } from "./lesson-runtime";

const TEXT = [
  "# Title",
  "",
  "```console",
  "$ docker ps -a",
  "# comment",
  "```",
  "<Run>docker images</Run>",
  "<Hint>",
  "Look at **ps**.",
  "</Hint>",
  '<Solution after="2">',
  "<Run>docker run hello-world</Run>",
  "</Solution>",
  '<Quiz id="iso" answer="b">',
  "What isolates?",
  '<Option id="a">cgroups</Option>',
  '<Option id="b">namespaces</Option>',
  "</Quiz>",
  "- [ ] Run it {check=ran}",
  "- [ ] List it {check=listed}",
].join("\n");

function render(runtime?: Partial<LessonRuntime>): string {
  const content = createElement(LessonContent, { markdown: TEXT, label: "Title" });
  if (!runtime) return renderToStaticMarkup(content);
  const value: LessonRuntime = { results: null, attempts: 0, quiz: {}, answerQuiz: () => undefined, ...runtime };
  return renderToStaticMarkup(createElement(LessonRuntimeContext.Provider, { value }, content));
}

describe("LessonContent", () => {
  it("renders Run buttons per command, a hint, a locked solution, a quiz and a task list", () => {
    const html = render();
    expect(html).toContain('aria-label="Run: docker ps -a"');
    expect(html).toContain('aria-label="Run: docker images"');
    expect(html).not.toContain('aria-label="Run: # comment"');
    expect(html).toContain("<strong>ps</strong>");
    expect(html).toContain('data-unlocked="false"');
    expect(html).not.toContain("Run: docker run hello-world");
    expect(html).toMatch(/type="radio"[^>]*value="b"/);
    expect(html.match(/data-done="false"/g)).toHaveLength(2);
  });

  it("ticks tasks from live results and opens the solution after enough checks", () => {
    const results = [
      { id: "ran", title: "", passed: true, detail: "", points: 1, maxPoints: 1, hints: [] },
      { id: "listed", title: "", passed: false, detail: "", points: 0, maxPoints: 1, hints: [] },
    ];
    const html = render({ results, attempts: 2, quiz: { iso: "a" } });
    expect(html).toMatch(/data-check="ran" data-done="true"/);
    expect(html).toMatch(/data-check="listed" data-done="false"/);
    expect(html).toContain('data-unlocked="true"');
    expect(html).toContain("Run: docker run hello-world");
    expect(html).toMatch(/data-correct="false"/);
  });
});
