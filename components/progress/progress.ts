/**
 * Learner progress, kept in this browser with no login: per lesson, the best
 * result of its checks. Export and import move it between browsers as a
 * JSON file.
 */

/** One lesson's best result. */
export interface LessonProgress {
  /** Checks that passed in the best attempt. */
  passed: number;
  total: number;
  /** When every check first passed (ms since the epoch), if they have. */
  completedAt?: number;
  /** Last time Check was pressed (ms since the epoch). */
  lastAttemptAt: number;
  attempts: number;
}

/** Everything saved: lesson slug → progress. */
export interface Progress {
  format: 1;
  lessons: Record<string, LessonProgress>;
}

export const PROGRESS_KEY = "dockyard-progress";

/** No lesson started. */
export function createProgress(): Progress {
  return { format: 1, lessons: {} };
}

function isLessonProgress(value: unknown): value is LessonProgress {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const count = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;
  return (
    count(v.passed) &&
    count(v.total) &&
    (v.passed as number) <= (v.total as number) &&
    count(v.attempts) &&
    typeof v.lastAttemptAt === "number" &&
    Number.isFinite(v.lastAttemptAt) &&
    (v.completedAt === undefined || (typeof v.completedAt === "number" && Number.isFinite(v.completedAt)))
  );
}

/** Reads saved or imported progress; anything malformed is an error message, never a crash. */
export function parseProgress(text: string): Progress | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: "This file is not Dockyard progress (it is not JSON)." };
  }
  if (typeof value !== "object" || value === null || (value as { format?: unknown }).format !== 1) {
    return { error: "This file is not Dockyard progress (no format 1 marker)." };
  }
  const lessons = (value as { lessons?: unknown }).lessons;
  if (typeof lessons !== "object" || lessons === null || Array.isArray(lessons)) return { error: "This file has no lessons record." };
  const out = createProgress();
  for (const [slug, entry] of Object.entries(lessons)) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) return { error: `Unknown lesson name in the file: ${slug.slice(0, 40)}` };
    if (!isLessonProgress(entry)) return { error: `The entry for ${slug} is malformed.` };
    const { passed, total, lastAttemptAt, attempts, completedAt } = entry;
    out.lessons[slug] = completedAt === undefined ? { passed, total, lastAttemptAt, attempts } : { passed, total, lastAttemptAt, attempts, completedAt };
  }
  return out;
}

/** Records one press of Check: keeps the best score, counts the attempt, stamps the first completion. */
export function dispatchAttempt(progress: Progress, slug: string, passed: number, total: number, now: number): Progress {
  const previous = Object.hasOwn(progress.lessons, slug) ? progress.lessons[slug] : undefined;
  const best = previous && previous.passed / Math.max(previous.total, 1) > passed / Math.max(total, 1) ? previous : { passed, total };
  const next: LessonProgress = { passed: best.passed, total: best.total, lastAttemptAt: now, attempts: (previous?.attempts ?? 0) + 1 };
  const completedAt = previous?.completedAt ?? (total > 0 && passed === total ? now : undefined);
  if (completedAt !== undefined) next.completedAt = completedAt;
  return { format: 1, lessons: { ...progress.lessons, [slug]: next } };
}

/** Merges imported progress into this browser's: per lesson, the better score and the earlier completion. */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const lessons = { ...mine.lessons };
  for (const [slug, entry] of Object.entries(theirs.lessons)) {
    const own = Object.hasOwn(lessons, slug) ? lessons[slug] : undefined;
    if (!own) {
      lessons[slug] = entry;
      continue;
    }
    const better = entry.passed / Math.max(entry.total, 1) > own.passed / Math.max(own.total, 1) ? entry : own;
    const done = [own.completedAt, entry.completedAt].filter((t): t is number => t !== undefined);
    const merged: LessonProgress = {
      passed: better.passed,
      total: better.total,
      attempts: own.attempts + entry.attempts,
      lastAttemptAt: Math.max(own.lastAttemptAt, entry.lastAttemptAt),
    };
    if (done.length > 0) merged.completedAt = Math.min(...done);
    lessons[slug] = merged;
  }
  return { format: 1, lessons };
}

/** A lesson's score in percent (0 when never checked). */
export function calculateScore(entry: LessonProgress | undefined): number {
  return entry && entry.total > 0 ? Math.round((entry.passed / entry.total) * 100) : 0;
}

/** Progress saved in localStorage, or none. */
export function loadProgress(storage: Pick<Storage, "getItem">): Progress {
  const text = storage.getItem(PROGRESS_KEY);
  if (!text) return createProgress();
  const parsed = parseProgress(text);
  return "error" in parsed ? createProgress() : parsed;
}

/** Saves progress to localStorage; storage that is off or full only loses it for later visits. */
export function saveProgress(storage: Pick<Storage, "setItem">, progress: Progress): void {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Nothing else to do without storage.
  }
}
