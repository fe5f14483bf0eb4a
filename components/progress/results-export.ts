import { calculateScore, type Progress } from "./progress";

/** A lesson as the export names it. */
export interface ExportLesson {
  slug: string;
  title: string;
  track: string;
}

/** One lesson's row in the instructor export. */
export interface LessonResults {
  slug: string;
  title: string;
  track: string;
  status: "not-started" | "in-progress" | "complete";
  /** Best score in percent. */
  score: number;
  passed: number;
  total: number;
  /** Presses of Check. */
  attempts: number;
  /** The latest result of each check, in the order saved. */
  checks: { id: string; passed: boolean }[];
  lastAttemptAt: string | null;
  updatedAt: string | null;
  completedAt: string | null;
}

/** The file an instructor collects from each learner. */
export interface ResultsExport {
  format: "dockyard-results";
  version: 1;
  exportedAt: string;
  summary: { lessons: number; started: number; complete: number };
  lessons: LessonResults[];
}

function iso(ms: number | undefined): string | null {
  return ms === undefined || ms <= 0 ? null : new Date(ms).toISOString();
}

/** Every lesson's results (per-check pass/fail, score, attempts, timestamps) as one JSON document, lessons in curriculum order. */
export function calculateResultsExport(progress: Progress, lessons: readonly ExportLesson[], now: number): ResultsExport {
  const rows = lessons.map((lesson): LessonResults => {
    const entry = Object.hasOwn(progress.lessons, lesson.slug) ? progress.lessons[lesson.slug] : undefined;
    return {
      slug: lesson.slug,
      title: lesson.title,
      track: lesson.track,
      status: !entry ? "not-started" : entry.completedAt !== undefined ? "complete" : "in-progress",
      score: calculateScore(entry),
      passed: entry?.passed ?? 0,
      total: entry?.total ?? 0,
      attempts: entry?.attempts ?? 0,
      checks: Object.entries(entry?.checks ?? {}).map(([id, passed]) => ({ id, passed })),
      lastAttemptAt: iso(entry?.lastAttemptAt),
      updatedAt: iso(entry?.updatedAt),
      completedAt: iso(entry?.completedAt),
    };
  });
  return {
    format: "dockyard-results",
    version: 1,
    exportedAt: new Date(now).toISOString(),
    summary: { lessons: rows.length, started: rows.filter((r) => r.status !== "not-started").length, complete: rows.filter((r) => r.status === "complete").length },
    lessons: rows,
  };
}
