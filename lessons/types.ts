import type { Check, GolfTarget } from "@/simulator";
import type { Frontmatter } from "./schema";

/** Golf references measured by replaying the reference solution (challenges): its command count and image size. */
export type GolfReference = GolfTarget;

/**
 * One exercise as data, as lessons/generated-index.ts holds it for the site
 * (browser and server): everything from its folder, already validated.
 */
export interface ExerciseData {
  slug: string;
  /** `01-docker/01-first-container`. */
  dir: string;
  track: string;
  frontmatter: Frontmatter;
  /** The text of content.mdx after the frontmatter. */
  markdown: string;
  /** The starting workspace: path (absolute, `/app.py`) → content. */
  files: Record<string, string>;
  /** Commands replayed before the learner starts (setup.sh). */
  setup: string[];
  checks: Check[];
  /** The reference solution: files written over the workspace, then commands. */
  solutionFiles: Record<string, string>;
  solution: string[];
  /** Quiz answers the solution gives. */
  answers: Record<string, string>;
  golf?: GolfReference;
}

/** A lesson as the site lists it. */
export interface LessonSummary {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  track: string;
  kind: Frontmatter["kind"];
  level: Frontmatter["level"];
}

/** A lesson with its text and data. */
export interface Lesson extends LessonSummary {
  markdown: string;
  objectives: string[];
  prerequisites: string[];
  files: Record<string, string>;
  setup: string[];
  checks: Check[];
  solution: string[];
  solutionFiles: Record<string, string>;
  golf?: GolfReference;
}
