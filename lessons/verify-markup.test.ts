import { describe, expect, it } from "vitest";
import type { Check } from "@/simulator";
import { calculateMarkupProblems } from "./verify";

const checks = [
  { id: "ran", title: "ran", kind: "command-ran", command: "docker run" },
  { id: "iso-answer", title: "quiz", kind: "quiz-answer", question: "iso", answer: "b" },
] as Check[];
const quiz = (answer: string) => `<Quiz id="iso" answer="${answer}">\nQ?\n<Option id="a">x</Option>\n<Option id="b">y</Option>\n</Quiz>`;

describe("calculateMarkupProblems", () => {
  it("passes well-formed components bound to real checks", () => {
    expect(calculateMarkupProblems({ markdown: `# T\n- [ ] Run {check=ran}\n${quiz("b")}`, checks })).toEqual([]);
  });

  it("names unknown task checks, missing or disagreeing quizzes and malformed markup", () => {
    const found = calculateMarkupProblems({ markdown: "- [ ] Run {check=nope}\n<Hint>", checks }).join("\n");
    expect(found).toContain("{check=nope}");
    expect(found).toContain('no <Quiz id="iso">');
    expect(found).toContain("<Hint> is never closed");
    expect(calculateMarkupProblems({ markdown: quiz("a"), checks })).toEqual([expect.stringContaining("disagrees with iso-answer")]);
  });
});
