"use client";

import { useEffect, useState } from "react";
import type { CheckResult, Diagnostic } from "@/simulator";

export interface CheckPanelProps {
  results: CheckResult[] | null;
  error: string | null;
  disabled: boolean;
  checkCount: number;
  onCheck: () => void;
  /** The reference solution's commands, revealed after `revealAfter` checks that did not pass everything. */
  solution?: string[];
  /** Failed attempts so far (counted here when not given). */
  attempts?: number;
  revealAfter?: number;
  /** Misconception hints computed from the engine state (calculateDiagnostics). */
  diagnostics?: Diagnostic[];
}

/** The next hint of a failing check, one more per click (up to its three). */
function Hints({ hints }: { hints: string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <span className="mt-1 block">
      {hints.slice(0, shown).map((hint, i) => (
        <span key={i} data-testid="check-hint" className="mt-0.5 block text-xs leading-relaxed text-amber-200/80">
          Hint {i + 1}: <Detail text={hint} />
        </span>
      ))}
      {shown < hints.length ? (
        <button
          type="button"
          data-testid="show-hint"
          onClick={() => setShown(shown + 1)}
          className="mt-0.5 text-xs text-sky-300 underline-offset-2 hover:underline"
        >
          {shown === 0 ? "Show a hint" : "Another hint"} ({shown + 1}/{hints.length})
        </button>
      ) : null}
    </span>
  );
}

function Mark({ passed }: { passed: boolean }) {
  return passed ? (
    <svg viewBox="0 0 16 16" className="h-4 w-4 text-emerald-400" role="img" aria-label="Passed">
      <path
        fill="currentColor"
        d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1m3.03 4.47a.75.75 0 0 0-1.06 0L7 8.44 5.78 7.22a.75.75 0 0 0-1.06 1.06l1.75 1.75a.75.75 0 0 0 1.06 0l3.5-3.5a.75.75 0 0 0 0-1.06"
      />
    </svg>
  ) : (
    <svg viewBox="0 0 16 16" className="h-4 w-4 text-rose-400" role="img" aria-label="Not yet">
      <path
        fill="currentColor"
        d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1M5.97 4.91a.75.75 0 0 0-1.06 1.06L6.94 8l-2.03 2.03a.75.75 0 1 0 1.06 1.06L8 9.06l2.03 2.03a.75.75 0 0 0 1.06-1.06L9.06 8l2.03-2.03a.75.75 0 0 0-1.06-1.06L8 6.94z"
      />
    </svg>
  );
}

/** Shows `backticked` parts of a grader message as code. */
function Detail({ text }: { text: string }) {
  const parts = text.split(/(`[^`\n]+`)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.length > 2 && part.startsWith("`") && part.endsWith("`") ? (
          <code key={i} className="rounded bg-white/5 px-1 font-mono text-[0.95em] text-zinc-300">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** The "Check my work" bar under the lesson text, and what the grader said. */
export function CheckPanel({ results, error, disabled, checkCount, onCheck, solution, attempts, revealAfter = 3, diagnostics = [] }: CheckPanelProps) {
  const passed = results?.filter((r) => r.passed).length ?? 0;
  const allPassed = results !== null && results.length > 0 && passed === results.length;
  const [counted, setCounted] = useState(0);
  useEffect(() => {
    if (results !== null && !allPassed) setCounted((n) => n + 1);
  }, [results, allPassed]);
  const failedAttempts = attempts ?? counted;
  const points = results?.reduce((sum, r) => sum + (r.points ?? (r.passed ? 1 : 0)), 0) ?? 0;
  const maxPoints = results?.reduce((sum, r) => sum + (r.maxPoints ?? 1), 0) ?? 0;
  const showSolution = solution !== undefined && solution.length > 0 && !allPassed && failedAttempts >= revealAfter;

  let summary: string;
  if (error) summary = "The checks could not run.";
  else if (results === null)
    summary =
      checkCount > 0
        ? "Follow the steps, then check your work."
        : "This lesson has no checks. Explore as much as you like.";
  else if (allPassed) summary = "All checks passed. Nice work!";
  else summary = `${passed} of ${results.length} checks passed${maxPoints !== results.length ? ` (${points} of ${maxPoints} points)` : ""}.`;

  return (
    <div className="shrink-0 border-t border-[var(--panel-border)] bg-[var(--panel)]">
      {results !== null || error ? (
        <div className="max-h-56 overflow-y-auto px-5 pt-4" aria-live="polite">
          {error ? (
            <p className="rounded-md border border-rose-500/30 bg-rose-500/10 px-3 py-2 text-sm text-rose-200">
              {error}
            </p>
          ) : (
            <ul data-testid="check-results" className="space-y-2">
              {(results ?? []).map((result) => (
                <li
                  key={result.id}
                  data-testid="check-result"
                  data-passed={result.passed ? "true" : "false"}
                  className="flex items-start gap-2.5 text-sm"
                >
                  <span className="mt-0.5 shrink-0">
                    <Mark passed={result.passed} />
                  </span>
                  <span className="min-w-0">
                    <span className={`block font-medium ${result.passed ? "text-zinc-200" : "text-zinc-100"}`}>
                      {result.title}
                    </span>
                    {result.detail ? (
                      <span className="mt-0.5 block text-xs leading-relaxed break-words text-zinc-500">
                        <Detail text={result.detail} />
                      </span>
                    ) : null}
                    {!result.passed ? <Hints key={`${result.id}-hints`} hints={result.hints ?? []} /> : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {diagnostics.length > 0 ? (
            <ul data-testid="diagnostics" className="mt-3 space-y-1.5">
              {diagnostics.map((d) => (
                <li key={`${d.id}-${d.subject}`} className="rounded-md border border-amber-400/20 bg-amber-400/5 px-3 py-2 text-xs leading-relaxed text-amber-100/90">
                  <Detail text={d.message} />
                </li>
              ))}
            </ul>
          ) : null}
          {showSolution ? (
            <details data-testid="solution" className="mt-3 mb-1 text-xs text-zinc-400">
              <summary className="cursor-pointer text-sky-300">Show a solution</summary>
              <pre className="mt-2 overflow-x-auto rounded-md bg-black/30 p-2 font-mono text-zinc-300">{solution.join("\n")}</pre>
            </details>
          ) : null}
        </div>
      ) : null}
      <div className="flex items-center gap-4 px-5 py-3">
        <p
          className={`min-w-0 flex-1 text-sm ${allPassed ? "font-medium text-emerald-300" : "text-zinc-400"}`}
          data-testid="check-summary"
        >
          {summary}
        </p>
        <button
          type="button"
          data-testid="check"
          onClick={onCheck}
          disabled={disabled || checkCount === 0}
          title="Grade the current state of your workspace and engine"
          className="shrink-0 rounded-lg bg-sky-400 px-4 py-2 text-sm font-semibold text-zinc-950 transition-colors hover:bg-sky-300 focus-visible:ring-2 focus-visible:ring-sky-200 focus-visible:ring-offset-2 focus-visible:ring-offset-[var(--panel)] focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-50"
        >
          {results === null ? "Check" : "Check again"}
        </button>
      </div>
    </div>
  );
}
