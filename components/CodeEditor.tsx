"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Editor, { type BeforeMount, type OnChange, type OnMount } from "@monaco-editor/react";
import type { FileSystem } from "@/simulator";
import { DOCKYARD_LIGHT_THEME, DOCKYARD_THEME, defineDockyardTheme, type Monaco } from "./monaco-setup";
import { useTheme } from "./theme";
import { registerDockerfileLanguage } from "./dockerfile-language/register";
import { languageForPath } from "./editor-language";
import { readWorkspaceFile } from "./workspace-files";
import { monoFontFamily } from "./mono-font";

type EditorInstance = Parameters<OnMount>[0];

export interface CodeEditorProps {
  /** The world's workspace; edits are written straight back to it. */
  fs: FileSystem;
  /** Files to offer, as absolute workspace paths. Must not be empty. */
  files: string[];
  /** Bumped whenever something else (the shell) may have changed the files. */
  version: number;
  /** Keeps this editor's Monaco models apart from other lessons' and earlier resets'. */
  modelScope: string;
  /** The file to show, when a file tree picks it (else the editor keeps its own choice). */
  selected?: string;
  onSelect?: (path: string) => void;
  /** Called after an edit was written to the workspace. */
  onEdit?: () => void;
  /** "saving" while the edit is not yet stored in the browser, "saved" after. */
  saveState?: "saved" | "saving";
}

function label(path: string): string {
  return path.replace(/^\//, "");
}

/** Monaco over the workspace files, with one tab per file. Client-only. */
export default function CodeEditor({ fs, files, version, modelScope, selected: chosen, onSelect, onEdit, saveState }: CodeEditorProps) {
  const [own, setOwn] = useState<string | undefined>(files[0]);
  const selected = chosen ?? own;
  const setSelected = (path: string) => {
    setOwn(path);
    onSelect?.(path);
  };
  const theme = useTheme();
  const active = selected !== undefined && files.includes(selected) ? selected : files[0];
  const editorRef = useRef<EditorInstance | null>(null);
  const monacoRef = useRef<Monaco | null>(null);
  const [mounted, setMounted] = useState(false);
  const modelPrefix = `file:///${encodeURIComponent(modelScope)}`;

  const beforeMount = useCallback<BeforeMount>((monaco) => {
    defineDockyardTheme(monaco);
    // Markers, hover, completion and quick fixes for Dockerfiles; registers once per Monaco instance.
    registerDockerfileLanguage(monaco);
  }, []);

  const onMount = useCallback<OnMount>((editor, monaco) => {
    editorRef.current = editor;
    monacoRef.current = monaco;
    setMounted(true);
  }, []);

  const onChange = useCallback<OnChange>(
    (value) => {
      if (active === undefined || value === undefined) return;
      if (readWorkspaceFile(fs, active) === value) return;
      try {
        fs.writeFile(active, value);
        onEdit?.();
      } catch {
        // The path may have become a directory under us; the next sync shows what is there.
      }
    },
    [fs, active, onEdit],
  );

  // Pull in changes the shell made (echo >> Dockerfile, sed, cp ...).
  useEffect(() => {
    const editor = editorRef.current;
    if (!mounted || !editor || active === undefined) return;
    const model = editor.getModel();
    const disk = readWorkspaceFile(fs, active);
    if (!model || disk === null || model.getValue() === disk) return;
    editor.executeEdits("workspace", [{ range: model.getFullModelRange(), text: disk, forceMoveMarkers: true }]);
    editor.pushUndoStop();
  }, [fs, active, version, mounted]);

  // Drop this editor's models when it goes away.
  useEffect(() => {
    return () => {
      const monaco = monacoRef.current;
      if (!monaco) return;
      for (const model of monaco.editor.getModels()) {
        if (model.uri.toString().startsWith(modelPrefix) && !model.isDisposed()) model.dispose();
      }
    };
  }, [modelPrefix]);

  const options = useMemo(
    () => ({
      fontFamily: monoFontFamily(),
      fontSize: 13,
      lineHeight: 20,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      padding: { top: 12, bottom: 12 },
      renderLineHighlight: "line" as const,
      smoothScrolling: true,
      automaticLayout: true,
      fixedOverflowWidgets: true,
      tabSize: 4,
      ariaLabel: active === undefined ? "Editor" : `Editor: ${label(active)}`,
    }),
    [active],
  );

  if (active === undefined) return null;
  const tabId = (path: string) => `editor-tab-${path.replace(/[^A-Za-z0-9_-]/g, "_")}`;

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="editor">
      <div className="flex shrink-0 items-stretch border-b border-[var(--panel-border)] bg-[var(--panel)]">
      {/* Only tabs inside the tablist (ARIA: a tablist owns tabs); the save marker sits beside it. */}
      <div role="tablist" aria-label="Workspace files" className="flex min-w-0 flex-1 items-stretch overflow-x-auto">
        {files.map((path) => {
          const isActive = path === active;
          return (
            <button
              key={path}
              id={tabId(path)}
              type="button"
              role="tab"
              aria-selected={isActive}
              aria-controls="editor-panel"
              onClick={() => setSelected(path)}
              className={`-mb-px border-r border-b-2 border-r-[var(--panel-border)] px-3.5 py-2 font-mono text-xs whitespace-nowrap transition-colors focus-visible:bg-white/5 focus-visible:outline-none ${
                isActive
                  ? "border-b-sky-400 bg-[var(--surface)] text-zinc-100"
                  : "border-b-transparent text-zinc-500 hover:bg-white/[0.03] hover:text-zinc-300"
              }`}
            >
              {label(path)}
            </button>
          );
        })}
      </div>
        <span
          className="ml-auto hidden items-center px-3 text-[11px] whitespace-nowrap text-zinc-500 sm:flex"
          data-testid="save-state"
          data-state={saveState ?? "saved"}
          aria-live="polite"
        >
          {saveState === "saving" ? "Saving…" : "Saved in this browser"}
        </span>
      </div>
      <div id="editor-panel" role="tabpanel" aria-labelledby={tabId(active)} className="min-h-0 flex-1">
        <Editor
          path={`${modelPrefix}${active}`}
          defaultValue={readWorkspaceFile(fs, active) ?? ""}
          language={languageForPath(active)}
          theme={theme === "light" ? DOCKYARD_LIGHT_THEME : DOCKYARD_THEME}
          beforeMount={beforeMount}
          onMount={onMount}
          onChange={onChange}
          loading={<div className="p-4 font-mono text-xs text-zinc-500">Loading editor…</div>}
          options={options}
        />
      </div>
    </div>
  );
}
