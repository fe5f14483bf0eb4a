import type { Check } from "@/simulator";

/** A lesson's data (its text lives beside it in content.md). */
export interface LessonData {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  /** The starting workspace: path (absolute, e.g. "/app.py") → content. */
  files: Record<string, string>;
  checks: Check[];
  /** The commands a learner would type to pass every check. */
  solution: string[];
}

/** A lesson as the site lists it. */
export interface LessonSummary {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  track: string;
}

/** A lesson with its text. */
export interface Lesson extends LessonSummary {
  markdown: string;
  files: Record<string, string>;
  checks: Check[];
  solution: string[];
}
