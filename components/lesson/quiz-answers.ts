/**
 * Quiz answers per workspace, kept in this browser beside the workspace's
 * engine state and merged into the snapshot the grader reads (its `quiz`
 * field, graded by quiz-answer checks): never read from terminal text.
 */

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Where one workspace's answers are kept in localStorage. */
export function quizStorageKey(scope: string): string {
  return `dockyard-quiz:${scope}`;
}

/** Saved answers, or none; anything malformed reads as no answers (a null-prototype record, safe for any question id). */
export function parseQuizAnswers(text: string | null): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (!text) return out;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return out;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return out;
  for (const [id, choice] of Object.entries(value)) if (ID.test(id) && typeof choice === "string" && ID.test(choice)) out[id] = choice;
  return out;
}

/** Records one answer (a new record; the last answer to a question wins). */
export function dispatchQuizAnswer(answers: Record<string, string>, question: string, choice: string): Record<string, string> {
  const out = Object.assign(Object.create(null) as Record<string, string>, answers);
  if (ID.test(question) && ID.test(choice)) out[question] = choice;
  return out;
}
