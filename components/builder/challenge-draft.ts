import type { SharedChallenge } from "./challenge-codec";
import { formatDraftCheck, parseDraftCheck, type DraftCheck } from "./check-fields";

/** One starting file as the builder edits it. */
export interface DraftFile {
  path: string;
  content: string;
}

/** A challenge as the builder's form holds it (commands and hints as one line each). */
export interface ChallengeDraft {
  title: string;
  summary: string;
  text: string;
  files: DraftFile[];
  setup: string;
  solution: string;
  checks: DraftCheck[];
}

/** A fresh draft: one container-running check to fill in. */
export function createEmptyDraft(): ChallengeDraft {
  return { title: "", summary: "", text: "", files: [], setup: "", solution: "", checks: [{ id: "check-1", title: "", kind: "container-running", values: {}, hints: "" }] };
}

function lines(text: string): string[] {
  return text.split("\n").map((s) => s.trim()).filter((s) => s !== "");
}

/** `app/Dockerfile` or `/app/Dockerfile` → `/app/Dockerfile` (the codec rejects anything else as a path). */
function normalizePath(path: string): string {
  const trimmed = path.trim();
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** The builder's form → challenge data (validated later, by the codec). */
export function parseChallengeDraft(draft: ChallengeDraft): SharedChallenge {
  const files: Record<string, string> = {};
  for (const f of draft.files) files[normalizePath(f.path)] = f.content;
  const solution = lines(draft.solution);
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    text: draft.text,
    files,
    setup: lines(draft.setup),
    checks: draft.checks.map(parseDraftCheck),
    ...(solution.length > 0 ? { solution } : {}),
  };
}

/** Challenge data (from a link) → the builder's form. */
export function formatChallengeDraft(challenge: SharedChallenge): ChallengeDraft {
  return {
    title: challenge.title,
    summary: challenge.summary,
    text: challenge.text,
    files: Object.entries(challenge.files).map(([path, content]) => ({ path, content })),
    setup: challenge.setup.join("\n"),
    solution: (challenge.solution ?? []).join("\n"),
    checks: challenge.checks.map(formatDraftCheck),
  };
}
