"use client";

import { dispatchRunCommand } from "./run-command";

/** A button that types a command into the terminal and runs it; `label` is what it shows (the command by default). */
export function RunButton({ command, compact = false }: { command: string; compact?: boolean }) {
  return (
    <button
      type="button"
      data-testid="run-command"
      aria-label={`Run: ${command}`}
      title="Type this into the terminal and run it"
      onClick={() => dispatchRunCommand(command)}
      className={
        compact
          ? "ml-auto shrink-0 rounded px-1.5 py-0.5 font-sans text-[11px] text-sky-300 ring-1 ring-sky-400/30 hover:bg-sky-400/10 focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:outline-none"
          : "flex w-full items-center gap-2 rounded-md bg-black/30 px-3 py-2 text-left font-mono text-[13px] text-zinc-200 ring-1 ring-[var(--panel-border)] hover:ring-sky-400/50 focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:outline-none"
      }
    >
      {compact ? (
        "Run"
      ) : (
        <>
          <span aria-hidden="true" className="text-sky-400">
            ▶
          </span>
          <span className="min-w-0 flex-1 break-all">{command}</span>
          <span className="shrink-0 font-sans text-[11px] text-sky-300">Run</span>
        </>
      )}
    </button>
  );
}
