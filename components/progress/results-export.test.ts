import { describe, expect, it } from "vitest";
import { createProgress, dispatchAttempt, dispatchResults, parseProgress } from "./progress";
import { calculateResultsExport } from "./results-export";

const LESSONS = [
  { slug: "first-container", title: "Run your first container", track: "Docker" },
  { slug: "pods", title: "Pods", track: "Kubernetes" },
];

describe("calculateResultsExport", () => {
  it("lists per-check results, score, attempts and timestamps per lesson", () => {
    let p = dispatchResults(createProgress(), "first-container", { "ran-hello": true, listed: false }, 1_000);
    p = dispatchAttempt(p, "first-container", 1, 2, 2_000, { "ran-hello": true, listed: false });
    p = dispatchResults(p, "first-container", { "ran-hello": true, listed: true }, 3_000);
    const out = calculateResultsExport(p, LESSONS, 4_000);
    expect(out.summary).toEqual({ lessons: 2, started: 1, complete: 1 });
    expect(out.lessons[0]).toEqual({
      slug: "first-container",
      title: "Run your first container",
      track: "Docker",
      status: "complete",
      score: 100,
      passed: 2,
      total: 2,
      attempts: 1,
      checks: [
        { id: "ran-hello", passed: true },
        { id: "listed", passed: true },
      ],
      lastAttemptAt: new Date(2_000).toISOString(),
      updatedAt: new Date(3_000).toISOString(),
      completedAt: new Date(3_000).toISOString(),
    });
    expect(out.lessons[1]).toMatchObject({ status: "not-started", score: 0, attempts: 0, checks: [], lastAttemptAt: null });
  });

  it("live grading does not count attempts, and per-check results survive a save and load", () => {
    const p = dispatchResults(createProgress(), "pods", { a: false }, 10);
    expect(p.lessons.pods).toEqual({ passed: 0, total: 1, attempts: 0, lastAttemptAt: 0, updatedAt: 10, checks: { a: false } });
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
    expect(parseProgress('{"format":1,"lessons":{"pods":{"passed":0,"total":1,"attempts":0,"lastAttemptAt":0,"checks":{"a":"yes"}}}}')).toMatchObject({ error: expect.any(String) });
  });
});
