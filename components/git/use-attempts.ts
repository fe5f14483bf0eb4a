"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkspaceFiles } from "../session/file-store";
import { calculateScopeFolder } from "../session/browser-session";
import type { Attempt, AttemptRepo } from "./attempt-repo";

let opening: Promise<{ git: typeof import("isomorphic-git"); fs: unknown }> | null = null;

/** isomorphic-git and its lightning-fs, loaded on first use (they stay out of the first page load). */
export function loadGit() {
  opening ??= Promise.all([import("isomorphic-git"), import("@isomorphic-git/lightning-fs")]).then(([git, { default: LightningFS }]) => ({
    git,
    fs: new LightningFS("dockyard-attempts"),
  }));
  return opening;
}

/**
 * The workspace's attempts repository in this browser: opened (with the
 * starter files as its first commit) after the page loads; `record` commits
 * the files at a Check, `reload` refreshes the list.
 */
export function useAttempts(scope: string, starter: WorkspaceFiles) {
  const repoRef = useRef<AttemptRepo | null>(null);
  // The repository while it opens: a Check clicked before then waits for it instead of being dropped.
  const openingRef = useRef<Promise<AttemptRepo | null> | null>(null);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [error, setError] = useState<string | null>(null);
  const starterRef = useRef(starter);

  useEffect(() => {
    let cancelled = false;
    const opened = (async () => {
      const [{ git, fs }, { AttemptRepo }] = await Promise.all([loadGit(), import("./attempt-repo")]);
      const repo = new AttemptRepo(git, fs as ConstructorParameters<typeof AttemptRepo>[1], `/attempts/${calculateScopeFolder(scope)}.git`);
      await repo.open(starterRef.current);
      if (cancelled) return null;
      repoRef.current = repo;
      setAttempts(await repo.list());
      return repo;
    })();
    openingRef.current = opened.catch(() => null);
    opened.catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
    };
  }, [scope]);

  const record = useCallback(async (files: WorkspaceFiles, message: string) => {
    const repo = repoRef.current ?? (await openingRef.current);
    if (!repo) return;
    await repo.commit(files, message);
    setAttempts(await repo.list());
  }, []);

  const diff = useCallback(async (oid: string) => (repoRef.current ? repoRef.current.diff(oid) : ""), []);

  return { attempts, error, record, diff };
}
