"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { calculateScore, createProgress, loadProgress, mergeProgress, parseProgress, saveProgress, type Progress } from "./progress";
import { calculateResultsExport } from "./results-export";

/** A lesson as the board lists it (from the server's lesson index). */
export interface BoardLesson {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  track: string;
}

/** Tracks and lessons with this browser's completion and scores, and export/import of progress as a file. */
export function ProgressBoard({ lessons }: { lessons: BoardLesson[] }) {
  const [progress, setProgress] = useState<Progress>(createProgress);
  const [message, setMessage] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => setProgress(loadProgress(window.localStorage)), []);

  const tracks = [...new Set(lessons.map((l) => l.track))];

  const download = (value: unknown, name: string) => {
    const blob = new Blob([JSON.stringify(value, null, 2)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.click();
    URL.revokeObjectURL(url);
  };
  const exportFile = () => download(progress, "dockyard-progress.json");
  /** For an instructor: every lesson's per-check results, score, attempts and timestamps. */
  const exportResults = () => download(calculateResultsExport(progress, lessons, Date.now()), "dockyard-results.json");

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const parsed = parseProgress(await file.text());
    if ("error" in parsed) {
      setMessage(parsed.error);
      return;
    }
    const merged = mergeProgress(loadProgress(window.localStorage), parsed);
    saveProgress(window.localStorage, merged);
    setProgress(merged);
    setMessage(`Imported progress for ${Object.keys(parsed.lessons).length} lesson(s).`);
  };

  const button =
    "rounded-lg px-3 py-1.5 text-sm text-zinc-300 ring-1 ring-[var(--panel-border)] hover:bg-white/5 hover:text-zinc-100 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none";

  return (
    <div data-testid="progress-board">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={button} onClick={exportFile} data-testid="progress-export">
          Export progress
        </button>
        <button type="button" className={button} onClick={exportResults} data-testid="results-export" title="Per lesson: checks passed and failed, score, attempts and times, as a JSON file to hand in">
          Export results
        </button>
        <button type="button" className={button} onClick={() => fileRef.current?.click()} data-testid="progress-import">
          Import progress
        </button>
        <input ref={fileRef} type="file" accept="application/json,.json" className="hidden" onChange={(e) => void importFile(e)} aria-label="Progress file to import" />
        {message ? (
          <p className="text-sm text-zinc-400" role="status">
            {message}
          </p>
        ) : null}
      </div>
      {tracks.map((track) => {
        const items = lessons.filter((l) => l.track === track);
        const done = items.filter((l) => Object.hasOwn(progress.lessons, l.slug) && progress.lessons[l.slug]?.completedAt !== undefined).length;
        return (
          <section key={track} className="mt-8" aria-label={track}>
            <h2 className="flex items-baseline gap-3 text-lg font-semibold text-zinc-100">
              {track}
              <span className="text-sm font-normal text-zinc-500">
                {done} of {items.length} complete
              </span>
            </h2>
            <ol className="mt-3 grid gap-2">
              {items.map((lesson) => {
                const entry = Object.hasOwn(progress.lessons, lesson.slug) ? progress.lessons[lesson.slug] : undefined;
                const score = calculateScore(entry);
                return (
                  <li key={lesson.slug}>
                    <Link
                      href={`/lessons/${lesson.slug}`}
                      data-testid="progress-lesson"
                      data-complete={entry?.completedAt !== undefined ? "true" : "false"}
                      className="flex items-center gap-4 rounded-xl border border-[var(--panel-border)] bg-[var(--panel)] p-4 hover:border-sky-400/40 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
                    >
                      <span className="min-w-0 flex-1">
                        <span className="block font-medium text-zinc-100">{lesson.title}</span>
                        <span className="mt-0.5 block text-sm text-zinc-400">{lesson.summary}</span>
                      </span>
                      <span className="shrink-0 text-right text-xs text-zinc-400">
                        {entry ? (
                          <>
                            <span className={entry.completedAt !== undefined ? "text-emerald-400" : "text-amber-300"}>
                              {entry.completedAt !== undefined ? "Complete" : "In progress"}
                            </span>
                            <span className="block">
                              {score}% · {entry.attempts} check{entry.attempts === 1 ? "" : "s"}
                            </span>
                          </>
                        ) : (
                          <span>Not started · {lesson.minutes} min</span>
                        )}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
