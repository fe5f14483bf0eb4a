"use client";

import { useState, type FormEvent } from "react";
import type { FileSystem } from "@/simulator";
import { parseWorkspacePath } from "./workspace-files";

export interface FileTreeProps {
  fs: FileSystem;
  /** Every workspace file, absolute paths (workspace-files.ts listWorkspaceFiles). */
  files: string[];
  selected: string | undefined;
  onSelect: (path: string) => void;
  /** Called after a create, rename or delete. */
  onChange: () => void;
}

type Editing = { kind: "create" } | { kind: "rename"; path: string } | null;

function depthOf(path: string): number {
  return path.split("/").length - 2;
}

/** Files in listing order with a row for each folder before its first file. */
function withFolders(files: string[]): { path: string; folder: boolean }[] {
  const rows: { path: string; folder: boolean }[] = [];
  const shown = new Set<string>();
  for (const file of files) {
    const parts = file.split("/").slice(1, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dir = `/${parts.slice(0, i).join("/")}`;
      if (!shown.has(dir)) {
        shown.add(dir);
        rows.push({ path: dir, folder: true });
      }
    }
    rows.push({ path: file, folder: false });
  }
  return rows;
}

/** The workspace's files with create, rename and delete, written straight to the world's workspace. */
export function FileTree({ fs, files, selected, onSelect, onChange }: FileTreeProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);

  const begin = (next: Editing) => {
    setEditing(next);
    setDraft(next?.kind === "rename" ? next.path.slice(1) : "");
    setError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const path = parseWorkspacePath(draft);
    if (typeof path !== "string") {
      setError(path.error);
      return;
    }
    try {
      if (fs.stat(path)) throw new Error(`${path.slice(1)} already exists`);
      fs.mkdir(path.slice(0, path.lastIndexOf("/")) || "/", { recursive: true });
      if (editing?.kind === "rename") fs.rename(editing.path, path);
      else fs.writeFile(path, "");
    } catch (e) {
      setError(e instanceof Error && !e.message.startsWith("E") ? e.message : `Cannot write ${path.slice(1)}`);
      return;
    }
    setEditing(null);
    onChange();
    onSelect(path);
  };

  const remove = (path: string) => {
    if (!window.confirm(`Delete ${path.slice(1)}?`)) return;
    try {
      fs.remove(path);
    } catch {
      // Already gone.
    }
    onChange();
  };

  const button =
    "rounded px-1.5 py-0.5 text-[11px] text-zinc-400 hover:bg-white/5 hover:text-zinc-100 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none";

  return (
    <nav aria-label="Files" className="flex h-full min-h-0 flex-col bg-[var(--panel)]" data-testid="file-tree">
      <div className="flex shrink-0 items-center gap-1 border-b border-[var(--panel-border)] px-2 py-1.5">
        <span className="text-[11px] font-semibold tracking-wider text-zinc-500 uppercase">Files</span>
        <button type="button" className={`ml-auto ${button}`} onClick={() => begin({ kind: "create" })} data-testid="file-new">
          New file
        </button>
      </div>
      {editing ? (
        <form onSubmit={submit} className="border-b border-[var(--panel-border)] p-2">
          <label htmlFor="file-name" className="block text-[11px] text-zinc-400">
            {editing.kind === "create" ? "New file name" : `Rename ${editing.path.slice(1)} to`}
          </label>
          <input
            id="file-name"
            autoFocus
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === "Escape" && setEditing(null)}
            className="mt-1 w-full rounded border border-[var(--panel-border)] bg-[var(--surface)] px-2 py-1 font-mono text-xs text-zinc-200 focus:border-sky-400 focus:outline-none"
          />
          {error ? <p className="mt-1 text-[11px] text-rose-400" role="alert">{error}</p> : null}
        </form>
      ) : null}
      <ul className="min-h-0 flex-1 overflow-y-auto py-1">
        {withFolders(files).map(({ path, folder }) =>
          folder ? (
            <li
              key={`dir:${path}`}
              style={{ paddingLeft: `${0.5 + depthOf(path) * 0.75}rem` }}
              className="truncate py-1 font-mono text-xs text-zinc-500"
            >
              {path.slice(path.lastIndexOf("/") + 1)}/
            </li>
          ) : (
            <li key={path} className={`group flex items-center ${path === selected ? "bg-sky-400/10" : ""}`}>
              <button
                type="button"
                onClick={() => onSelect(path)}
                aria-current={path === selected ? "true" : undefined}
                style={{ paddingLeft: `${0.5 + depthOf(path) * 0.75}rem` }}
                className="min-w-0 flex-1 truncate py-1 pr-1 text-left font-mono text-xs text-zinc-300 hover:text-zinc-100 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
              >
                {path.slice(path.lastIndexOf("/") + 1)}
              </button>
              <button type="button" className={button} aria-label={`Rename ${path.slice(1)}`} onClick={() => begin({ kind: "rename", path })}>
                ✎
              </button>
              <button type="button" className={button} aria-label={`Delete ${path.slice(1)}`} onClick={() => remove(path)}>
                ×
              </button>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
