import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { getLesson, listLessons } from "@/lessons";
import { formatChecksReference } from "@/lessons/checks-reference";
import { formatGeneratedIndex } from "@/lessons/generate";
import { LESSONS_ROOT, loadExercises, splitFrontmatter } from "@/lessons/source";
import { extractConsoleCommands, formatReportTable, verifyExercise, type ExerciseReport } from "@/lessons/verify";
import { FRONTMATTER_SCHEMA } from "@/lessons/schema";
import { calculateNextFolder, createScaffold, findTrack } from "@/lessons/scaffold";

/**
 * What `npm run lessons:check` does, as tests: every exercise loads and
 * validates, its starting state fails a check, its reference solution passes
 * them all, its text's Dockerfiles parse and console commands are known; the
 * generated index and CHECKS.md are up to date.
 */
describe("lessons", () => {
  const { exercises, failures } = loadExercises();
  const reports: ExerciseReport[] = [];

  it("every exercise folder loads and validates", () => {
    expect(failures).toEqual([]);
    expect(exercises.length).toBeGreaterThan(0);
  });

  for (const exercise of exercises) {
    it(`${exercise.dir}: fails at the start, passes after its solution, text checks out`, () => {
      const report = verifyExercise(exercise);
      if (report.golf) exercise.golf = report.golf;
      reports.push(report);
      expect(report.problems).toEqual([]);
    }, 120_000);
  }

  it("lessons/generated-index.ts and lessons/CHECKS.md are up to date (npm run lessons:check -- --write)", () => {
    expect(reports.length).toBe(exercises.length);
    console.log(formatReportTable(reports));
    expect(fs.readFileSync(path.join(LESSONS_ROOT, "generated-index.ts"), "utf8")).toBe(formatGeneratedIndex(exercises));
    expect(fs.readFileSync(path.join(LESSONS_ROOT, "CHECKS.md"), "utf8")).toBe(formatChecksReference());
  });

  it("the site's index lists every exercise with its data", () => {
    expect(listLessons().map((l) => l.slug)).toEqual(exercises.map((e) => e.slug));
    const first = getLesson(exercises[0]?.slug ?? "");
    expect(first?.checks.length).toBeGreaterThan(0);
    expect(getLesson("toString")).toBeUndefined();
  });

  it("frontmatter validation rejects missing and unknown fields", () => {
    const split = splitFrontmatter("---\ntitle: Hi there\nkind: lesson\nextra: 1\n---\n# Hi there\n");
    expect("data" in split).toBe(true);
    if ("data" in split) expect(FRONTMATTER_SCHEMA.safeParse(split.data).success).toBe(false);
    expect("error" in splitFrontmatter("no frontmatter")).toBe(true);
  });

  it("console blocks: prompts and comments are dropped", () => {
    expect(extractConsoleCommands("```console\n$ docker ps\n# a comment\n\ndocker images\n```\n")).toEqual(["docker ps", "docker images"]);
  });
});

describe("lesson:new scaffolding", () => {
  it("numbers folders after the highest existing one", () => {
    expect(calculateNextFolder([], "docker")).toBe("01-docker");
    expect(calculateNextFolder(["01-docker", "03-kubernetes"], "compose")).toBe("04-compose");
    expect(findTrack(["01-docker", "02-docker-challenges"], "docker-challenges")).toBe("02-docker-challenges");
    expect(findTrack(["01-docker"], "toString")).toBeUndefined();
  });

  for (const kind of ["lesson", "challenge", "quiz"] as const) {
    it(`a scaffolded ${kind} loads and passes lessons:check as written`, () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "lesson-new-"));
      try {
        for (const [rel, text] of Object.entries(createScaffold("my-first-thing", kind))) {
          const file = path.join(root, "01-sandbox", "01-my-first-thing", rel);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, text);
        }
        const { exercises, failures } = loadExercises(root);
        expect(failures).toEqual([]);
        expect(exercises.map((e) => [e.slug, e.track, e.frontmatter.kind])).toEqual([["my-first-thing", "Sandbox", kind]]);
        const exercise = exercises[0];
        if (exercise) expect(verifyExercise(exercise).problems).toEqual([]);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
