import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateScore, createProgress, dispatchAttempt, loadProgress, mergeProgress, parseProgress, saveProgress } from "./progress";

describe("progress", () => {
  it("keeps the best score and stamps the first completion", () => {
    let p = createProgress();
    p = dispatchAttempt(p, "first-container", 1, 2, 100);
    expect(p.lessons["first-container"]).toEqual({ passed: 1, total: 2, lastAttemptAt: 100, attempts: 1, updatedAt: 100 });
    p = dispatchAttempt(p, "first-container", 2, 2, 200);
    p = dispatchAttempt(p, "first-container", 0, 2, 300);
    expect(p.lessons["first-container"]).toEqual({ passed: 2, total: 2, lastAttemptAt: 300, attempts: 3, completedAt: 200, updatedAt: 300 });
    expect(calculateScore(p.lessons["first-container"])).toBe(100);
    expect(calculateScore(undefined)).toBe(0);
  });

  it("round-trips through export and import", () => {
    const p = dispatchAttempt(createProgress(), "a-lesson", 3, 4, 5);
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  it("explains files it cannot import", () => {
    expect(parseProgress("nope")).toEqual({ error: "This file is not Dockyard progress (it is not JSON)." });
    expect(parseProgress("{}")).toEqual({ error: "This file is not Dockyard progress (no format 1 marker)." });
    expect(parseProgress('{"format":1,"lessons":[]}')).toEqual({ error: "This file has no lessons record." });
    expect(parseProgress('{"format":1,"lessons":{"x":{"passed":3,"total":2,"attempts":1,"lastAttemptAt":0}}}')).toEqual({
      error: "The entry for x is malformed.",
    });
    expect(parseProgress('{"format":1,"lessons":{"__proto__":{}}}')).toMatchObject({ error: expect.any(String) });
  });

  it("merging keeps the better score and the earlier completion", () => {
    const mine = dispatchAttempt(dispatchAttempt(createProgress(), "a", 2, 2, 50), "b", 1, 3, 60);
    const theirs = dispatchAttempt(dispatchAttempt(createProgress(), "a", 2, 2, 10), "b", 3, 3, 70);
    const merged = mergeProgress(mine, theirs);
    expect(merged.lessons.a).toMatchObject({ completedAt: 10, attempts: 2 });
    expect(merged.lessons.b).toMatchObject({ passed: 3, total: 3, completedAt: 70, lastAttemptAt: 70 });
  });

  it("loads nothing from empty or corrupt storage and saves what it loads", () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    expect(loadProgress(storage)).toEqual(createProgress());
    data.set("dockyard-progress", "{bad");
    expect(loadProgress(storage)).toEqual(createProgress());
    const p = dispatchAttempt(createProgress(), "a", 1, 1, 1);
    saveProgress(storage, p);
    expect(loadProgress(storage)).toEqual(p);
  });

  it("import never throws on any text", () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseProgress(text) === "object"));
    fc.assert(fc.property(fc.json(), (text) => typeof parseProgress(text) === "object"));
  });
});
