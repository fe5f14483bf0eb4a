"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Check, CheckResult } from "@/simulator";
import { listWorkspaceFiles } from "./workspace-files";
import { CheckPanel } from "./CheckPanel";
import { SplitPane } from "./layout/SplitPane";
import { FileTree } from "./FileTree";
import { useWorkspaceSession } from "./use-workspace-session";
import { dispatchAttempt, loadProgress, saveProgress } from "./progress/progress";
import { useAttempts } from "./git/use-attempts";
import { replaceWorkspaceFiles } from "./session/workspace-sync";
import { LessonRuntimeContext, type LessonRuntime } from "./lesson/lesson-runtime";
import { useLiveGrading } from "./lesson/use-live-grading";

function PanelLoading({ label }: { label: string }) {
  return (
    <div className="flex h-full items-center gap-2 px-4 font-mono text-xs text-zinc-500" role="status">
      <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-sky-400" aria-hidden="true" />
      {label}
    </div>
  );
}

// xterm, Monaco and the engine are big and browser-only: keep them out of the first load.
// The terminal's code is fetched as soon as this module runs in the browser, not after hydration.
if (typeof window !== "undefined") void import("./Terminal");
/**
 * The engine loads once the terminal takes input (it keeps what is typed
 * meanwhile), so evaluating its chunk does not hold up the terminal; at the
 * latest this long after the workspace mounts.
 */
const ENGINE_WAIT_MS = 1200;
const Terminal = dynamic(() => import("./Terminal"), { ssr: false, loading: () => <PanelLoading label="Starting terminal…" /> });
const CodeEditor = dynamic(() => import("./CodeEditor"), { ssr: false, loading: () => <PanelLoading label="Loading editor…" /> });
const EngineView = dynamic(() => import("./engine-view/EngineView").then((m) => m.EngineView), {
  ssr: false,
  loading: () => <PanelLoading label="Starting the engine…" />,
});
const AttemptsPanel = dynamic(() => import("./git/AttemptsPanel").then((m) => m.AttemptsPanel), { ssr: false });
const BrowserPreview = dynamic(() => import("./BrowserPreview"), { ssr: false, loading: () => <PanelLoading label="Opening preview…" /> });

export interface LessonWorkspaceProps {
  /** Names this workspace's saved state in the browser (`lesson:first-container`, `sandbox`). */
  scope: string;
  slug?: string;
  files: Record<string, string>;
  /** The lesson's checks; none in the sandbox. */
  checks: Check[];
  /** Commands replayed on a fresh start (the exercise's setup.sh). */
  setup?: readonly string[];
  /** The lesson text, rendered on the server. */
  lessonPane: ReactNode;
  /** The lesson pane's accessible name. */
  lessonLabel?: string;
}

const COLUMNS = ["Lesson", "Workspace", "Engine"];
const BUTTON =
  "rounded px-2 py-1 text-[11px] text-zinc-400 transition-colors hover:bg-white/5 hover:text-zinc-100 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none disabled:opacity-40";

/**
 * The workspace: lesson text | editor and terminal | engine view and preview,
 * in resizable panes (tabs below 1024 px), over one simulated world that
 * survives reloads (use-workspace-session.ts).
 */
export function LessonWorkspace({ scope, slug, files, checks, setup = [], lessonPane, lessonLabel = "Lesson" }: LessonWorkspaceProps) {
  const [terminalReady, setTerminalReady] = useState(false);
  const { session, activity, loadError, saveState, filesChanged, undo, reset } = useWorkspaceSession(scope, files, setup, terminalReady);
  const [results, setResults] = useState<CheckResult[] | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [tab, setTab] = useState(0);
  const [side, setSide] = useState<"engine" | "preview" | "attempts">("engine");
  const attempts = useAttempts(scope, files);
  // Checks re-graded after each command and file save (task lists tick live); Check presses are counted apart.
  const { live, quiz, answerQuiz, snapshotOf } = useLiveGrading(scope, slug, checks, session?.world ?? null, activity.version);
  const [checkPresses, setCheckPresses] = useState(0);
  const [failedChecks, setFailedChecks] = useState(0);
  useEffect(() => {
    if (live) setResults((shown) => (shown === null ? shown : live));
  }, [live]);
  const runtime = useMemo<LessonRuntime>(() => ({ results: live, attempts: checkPresses, quiz, answerQuiz }), [live, checkPresses, quiz, answerQuiz]);

  useEffect(() => {
    const timer = window.setTimeout(() => setTerminalReady(true), ENGINE_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const onTerminalReady = useCallback(() => setTerminalReady(true), []);
  // Fetch the engine view's code (it needs the engine's) while the engine loads, not after it.
  useEffect(() => {
    if (terminalReady) void import("./engine-view/EngineView");
  }, [terminalReady]);
  const [address, setAddress] = useState("localhost:5111");
  const [selected, setSelected] = useState<string | undefined>(undefined);

  const runChecks = useCallback(async () => {
    if (!session) return;
    try {
      const engine = await import("@/simulator");
      const graded = engine.gradeChecks(checks, snapshotOf(session.world));
      setResults(graded);
      setCheckError(null);
      const passed = graded.filter((r) => r.passed).length;
      setCheckPresses((n) => n + 1);
      if (passed < graded.length) setFailedChecks((n) => n + 1);
      const byId = Object.fromEntries(graded.map((r) => [r.id, r.passed]));
      if (slug) saveProgress(window.localStorage, dispatchAttempt(loadProgress(window.localStorage), slug, passed, graded.length, Date.now(), byId));
      const number = attempts.attempts.filter((a) => a.message.startsWith("Attempt ")).length + 1;
      void attempts.record(session.world.snapshot().workspace, `Attempt ${number}: ${passed} of ${graded.length} checks passed`).catch(() => undefined);
    } catch (error) {
      setResults(null);
      setCheckError(error instanceof Error ? error.message : String(error));
    }
  }, [checks, session, slug, attempts, snapshotOf]);

  const onReset = useCallback(() => {
    if (!window.confirm("Reset the environment? Your files, containers and images go back to how this workspace started.")) return;
    setResults(null);
    setCheckError(null);
    void reset();
  }, [reset]);

  const resetToStarter = useCallback(() => {
    if (!session) return;
    if (!window.confirm("Put the starter files back? Your edits stay in the attempts list; containers and images are kept.")) return;
    replaceWorkspaceFiles(session.world.workspace, files);
    filesChanged();
    void attempts.record(files, "Reset to starter").catch(() => undefined);
  }, [session, files, filesChanged, attempts]);

  const openPreview = useCallback((to: string) => {
    setAddress(to);
    setSide("preview");
    setTab(2);
  }, []);

  const workspaceFiles = useMemo(
    () => (session && activity.version >= 0 ? listWorkspaceFiles(session.world.workspace) : []),
    [session, activity.version],
  );
  const hasFiles = workspaceFiles.length > 0;

  const editor = !session ? (
    <PanelLoading label={loadError ? `Could not start the engine: ${loadError}` : "Starting the engine…"} />
  ) : (
    <div className="flex h-full min-h-0">
      <div className="w-44 shrink-0 border-r border-[var(--panel-border)]">
        <FileTree fs={session.world.workspace} files={workspaceFiles} selected={selected} onSelect={setSelected} onChange={filesChanged} />
      </div>
      <div className="min-w-0 flex-1">
        {hasFiles ? (
          <CodeEditor
            key={session.generation}
            fs={session.world.workspace}
            files={workspaceFiles}
            version={activity.version}
            modelScope={`${scope}/${session.generation}`}
            selected={selected && workspaceFiles.includes(selected) ? selected : undefined}
            onSelect={setSelected}
            onEdit={filesChanged}
            saveState={saveState}
          />
        ) : (
          <div className="flex items-center gap-3 px-4 py-3" data-testid="editor-empty">
            <p className="text-xs leading-relaxed text-zinc-400">
              <span className="text-zinc-200">No files yet.</span> Create one with New file, or in the terminal (try{" "}
              <code className="font-mono text-sky-300">echo hi &gt; notes.txt</code>); files open here.
            </p>
          </div>
        )}
      </div>
    </div>
  );

  const terminal = (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex h-9 shrink-0 items-center gap-2 border-b border-[var(--panel-border)] bg-[var(--panel)] px-3">
        <span className="flex items-center gap-2 text-xs font-medium text-zinc-300">
          <span className="font-mono text-sky-400" aria-hidden="true">
            &gt;_
          </span>
          Terminal
        </span>
        <span className="hidden text-[11px] text-zinc-400 xl:inline">↑/↓ history · Ctrl+C cancel · Ctrl+L clear · undo</span>
        <button
          type="button"
          onClick={undo}
          disabled={!session || activity.undoDepth === 0}
          className={`ml-auto ${BUTTON}`}
          data-testid="undo"
          title={activity.nextUndo ? `Undo: ${activity.nextUndo}` : "Nothing to undo"}
        >
          Undo
        </button>
        <button type="button" onClick={onReset} disabled={!session} className={BUTTON} data-testid="reset" aria-label="Reset environment">
          Reset
        </button>
      </div>
      <div className="min-h-0 flex-1 bg-[#0b0d12]">
        {/* The terminal opens before the engine has loaded and keeps what is typed for it (Terminal.tsx). */}
        <Terminal key={session?.generation ?? 0} world={session?.world ?? null} onReady={onTerminalReady} />
      </div>
    </div>
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col" data-lesson={slug}>
      <div role="tablist" aria-label="Workspace panes" className="flex shrink-0 border-b border-[var(--panel-border)] bg-[var(--panel)] lg:hidden">
        {COLUMNS.map((name, i) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === i}
            onClick={() => setTab(i)}
            className={`flex-1 border-b-2 py-2 text-xs font-medium ${tab === i ? "border-sky-400 text-zinc-100" : "border-transparent text-zinc-500"}`}
          >
            {name}
          </button>
        ))}
      </div>
      <SplitPane id="workspace-columns" direction="horizontal" sizes={[27, 48, 25]} min={18} labels={COLUMNS} media="(min-width: 1024px)" shown={tab} className="min-h-0 flex-1">
        <section aria-label={lessonLabel} className="flex h-full min-h-0 flex-col">
          <div className="min-h-0 flex-1 overflow-y-auto">
            <LessonRuntimeContext.Provider value={runtime}>{lessonPane}</LessonRuntimeContext.Provider>
          </div>
          {checks.length > 0 ? (
            <CheckPanel results={results} error={checkError} disabled={!session} checkCount={checks.length} onCheck={() => void runChecks()} attempts={failedChecks} />
          ) : null}
        </section>
        <section aria-label="Workspace" className="flex h-full min-h-0 flex-col">
          {/* With no files yet, the terminal gets most of the height. */}
          <SplitPane
            id={hasFiles ? "workspace-rows" : "workspace-rows-no-files"}
            direction="vertical"
            sizes={hasFiles ? [55, 45] : [20, 80]}
            min={12}
            labels={["Editor", "Terminal"]}
            className="h-full"
          >
            {editor}
            {terminal}
          </SplitPane>
        </section>
        <section aria-label="Engine" className="flex h-full min-h-0 flex-col">
          <div role="tablist" aria-label="Engine panes" className="flex shrink-0 border-b border-[var(--panel-border)] bg-[var(--panel)]">
            {(["engine", "preview", "attempts"] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={side === name}
                data-testid={`tab-${name}`}
                onClick={() => setSide(name)}
                className={`border-b-2 px-3 py-2 text-xs font-medium ${side === name ? "border-sky-400 text-zinc-100" : "border-transparent text-zinc-500 hover:text-zinc-300"}`}
              >
                {name === "engine" ? "Engine" : name === "preview" ? "Preview" : "Attempts"}
              </button>
            ))}
          </div>
          <div className="min-h-0 flex-1" role="tabpanel" aria-label={side === "engine" ? "Engine" : side === "preview" ? "Preview" : "Attempts"}>
            {side === "attempts" ? (
              <AttemptsPanel attempts={attempts.attempts} error={attempts.error} diff={attempts.diff} onResetToStarter={resetToStarter} />
            ) : side === "engine" && !activity.engine ? (
              <PanelLoading label="Starting the engine…" />
            ) : side === "engine" ? (
              <EngineView state={activity.engine} cluster={activity.cluster} traffic={activity.traffic} lastLine={activity.lastLine} onOpen={openPreview} />
            ) : session ? (
              <BrowserPreview world={session.world} address={address} onAddressChange={setAddress} version={activity.version} />
            ) : (
              <PanelLoading label="Starting the engine…" />
            )}
          </div>
        </section>
      </SplitPane>
    </div>
  );
}
