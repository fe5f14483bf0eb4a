/**
 * Dockerfile intelligence for Monaco: problem markers from the engine's
 * parser and linter (debounced, off the keystroke path), hover docs for
 * instructions, flags and findings, completion for keywords, flags, images
 * and tags, and quick fixes. Imported only by the client-only editor.
 */
import type { CatalogRepository } from "@/simulator";
import type { editor, IDisposable, languages } from "monaco-editor";
import type { Monaco } from "../monaco-setup";
import { completionsAt, type CompletionKind } from "./completion-items";
import { createEngineAnalyzer, type Engine } from "./engine-analyzer";
import {
  codeOfMarkerMessage,
  type DockerfileAnalyzer,
  type EditorFinding,
  markerMessage,
  normaliseFinding,
} from "./findings";
import { hoverAt, squiggleStart } from "./hover-content";
import { quickFixesFor } from "./quick-fixes";

export const LANGUAGE_ID = "dockerfile";
/** The owner of the editor's markers. */
export const MARKER_OWNER = "dockyard";
/** How long typing must pause before the file is analysed again. */
export const ANALYSIS_DELAY_MS = 250;

interface Analysis {
  versionId: number;
  findings: EditorFinding[];
}

const registered = new WeakSet<object>();

/**
 * Registers everything once per Monaco instance; later calls (a second
 * editor, React StrictMode's double mount) do nothing. The engine comes in
 * through a dynamic import: the lesson page has already loaded that chunk, so
 * it resolves at once, and the page's first load does not grow.
 */
export function registerDockerfileLanguage(monaco: Monaco): void {
  if (registered.has(monaco)) return;
  registered.add(monaco);
  import("@/simulator").then(
    (engine: Engine) => install(monaco, createEngineAnalyzer(engine), engine.CATALOG),
    () => {
      // The lesson page reports an engine that cannot load; the editor simply stays a plain editor.
    },
  );
}

/** Wires the analysis and the providers into one Monaco instance. */
export function install(monaco: Monaco, analyzer: DockerfileAnalyzer, catalog: readonly CatalogRepository[]): void {
  const analyses = new Map<string, Analysis>();

  const analyse = (model: editor.ITextModel): EditorFinding[] => {
    const key = model.uri.toString();
    const cached = analyses.get(key);
    if (cached && cached.versionId === model.getVersionId()) return cached.findings;
    let findings: EditorFinding[];
    try {
      findings = analyzer.analyze(model.getValue()).map((f) => normaliseFinding(f, model.getLineCount()));
    } catch {
      // A bug in an analysis must never break typing; show nothing rather than something wrong.
      findings = [];
    }
    analyses.set(key, { versionId: model.getVersionId(), findings });
    return findings;
  };

  watchDockerfileModels(monaco, analyse, (model) => analyses.delete(model.uri.toString()));
  monaco.languages.registerHoverProvider(LANGUAGE_ID, hoverProvider(analyse, analyzer));
  monaco.languages.registerCompletionItemProvider(LANGUAGE_ID, completionProvider(monaco, catalog));
  monaco.languages.registerCodeActionProvider(LANGUAGE_ID, codeActionProvider(catalog), { providedCodeActionKinds: ["quickfix"] });
}

function markerSeverity(monaco: Monaco, severity: EditorFinding["severity"]) {
  switch (severity) {
    case "error":
      return monaco.MarkerSeverity.Error;
    case "warning":
      return monaco.MarkerSeverity.Warning;
    case "info":
      return monaco.MarkerSeverity.Info;
    default:
      return monaco.MarkerSeverity.Hint;
  }
}

function toMarker(monaco: Monaco, model: editor.ITextModel, finding: EditorFinding): editor.IMarkerData {
  const endColumn = model.getLineMaxColumn(finding.endLine);
  const startColumn = Math.min(squiggleStart(model, finding), model.getLineMaxColumn(finding.line));
  return {
    severity: markerSeverity(monaco, finding.severity),
    message: markerMessage(finding),
    startLineNumber: finding.line,
    startColumn,
    endLineNumber: finding.endLine,
    endColumn: finding.endLine === finding.line ? Math.max(endColumn, startColumn) : endColumn,
  };
}

/** Keeps markers on every Dockerfile model, re-analysing a pause after the last edit. */
function watchDockerfileModels(
  monaco: Monaco,
  analyse: (model: editor.ITextModel) => EditorFinding[],
  forget: (model: editor.ITextModel) => void,
): void {
  const watched = new Map<editor.ITextModel, IDisposable>();

  const refresh = (model: editor.ITextModel) => {
    if (model.isDisposed()) return;
    const findings = analyse(model);
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      findings.map((f) => toMarker(monaco, model, f)),
    );
  };

  const watch = (model: editor.ITextModel) => {
    if (watched.has(model) || model.getLanguageId() !== LANGUAGE_ID) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (delay: number) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        refresh(model);
      }, delay);
    };
    const subscription = model.onDidChangeContent(() => schedule(ANALYSIS_DELAY_MS));
    watched.set(model, {
      dispose() {
        if (timer !== undefined) clearTimeout(timer);
        subscription.dispose();
        forget(model);
        if (!model.isDisposed()) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
      },
    });
    schedule(0);
  };

  const unwatch = (model: editor.ITextModel) => {
    watched.get(model)?.dispose();
    watched.delete(model);
  };

  for (const model of monaco.editor.getModels()) watch(model);
  monaco.editor.onDidCreateModel(watch);
  monaco.editor.onWillDisposeModel(unwatch);
  monaco.editor.onDidChangeModelLanguage(({ model }) => {
    unwatch(model);
    watch(model);
  });
}

function hoverProvider(
  analyse: (model: editor.ITextModel) => EditorFinding[],
  analyzer: DockerfileAnalyzer,
): languages.HoverProvider {
  return {
    provideHover(model, position) {
      const result = hoverAt(model, position.lineNumber, position.column, analyse(model), (code) => analyzer.explain(code));
      if (!result) return null;
      return { range: result.range, contents: result.contents.map((value) => ({ value })) };
    },
  };
}

function completionKind(monaco: Monaco, kind: CompletionKind): languages.CompletionItemKind {
  const kinds = monaco.languages.CompletionItemKind;
  switch (kind) {
    case "keyword":
      return kinds.Keyword;
    case "flag":
      return kinds.Property;
    case "image":
      return kinds.Module;
    case "tag":
      return kinds.Constant;
    case "stage":
      return kinds.Reference;
  }
}

function completionProvider(monaco: Monaco, catalog: readonly CatalogRepository[]): languages.CompletionItemProvider {
  return {
    triggerCharacters: [" ", "-", ":", "="],
    provideCompletionItems(model, position) {
      const entries = completionsAt(model, position.lineNumber, position.column, catalog);
      const suggestions: languages.CompletionItem[] = entries.map((entry) => ({
        label: entry.label,
        kind: completionKind(monaco, entry.kind),
        insertText: entry.insertText,
        insertTextRules: entry.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
        detail: entry.detail,
        documentation: entry.documentation === undefined ? undefined : { value: entry.documentation },
        range: entry.range,
        sortText: entry.sortText,
        tags: entry.deprecated ? [monaco.languages.CompletionItemTag.Deprecated] : undefined,
        command: entry.retrigger ? { id: "editor.action.triggerSuggest", title: "Suggest" } : undefined,
      }));
      return { suggestions };
    },
  };
}

function codeActionProvider(catalog: readonly CatalogRepository[]): languages.CodeActionProvider {
  return {
    provideCodeActions(model, _range, context) {
      // hadolint and Docker's checks often report the same problem (DL3025 and JSONArgsRecommended):
      // one action per distinct fix, answering every marker it fixes.
      const byTitle = new Map<string, languages.CodeAction & { diagnostics: editor.IMarkerData[] }>();
      for (const marker of context.markers) {
        const code = codeOfMarkerMessage(marker.message);
        if (code === undefined) continue;
        const message = marker.message.slice(code.length + 2);
        for (const fix of quickFixesFor(code, message, marker.startLineNumber, model, catalog)) {
          const existing = byTitle.get(fix.title);
          if (existing) {
            existing.diagnostics.push(marker);
            continue;
          }
          byTitle.set(fix.title, {
            title: fix.title,
            kind: "quickfix",
            diagnostics: [marker],
            isPreferred: fix.preferred,
            edit: {
              edits: fix.edits.map((e) => ({ resource: model.uri, textEdit: e, versionId: model.getVersionId() })),
            },
          });
        }
      }
      return { actions: [...byTitle.values()], dispose() {} };
    },
  };
}
