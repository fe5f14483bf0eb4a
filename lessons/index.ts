import { EXERCISES } from "./generated-index";
import type { ExerciseData, Lesson, LessonSummary } from "./types";

export type { ExerciseData, GolfReference, Lesson, LessonSummary } from "./types";

function summarize(e: ExerciseData): LessonSummary {
  return { slug: e.slug, title: e.frontmatter.title, summary: e.frontmatter.summary, minutes: e.frontmatter.minutes, track: e.track, kind: e.frontmatter.kind, level: e.frontmatter.level };
}

/** Every exercise, in curriculum order (tracks, then exercises, by their number prefixes). Works in the browser too: the data is a generated module. */
export function listLessons(): LessonSummary[] {
  return EXERCISES.map(summarize);
}

/** One exercise with its text and data, or undefined. */
export function getLesson(slug: string): Lesson | undefined {
  const e = EXERCISES.find((x) => x.slug === slug);
  if (!e) return undefined;
  return {
    ...summarize(e),
    markdown: e.markdown,
    objectives: e.frontmatter.objectives,
    prerequisites: e.frontmatter.prerequisites,
    files: e.files,
    setup: e.setup,
    checks: e.checks,
    solution: e.solution,
    solutionFiles: e.solutionFiles,
    ...(e.golf ? { golf: e.golf } : {}),
  };
}
