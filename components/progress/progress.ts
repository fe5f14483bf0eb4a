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
  /** The latest result of each check (check id → passed), from Check or live grading. */
  checks?: Record<string, boolean>;
  /** Last time the checks were graded, live or by Check (ms since the epoch). */
  updatedAt?: number;
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

function isCheckRecord(value: unknown): value is Record<string, boolean> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([id, passed]) => /^[a-z0-9][a-z0-9-]*$/.test(id) && typeof passed === "boolean");
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
    (v.completedAt === undefined || (typeof v.completedAt === "number" && Number.isFinite(v.completedAt))) &&
    (v.updatedAt === undefined || (typeof v.updatedAt === "number" && Number.isFinite(v.updatedAt))) &&
    (v.checks === undefined || isCheckRecord(v.checks))
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
    const { passed, total, lastAttemptAt, attempts, completedAt, checks, updatedAt } = entry;
    const copy: LessonProgress = { passed, total, lastAttemptAt, attempts };
    if (completedAt !== undefined) copy.completedAt = completedAt;
    if (checks !== undefined) copy.checks = { ...checks };
    if (updatedAt !== undefined) copy.updatedAt = updatedAt;
    out.lessons[slug] = copy;
  }
  return out;
}

/** Records one press of Check: keeps the best score, counts the attempt, stamps the first completion; `checks` are the per-check results. */
export function dispatchAttempt(progress: Progress, slug: string, passed: number, total: number, now: number, checks?: Record<string, boolean>): Progress {
  return record(progress, slug, passed, total, now, checks, true);
}

/** Records a live grading (after a command or a file save): like a Check press, but not counted as an attempt. */
export function dispatchResults(progress: Progress, slug: string, checks: Record<string, boolean>, now: number): Progress {
  const values = Object.values(checks);
  return record(progress, slug, values.filter(Boolean).length, values.length, now, checks, false);
}

function record(progress: Progress, slug: string, passed: number, total: number, now: number, checks: Record<string, boolean> | undefined, attempt: boolean): Progress {
  const previous = Object.hasOwn(progress.lessons, slug) ? progress.lessons[slug] : undefined;
  const best = previous && previous.passed / Math.max(previous.total, 1) > passed / Math.max(total, 1) ? previous : { passed, total };
  const next: LessonProgress = {
    passed: best.passed,
    total: best.total,
    lastAttemptAt: attempt ? now : (previous?.lastAttemptAt ?? 0),
    attempts: (previous?.attempts ?? 0) + (attempt ? 1 : 0),
    updatedAt: now,
  };
  const completedAt = previous?.completedAt ?? (total > 0 && passed === total ? now : undefined);
  if (completedAt !== undefined) next.completedAt = completedAt;
  const latest = checks ?? previous?.checks;
  if (latest !== undefined) next.checks = { ...latest };
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
    const newer = (entry.updatedAt ?? 0) > (own.updatedAt ?? 0) ? entry : own;
    if (newer.checks !== undefined) merged.checks = { ...newer.checks };
    if (newer.updatedAt !== undefined) merged.updatedAt = newer.updatedAt;
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
