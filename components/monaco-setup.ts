/**
 * Points @monaco-editor/react at the bundled monaco-editor package (never the
 * jsDelivr CDN) and gives Monaco a worker for every label it asks for. Import
 * this module only from client-only code, before any <Editor> mounts.
 */
import * as monaco from "monaco-editor";
import { loader } from "@monaco-editor/react";

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case "json":
        return new Worker(new URL("monaco-editor/languages/features/json/json.worker", import.meta.url), {
          type: "module",
        });
      case "css":
      case "scss":
      case "less":
        return new Worker(new URL("monaco-editor/languages/features/css/css.worker", import.meta.url), {
          type: "module",
        });
      case "html":
      case "handlebars":
      case "razor":
        return new Worker(new URL("monaco-editor/languages/features/html/html.worker", import.meta.url), {
          type: "module",
        });
      case "typescript":
      case "javascript":
        return new Worker(new URL("monaco-editor/languages/features/typescript/ts.worker", import.meta.url), {
          type: "module",
        });
      default:
        return new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module" });
    }
  },
};

loader.config({ monaco });

export type Monaco = typeof monaco;

export const DOCKYARD_THEME = "dockyard-dark";
export const DOCKYARD_LIGHT_THEME = "dockyard-light";

/** A dark and a light theme matched to the site's surfaces. Safe to call more than once. */
export function defineDockyardTheme(m: Monaco): void {
  m.editor.defineTheme(DOCKYARD_LIGHT_THEME, {
    base: "vs",
    inherit: true,
    rules: [],
    colors: {
      "editor.background": "#f7f8fa",
      "editorGutter.background": "#f7f8fa",
      "editor.lineHighlightBackground": "#eef1f5",
      "editor.lineHighlightBorder": "#00000000",
      "editorCursor.foreground": "#0369a1",
    },
  });
  m.editor.defineTheme(DOCKYARD_THEME, {
    base: "vs-dark",
    inherit: true,
    rules: [],
    colors: {
      "editor.background": "#0b0d12",
      "editorGutter.background": "#0b0d12",
      "editor.lineHighlightBackground": "#131824",
      "editor.lineHighlightBorder": "#00000000",
      "editorLineNumber.foreground": "#3a4152",
      "editorLineNumber.activeForeground": "#a1a1aa",
      "editorCursor.foreground": "#38bdf8",
      "editor.selectionBackground": "#38bdf84d",
      "editor.inactiveSelectionBackground": "#38bdf826",
      "editorIndentGuide.background1": "#1c2130",
      "editorWidget.background": "#10131a",
      "editorWidget.border": "#1f2430",
      "editorSuggestWidget.background": "#10131a",
      "editorSuggestWidget.border": "#1f2430",
      "editorHoverWidget.background": "#10131a",
      "editorHoverWidget.border": "#1f2430",
      "scrollbarSlider.background": "#2a304066",
      "scrollbarSlider.hoverBackground": "#2a3040aa",
    },
  });
}
