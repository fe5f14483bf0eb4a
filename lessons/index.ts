import * as fs from "node:fs";
import * as path from "node:path";
import { LESSONS } from "./registry";
import type { Lesson, LessonSummary } from "./types";

export type { Lesson, LessonData, LessonSummary } from "./types";

/** The lessons, in order, for the home page. Server-side only (reads files). */
export function listLessons(): LessonSummary[] {
  return LESSONS.map(({ track, data }) => ({
    slug: data.slug,
    title: data.title,
    summary: data.summary,
    minutes: data.minutes,
    track,
  }));
}

/** One lesson with its markdown, or undefined. Server-side only (reads content.md). */
export function getLesson(slug: string): Lesson | undefined {
  const entry = LESSONS.find((l) => l.data.slug === slug);
  if (!entry) return undefined;
  const markdown = fs.readFileSync(path.join(process.cwd(), "lessons", entry.dir, "content.md"), "utf8");
  const { data } = entry;
  return {
    slug: data.slug,
    title: data.title,
    summary: data.summary,
    minutes: data.minutes,
    track: entry.track,
    markdown,
    files: data.files,
    checks: data.checks,
    solution: data.solution,
  };
}
