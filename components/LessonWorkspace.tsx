"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Check, CheckResult, World } from "@/simulator";
import { WallClock } from "./wall-clock";
import { listWorkspaceFiles } from "./workspace-files";
import { CheckPanel } from "./CheckPanel";

type Engine = typeof import("@/simulator");

function PanelLoading({ label }: { label: string }) {
  return (
    <div className="flex h-full items-center gap-2 px-4 font-mono text-xs text-zinc-500" role="status">
      <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-sky-400" aria-hidden="true" />
      {label}
    </div>
  );
}

// xterm and Monaco are big and browser-only: keep them out of the first load.
const Terminal = dynamic(() => import("./Terminal"), {
  ssr: false,
  loading: () => <PanelLoading label="Starting terminal…" />,
});
const CodeEditor = dynamic(() => import("./CodeEditor"), {
  ssr: false,
  loading: () => <PanelLoading label="Loading editor…" />,
});

interface Session {
  world: World;
  generation: number;
}

function randomSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

export interface LessonWorkspaceProps {
  slug: string;
  files: Record<string, string>;
  checks: Check[];
  /** The lesson text, rendered on the server. */
  lessonPane: ReactNode;
}

/**
 * The interactive half of a lesson: one simulated world shared by the editor,
 * the terminal and the checks. The engine itself is loaded after the page.
 */
export function LessonWorkspace({ slug, files, checks, lessonPane }: LessonWorkspaceProps) {
  const engineRef = useRef<Engine | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [fsVersion, setFsVersion] = useState(0);
  const [results, setResults] = useState<CheckResult[] | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);

  const newSession = useCallback(
    (engine: Engine, generation: number): Session => {
      const clock = new WallClock();
      return {
        // The workspace stamps files with the world's clock, so `ls -l` shows real times.
        world: engine.createWorld({ workspace: engine.createMemoryFs(files, () => clock.now()), clock, seed: randomSeed(), tty: true }),
        generation,
      };
    },
    [files],
  );

  useEffect(() => {
    let cancelled = false;
    import("@/simulator").then(
      (engine) => {
        if (cancelled) return;
        engineRef.current = engine;
        setSession(newSession(engine, 0));
      },
      (error: unknown) => {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [newSession]);

  const onCommand = useCallback(() => setFsVersion((v) => v + 1), []);

  const runChecks = useCallback(() => {
    const engine = engineRef.current;
    if (!engine || !session) return;
    try {
      setResults(engine.gradeChecks(checks, session.world.snapshot()));
      setCheckError(null);
    } catch (error) {
      setResults(null);
      setCheckError(error instanceof Error ? error.message : String(error));
    }
  }, [checks, session]);

  const reset = useCallback(() => {
    const engine = engineRef.current;
    if (!engine || !session) return;
    if (!window.confirm("Reset this lesson? Your files, containers and images go back to how the lesson started.")) {
      return;
    }
    setSession(newSession(engine, session.generation + 1));
    setResults(null);
    setCheckError(null);
    setFsVersion((v) => v + 1);
  }, [newSession, session]);

  // fsVersion is the signal that the shell may have changed the files.
  const workspaceFiles = useMemo(
    () => (session && fsVersion >= 0 ? listWorkspaceFiles(session.world.workspace) : []),
    [session, fsVersion],
  );
  const hasFiles = workspaceFiles.length > 0;

  return (
    <>
      <section
        aria-label="Lesson"
        className="flex min-h-0 flex-col border-[var(--panel-border)] lg:border-r"
        data-lesson={slug}
      >
        <div className="min-h-0 flex-1 overflow-y-auto">{lessonPane}</div>
        <CheckPanel
          results={results}
          error={checkError}
          disabled={!session}
          checkCount={checks.length}
          onCheck={runChecks}
        />
      </section>

      <section aria-label="Workspace" className="flex min-h-0 flex-col bg-[#0b0d12]">
        <div
          className={`flex min-h-0 flex-col border-b border-[var(--panel-border)] ${
            hasFiles ? "h-[22rem] lg:h-auto lg:flex-[3]" : "shrink-0"
          }`}
        >
          {!session ? (
            <PanelLoading label={loadError ? `Could not start the engine: ${loadError}` : "Starting the engine…"} />
          ) : hasFiles ? (
            <CodeEditor
              key={session.generation}
              fs={session.world.workspace}
              files={workspaceFiles}
              version={fsVersion}
              modelScope={`${slug}/${session.generation}`}
            />
          ) : (
            <div className="flex items-center gap-3 bg-[var(--panel)] px-4 py-3" data-testid="editor-empty">
              <svg viewBox="0 0 20 20" className="h-4 w-4 shrink-0 text-zinc-500" aria-hidden="true">
                <path
                  fill="currentColor"
                  d="M4 2.5A1.5 1.5 0 0 1 5.5 1h6.09a1.5 1.5 0 0 1 1.06.44l3.41 3.41c.28.28.44.66.44 1.06V17.5a1.5 1.5 0 0 1-1.5 1.5h-9.5A1.5 1.5 0 0 1 4 17.5zm7 .5v3.5c0 .28.22.5.5.5H15z"
                />
              </svg>
              <p className="text-xs leading-relaxed text-zinc-400">
                <span className="text-zinc-200">No files in this lesson.</span> Everything happens in the terminal;
                files you create there (try <code className="font-mono text-sky-300">echo hi &gt; notes.txt</code>)
                open here.
              </p>
            </div>
          )}
        </div>

        <div className="flex h-[26rem] min-h-0 flex-col lg:h-auto lg:flex-[2]">
          <div className="flex h-9 shrink-0 items-center gap-3 border-b border-[var(--panel-border)] bg-[var(--panel)] px-3">
            <span className="flex items-center gap-2 text-xs font-medium text-zinc-300">
              <span className="font-mono text-sky-400" aria-hidden="true">
                &gt;_
              </span>
              Terminal
            </span>
            <span className="hidden text-[11px] text-zinc-600 sm:inline">↑/↓ history · Ctrl+C cancel · Ctrl+L clear</span>
            <button
              type="button"
              onClick={reset}
              disabled={!session}
              aria-label="Reset lesson to its starting state"
              className="ml-auto rounded px-2 py-1 text-[11px] text-zinc-400 transition-colors hover:bg-white/5 hover:text-zinc-100 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none disabled:opacity-40"
            >
              Reset
            </button>
          </div>
          <div className="min-h-0 flex-1">
            {session ? (
              <Terminal key={session.generation} world={session.world} onCommand={onCommand} />
            ) : (
              <PanelLoading label="Starting terminal…" />
            )}
          </div>
        </div>
      </section>
    </>
  );
}
