"use client";

import { useCallback, useEffect, useId, useState } from "react";
import { formatChallengeLink, parseChallengeLink, parseSharedChallenge } from "./challenge-codec";
import { createEmptyDraft, formatChallengeDraft, parseChallengeDraft, type ChallengeDraft } from "./challenge-draft";
import { CheckEditor } from "./CheckEditor";
import { BUTTON, CODE_INPUT, INPUT, LABEL, NOTE, PRIMARY } from "./builder-styles";

const DRAFT_KEY = "dockyard:challenge-builder:draft";

/** The play view's address for a payload (the fragment never reaches a server). */
function playUrl(payload: string): string {
  return `${window.location.origin}/challenges/play#${payload}`;
}

function loadSavedDraft(): ChallengeDraft | undefined {
  try {
    const raw = window.localStorage.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as unknown;
    // Saved when it was last tried or shared, so it is a whole challenge; validated again like a link.
    const valid = parseSharedChallenge(data);
    return valid.ok ? formatChallengeDraft(valid.challenge) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The challenge builder (issue 6 §7, like Learn Git Branching's level
 * builder): title, text, starting files, setup commands and checks from the
 * vocabulary; "Try it" opens the play view with the draft, "Copy link" shares
 * it. The draft travels in the URL fragment (challenge-codec.ts).
 */
export function ChallengeBuilder() {
  const id = useId();
  const [draft, setDraft] = useState<ChallengeDraft>(createEmptyDraft);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [link, setLink] = useState("");

  // Open the draft a link carries (Edit from the play view, Back from Try it), else the last one saved here.
  useEffect(() => {
    const hash = window.location.hash;
    if (hash.length > 1) {
      void parseChallengeLink(hash).then((r) => {
        if (r.ok) setDraft(formatChallengeDraft(r.challenge));
        else setStatus({ error: true, text: r.error });
      });
      return;
    }
    const saved = loadSavedDraft();
    if (saved) setDraft(saved);
  }, []);

  const update = useCallback((next: Partial<ChallengeDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setLink("");
  }, []);

  const encode = useCallback(async (): Promise<string | undefined> => {
    const challenge = parseChallengeDraft(draft);
    const r = await formatChallengeLink(challenge);
    if (!r.ok) {
      setStatus({ error: true, text: r.error });
      return undefined;
    }
    try {
      window.localStorage.setItem(DRAFT_KEY, JSON.stringify(challenge));
    } catch {
      // Storage full or blocked: the link still carries the draft.
    }
    window.history.replaceState(null, "", `#${r.payload}`);
    return r.payload;
  }, [draft]);

  const tryIt = useCallback(async () => {
    const payload = await encode();
    if (payload) window.location.assign(playUrl(payload));
  }, [encode]);

  const copyLink = useCallback(async () => {
    const payload = await encode();
    if (!payload) return;
    const url = playUrl(payload);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ error: false, text: `Link copied (${url.length} characters).` });
    } catch {
      setStatus({ error: false, text: `Link ready below (${url.length} characters); copy it from the field.` });
    }
  }, [encode]);

  const setFile = (i: number, change: Partial<{ path: string; content: string }>) =>
    update({ files: draft.files.map((f, j) => (j === i ? { ...f, ...change } : f)) });

  return (
    <form className="space-y-8" onSubmit={(e) => e.preventDefault()} aria-label="Challenge builder">
      <section className="space-y-3" aria-labelledby={`${id}-about`}>
        <h2 id={`${id}-about`} className="text-lg font-semibold text-zinc-100">
          The challenge
        </h2>
        <div>
          <label htmlFor={`${id}-title`} className={LABEL}>
            Title (3 to 80 characters)
          </label>
          <input id={`${id}-title`} className={INPUT} value={draft.title} onChange={(e) => update({ title: e.target.value })} data-testid="builder-title" />
        </div>
        <div>
          <label htmlFor={`${id}-summary`} className={LABEL}>
            Summary (one or two sentences, 10 to 240 characters)
          </label>
          <input id={`${id}-summary`} className={INPUT} value={draft.summary} onChange={(e) => update({ summary: e.target.value })} data-testid="builder-summary" />
        </div>
        <div>
          <label htmlFor={`${id}-text`} className={LABEL}>
            Text (markdown: the goal, and what the learner starts from)
          </label>
          <textarea id={`${id}-text`} className={CODE_INPUT} rows={6} value={draft.text} onChange={(e) => update({ text: e.target.value })} data-testid="builder-text" />
        </div>
      </section>

      <section className="space-y-3" aria-labelledby={`${id}-files`}>
        <h2 id={`${id}-files`} className="text-lg font-semibold text-zinc-100">
          Starting files
        </h2>
        {draft.files.length === 0 ? <p className="text-sm text-zinc-400">No files: the workspace starts empty.</p> : null}
        {draft.files.map((file, i) => (
          <div key={i} className="space-y-2 rounded-lg border border-[var(--panel-border)] p-3" data-testid="builder-file">
            <label htmlFor={`${id}-path-${i}`} className={LABEL}>
              Path of file {i + 1} (in the workspace, e.g. app/Dockerfile)
            </label>
            <input id={`${id}-path-${i}`} className={CODE_INPUT} value={file.path} onChange={(e) => setFile(i, { path: e.target.value })} />
            <label htmlFor={`${id}-content-${i}`} className={LABEL}>
              Content of file {i + 1}
            </label>
            <textarea id={`${id}-content-${i}`} className={CODE_INPUT} rows={6} value={file.content} onChange={(e) => setFile(i, { content: e.target.value })} />
            <button type="button" className={BUTTON} onClick={() => update({ files: draft.files.filter((_, j) => j !== i) })}>
              Delete file {i + 1}
            </button>
          </div>
        ))}
        <button type="button" className={BUTTON} onClick={() => update({ files: [...draft.files, { path: `file-${draft.files.length + 1}.txt`, content: "" }] })}>
          Add a file
        </button>
      </section>

      <section className="space-y-3" aria-labelledby={`${id}-commands`}>
        <h2 id={`${id}-commands`} className="text-lg font-semibold text-zinc-100">
          Commands
        </h2>
        <div>
          <label htmlFor={`${id}-setup`} className={LABEL}>
            Setup: commands replayed before the learner starts, one per line
          </label>
          <textarea id={`${id}-setup`} className={CODE_INPUT} rows={3} value={draft.setup} onChange={(e) => update({ setup: e.target.value })} data-testid="builder-setup" />
          <span className={NOTE}>For example a broken container already running: docker run -d --name broken -p 5000:5111 app</span>
        </div>
        <div>
          <label htmlFor={`${id}-solution`} className={LABEL}>
            Your solution (optional, one command per line; kept in the link for editing)
          </label>
          <textarea id={`${id}-solution`} className={CODE_INPUT} rows={3} value={draft.solution} onChange={(e) => update({ solution: e.target.value })} />
        </div>
      </section>

      <section className="space-y-3" aria-labelledby={`${id}-checks`}>
        <h2 id={`${id}-checks`} className="text-lg font-semibold text-zinc-100">
          Checks
        </h2>
        <p className="text-sm text-zinc-400">Picked from the check vocabulary and graded on the engine&apos;s state, never on what was typed.</p>
        {draft.checks.map((check, i) => (
          <CheckEditor
            key={i}
            index={i}
            check={check}
            onChange={(c) => update({ checks: draft.checks.map((x, j) => (j === i ? c : x)) })}
            onRemove={() => update({ checks: draft.checks.filter((_, j) => j !== i) })}
          />
        ))}
        <button
          type="button"
          className={BUTTON}
          onClick={() => update({ checks: [...draft.checks, { id: `check-${draft.checks.length + 1}`, title: "", kind: "container-running", values: {}, hints: "" }] })}
        >
          Add a check
        </button>
      </section>

      <section className="sticky bottom-0 space-y-3 border-t border-[var(--panel-border)] bg-[var(--surface)] py-4" aria-label="Try and share">
        <div className="flex flex-wrap gap-2">
          <button type="button" className={PRIMARY} onClick={() => void tryIt()} data-testid="builder-try">
            Try it
          </button>
          <button type="button" className={BUTTON} onClick={() => void copyLink()} data-testid="builder-copy">
            Copy link
          </button>
        </div>
        <p role="status" aria-live="polite" className={`text-sm ${status?.error ? "text-rose-400" : "text-zinc-300"}`} data-testid="builder-status">
          {status?.text ?? ""}
        </p>
        {link ? (
          <div>
            <label htmlFor={`${id}-link`} className={LABEL}>
              Share link
            </label>
            <input id={`${id}-link`} className={CODE_INPUT} readOnly value={link} onFocus={(e) => e.target.select()} data-testid="builder-link" />
          </div>
        ) : null}
      </section>
    </form>
  );
}
