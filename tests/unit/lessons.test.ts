import { describe, expect, it } from "vitest";
import { createMemoryFs, createWorld, gradeChecks } from "@/simulator";
import { getLesson, listLessons } from "@/lessons";

/**
 * Every lesson's solution is replayed headlessly: the starting state must
 * fail at least one check and the solved state must pass them all
 * (learnGitBranching's rule: a level ships a solution that is tested).
 */
describe("lessons replay", () => {
  const lessons = listLessons();
  const rows: string[] = [];

  it("there are lessons", () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  for (const summary of lessons) {
    it(`${summary.slug}: fails at the start, passes after its solution`, () => {
      const lesson = getLesson(summary.slug);
      expect(lesson).toBeDefined();
      if (!lesson) return;
      const world = createWorld({ workspace: createMemoryFs(lesson.files) });
      const before = gradeChecks(lesson.checks, world.snapshot());
      expect(before.some((r) => !r.passed)).toBe(true);
      for (const line of lesson.solution) world.run(line);
      const after = gradeChecks(lesson.checks, world.snapshot());
      expect(after.filter((r) => !r.passed)).toEqual([]);
      rows.push(`${summary.slug.padEnd(24)} start ${before.filter((r) => r.passed).length}/${before.length}  solved ${after.filter((r) => r.passed).length}/${after.length}`);
    });

    it(`${summary.slug}: every console command in its text is one the terminal knows`, () => {
      const lesson = getLesson(summary.slug);
      const blocks = [...(lesson?.markdown ?? "").matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1] as string);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        for (const line of block.split("\n").filter((l) => l.trim() !== "")) {
          const result = createWorld().run(line);
          expect(result.stderr, line).not.toMatch(/command not found|is not a docker command|unknown flag/);
        }
      }
    });
  }

  it("prints the replay table", () => {
    console.log(`lesson replay:\n${rows.join("\n")}`);
    expect(rows.length).toBe(lessons.length);
  });
});
