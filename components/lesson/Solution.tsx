"use client";

import { useState, type ReactNode } from "react";
import { useLessonRuntime } from "./lesson-runtime";

/**
 * A worked solution behind a disclosure: it opens after `after` presses of
 * Check, or when the learner explicitly asks to see it anyway.
 */
export function Solution({ after, children }: { after: number; children: ReactNode }) {
  const { attempts } = useLessonRuntime();
  const [forced, setForced] = useState(false);
  const unlocked = forced || attempts >= after;
  return (
    <details data-testid="lesson-solution" data-unlocked={unlocked ? "true" : "false"} className="rounded-md border border-[var(--panel-border)] px-3 py-2">
      <summary className="cursor-pointer text-sm text-sky-300">Solution</summary>
      {unlocked ? (
        <div className="mt-2 space-y-3">{children}</div>
      ) : (
        <div className="mt-2 text-sm text-zinc-400">
          <p>
            Try it first: the solution opens after {after} check{after === 1 ? "" : "s"} ({Math.min(attempts, after)} so far).
          </p>
          <button type="button" onClick={() => setForced(true)} className="mt-1 text-sky-300 underline underline-offset-2">
            Show it anyway
          </button>
        </div>
      )}
    </details>
  );
}
