"use client";

import { useState } from "react";
import type { Attempt } from "./attempt-repo";

export interface AttemptsPanelProps {
  attempts: Attempt[];
  error: string | null;
  diff: (oid: string) => Promise<string>;
  onResetToStarter: () => void;
}

function lineClass(line: string): string {
  if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ")) return "text-zinc-400 font-semibold";
  if (line.startsWith("+")) return "bg-emerald-400/10 text-emerald-300";
  if (line.startsWith("-")) return "bg-rose-400/10 text-rose-300";
  if (line.startsWith("@@")) return "text-sky-300";
  return "text-zinc-400";
}

/** The attempts history (a commit per Check) with each one's diff, and "reset to starter". */
export function AttemptsPanel({ attempts, error, diff, onResetToStarter }: AttemptsPanelProps) {
  const [open, setOpen] = useState<{ oid: string; text: string } | null>(null);

  const show = async (oid: string) => {
    if (open?.oid === oid) {
      setOpen(null);
      return;
    }
    setOpen({ oid, text: await diff(oid) });
  };

  return (
    <div className="h-full overflow-y-auto p-3" data-testid="attempts">
      <div className="flex items-center gap-2">
        <p className="text-xs text-zinc-400">Each Check commits your files as an attempt.</p>
        <button
          type="button"
          onClick={onResetToStarter}
          data-testid="reset-to-starter"
          className="ml-auto shrink-0 rounded px-2 py-1 text-[11px] text-zinc-400 ring-1 ring-[var(--panel-border)] hover:bg-white/5 hover:text-zinc-100 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
        >
          Reset to starter
        </button>
      </div>
      {error ? <p className="mt-2 text-xs text-rose-400">Attempts are unavailable: {error}</p> : null}
      <ol className="mt-3 grid grid-cols-1 gap-1.5">
        {attempts.map((attempt) => (
          <li key={attempt.oid} data-testid="attempt">
            <button
              type="button"
              aria-expanded={open?.oid === attempt.oid}
              onClick={() => void show(attempt.oid)}
              className="flex w-full items-baseline gap-2 rounded-md border border-[var(--panel-border)] bg-[var(--panel)] px-2.5 py-1.5 text-left text-xs hover:border-sky-400/40 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
            >
              <span className="font-mono text-[11px] text-amber-300">{attempt.oid.slice(0, 7)}</span>
              <span className="min-w-0 flex-1 truncate text-zinc-200">{attempt.message}</span>
              <time className="shrink-0 text-[10px] text-zinc-500" dateTime={new Date(attempt.timestamp * 1000).toISOString()}>
                {new Date(attempt.timestamp * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
              </time>
            </button>
            {open?.oid === attempt.oid ? (
              <pre className="mt-1 overflow-x-auto rounded-md border border-[var(--panel-border)] bg-[var(--pre-bg)] py-1.5 font-mono text-[11px] leading-snug" data-testid="attempt-diff">
                {open.text === "" ? (
                  <span className="px-2 text-zinc-500">No changes.</span>
                ) : (
                  open.text
                    .trimEnd()
                    .split("\n")
                    .map((line, i) => (
                      <span key={i} className={`block px-2 ${lineClass(line)}`}>
                        {line || " "}
                      </span>
                    ))
                )}
              </pre>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
