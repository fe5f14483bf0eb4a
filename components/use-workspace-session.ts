"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ClusterSnapshot, EngineState, HostProgram, World } from "@/simulator";
import type { SessionStore } from "./session/session-store";
import type { WorldTimeline } from "./session/world-timeline";
import { WallClock } from "./wall-clock";
import { historyStorageKey, saveHistory } from "./terminal-history";

type Engine = typeof import("@/simulator");

/** What the workspace's panels share: the observed world and what its last change did. */
export interface WorkspaceSession {
  /** The world the terminal runs (undo-aware, observed). */
  world: World;
  timeline: WorldTimeline;
  /** Bumped on every reset: panels keyed on it start over. */
  generation: number;
  /** The session came back from this browser's storage. */
  restored: boolean;
}

/** The live state panels draw. */
export interface WorkspaceActivity {
  engine: EngineState | null;
  /** The Kubernetes cluster, once kubectl has been used (the engine view's cluster picture). */
  cluster: ClusterSnapshot | undefined;
  /** The last command (or undo) line and the traffic it caused. */
  lastLine: string | null;
  traffic: import("./engine-view/calculate-traffic").TrafficView;
  /** Bumped after every command and undo: files may have changed. */
  version: number;
  undoDepth: number;
  nextUndo: string | undefined;
}

const SAVE_DELAY_MS = 300;

function randomSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

/**
 * One workspace (a lesson's or the sandbox's): loads the engine after the
 * page, brings back what this browser saved (files, shell history, engine
 * state), records every command for undo, refreshes the engine view, and
 * saves after each change. `reset` starts over from the starter files.
 */
export function useWorkspaceSession(scope: string, starterFiles: Record<string, string>, setup: readonly string[] = [], begin = true) {
  const [session, setSession] = useState<WorkspaceSession | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [activity, setActivity] = useState<WorkspaceActivity>({
    engine: null,
    cluster: undefined,
    lastLine: null,
    traffic: { client: false, build: false, pull: false, push: false },
    version: 0,
    undoDepth: 0,
    nextUndo: undefined,
  });
  const [saveState, setSaveState] = useState<"saved" | "saving">("saved");
  const storeRef = useRef<SessionStore | null>(null);
  const saveTimer = useRef<number | undefined>(undefined);
  const starterRef = useRef(starterFiles);
  const setupRef = useRef(setup);
  const scopeRef = useRef(scope);
  scopeRef.current = scope;

  const scheduleSave = useCallback((world: World) => {
    window.clearTimeout(saveTimer.current);
    setSaveState("saving");
    saveTimer.current = window.setTimeout(() => {
      const store = storeRef.current;
      const done = () => setSaveState("saved");
      if (store) void store.save(world.snapshot()).then(done, done);
      else done();
    }, SAVE_DELAY_MS);
  }, []);

  const start = useCallback(
    async (engine: Engine, generation: number, saved: Awaited<ReturnType<SessionStore["load"]>> | null) => {
      const { WorldTimeline } = await import("./session/world-timeline");
      const { calculateTraffic } = await import("./engine-view/calculate-traffic");
      const clock = new WallClock();
      const files = saved?.files ?? starterRef.current;
      // `git` in the terminal: the attempts repository is the workspace's .git; its code loads on the first git command.
      const git: HostProgram = async (ctx) => {
        const [{ createBrowserGitProgram }, { loadGit }, { calculateScopeFolder }] = await Promise.all([import("./git/cli/browser-git"), import("./git/use-attempts"), import("./session/browser-session")]);
        return createBrowserGitProgram(loadGit, `/attempts/${calculateScopeFolder(scopeRef.current)}.git`)(ctx);
      };
      const make = () => engine.createWorld({ workspace: engine.createMemoryFs(files, () => clock.now()), clock, seed: randomSeed(), tty: true, hostPrograms: { git } });
      let raw = make();
      let restored = false;
      if (saved?.snapshot) {
        try {
          raw.restore(saved.snapshot);
          restored = true;
        } catch {
          // A save from an older engine that no longer fits: start fresh with the saved files.
          raw = make();
        }
      }
      // A fresh start replays the exercise's setup (images pulled, a broken container running), as lessons:check does.
      if (!restored) for (const line of setupRef.current) raw.run(line);
      const timeline = new WorldTimeline(raw);
      timeline.subscribe((event) => {
        setActivity((a) => ({
          engine: event.after.engine,
          cluster: event.after.cluster,
          lastLine: event.kind === "undo" ? `undo (${event.line})` : event.line,
          traffic: event.kind === "command" ? calculateTraffic(event.line, event.before.engine, event.after.engine) : a.traffic,
          version: a.version + 1,
          undoDepth: timeline.depth,
          nextUndo: timeline.nextUndo,
        }));
        scheduleSave(raw);
      });
      const first = raw.snapshot();
      setActivity((a) => ({ ...a, engine: first.engine, cluster: first.cluster, lastLine: null, version: a.version + 1, undoDepth: 0, nextUndo: undefined }));
      setSession({ world: timeline.world, timeline, generation, restored });
    },
    [scheduleSave],
  );

  // `begin`: the page lets the engine load (LessonWorkspace waits for the terminal to take input first).
  useEffect(() => {
    if (!begin) return;
    let cancelled = false;
    (async () => {
      const [engine, store] = await Promise.all([
        import("@/simulator"),
        import("./session/browser-session").then((m) => m.openBrowserSession(scope)).catch(() => null),
      ]);
      if (cancelled) return;
      storeRef.current = store;
      const saved = store ? await store.load().catch(() => null) : null;
      if (!cancelled) await start(engine, 0, saved);
    })().catch((error: unknown) => {
      if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
      window.clearTimeout(saveTimer.current);
    };
  }, [scope, start, begin]);

  /** Files changed in the editor or the file tree: save soon and let views refresh. */
  const filesChanged = useCallback(() => {
    if (!session) return;
    setActivity((a) => ({ ...a, version: a.version + 1 }));
    scheduleSave(session.world);
  }, [session, scheduleSave]);

  const undo = useCallback(() => {
    session?.timeline.undo();
  }, [session]);

  const reset = useCallback(async () => {
    if (!session) return;
    window.clearTimeout(saveTimer.current);
    await storeRef.current?.clear().catch(() => undefined);
    // The terminal's ↑/↓ history (components/terminal-history.ts) starts over too.
    saveHistory(historyStorageKey(window.location.pathname), []);
    const engine = await import("@/simulator");
    await start(engine, session.generation + 1, null);
  }, [session, start]);

  return { session, activity, loadError, saveState, filesChanged, undo, reset };
}
