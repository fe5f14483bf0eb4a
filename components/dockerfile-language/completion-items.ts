/**
 * What completion offers at a position, Monaco-agnostic: instruction keywords
 * at the start of an instruction, the builder flags of the current instruction
 * after `--`, and after FROM the catalog's images, then `name:` → its tags.
 */
import type { CatalogRepository } from "@/simulator";
import { findRepository, parseImageRef, shortName, tagsBySpecificity } from "./catalog-images";
import { FLAG_DOCS, flagName, flagsFor } from "./flag-docs";
import { instructionMarkdown, flagMarkdown } from "./hover-content";
import { INSTRUCTION_DOCS, INSTRUCTION_KEYWORDS, NOT_ALLOWED_IN_ONBUILD } from "./instruction-docs";
import { scanInstructions, spanAtLine, stageNamesBefore, type EditRange, type LineSource, type Word } from "./text-model";

export type CompletionKind = "keyword" | "flag" | "image" | "tag" | "stage";

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  insertText: string;
  /** insertText is a snippet (`${1:src}`). */
  snippet: boolean;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The text the entry replaces (on the cursor's line, up to the cursor). */
  range: EditRange;
  sortText?: string;
  deprecated?: boolean;
  /** Open completion again after inserting (FROM → the image list). */
  retrigger?: boolean;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} B`;
}

function keywordEntries(range: EditRange, inOnbuild: boolean): CompletionEntry[] {
  return INSTRUCTION_KEYWORDS.filter((k) => !inOnbuild || !NOT_ALLOWED_IN_ONBUILD.has(k)).map((keyword, index) => {
    const doc = INSTRUCTION_DOCS[keyword];
    const isFrom = keyword === "FROM";
    return {
      label: keyword,
      kind: "keyword" as const,
      insertText: isFrom ? "FROM " : doc.snippet,
      snippet: !isFrom,
      detail: doc.summary,
      documentation: instructionMarkdown(keyword),
      range,
      sortText: String(index).padStart(2, "0"),
      deprecated: doc.deprecated !== undefined,
      retrigger: isFrom,
    };
  });
}

function flagEntries(instruction: string, present: Word[], range: EditRange): CompletionEntry[] {
  const used = new Set(present.map((w) => flagName(w.text)));
  return flagsFor(instruction)
    .filter((name) => FLAG_DOCS[name]?.repeatable || !used.has(name))
    .map((name) => ({
      label: name,
      kind: "flag" as const,
      insertText: FLAG_DOCS[name]?.snippet ?? name,
      snippet: true,
      detail: FLAG_DOCS[name]?.syntax,
      documentation: flagMarkdown(name, instruction),
      range,
    }));
}

function imageEntries(catalog: readonly CatalogRepository[], stages: string[], range: EditRange): CompletionEntry[] {
  const entries: CompletionEntry[] = stages.map((stage) => ({
    label: stage,
    kind: "stage" as const,
    insertText: stage,
    snippet: false,
    detail: "an earlier build stage",
    range,
    sortText: `0${stage}`,
  }));
  for (const repo of catalog) {
    const name = shortName(repo);
    const tags = tagsBySpecificity(repo);
    entries.push({
      label: name,
      kind: "image",
      insertText: name,
      snippet: false,
      detail: `${repo.domain}/${repo.path}`,
      documentation: `Tags: ${tags.map((t) => `\`${t}\``).join(", ")}. Type \`:\` after the name to pick one.`,
      range,
      sortText: `1${name}`,
    });
  }
  return entries;
}

function tagEntries(repo: CatalogRepository, range: EditRange): CompletionEntry[] {
  return tagsBySpecificity(repo).map((tag, index) => {
    const key = repo.tags[tag] ?? "";
    const image = repo.images[key];
    const same = Object.keys(repo.tags).filter((t) => t !== tag && repo.tags[t] === key);
    const facts = image ? `Created ${image.created.slice(0, 10)}, ${formatSize(image.size)}.` : "";
    return {
      label: tag,
      kind: "tag" as const,
      insertText: tag,
      snippet: false,
      detail: tag === "latest" ? "floating: moves when a new release comes out" : `${shortName(repo)}:${tag}`,
      documentation: [facts, same.length > 0 ? `Same image as ${same.map((t) => `\`${t}\``).join(", ")}.` : ""]
        .filter((s) => s !== "")
        .join(" "),
      range,
      sortText: String(index).padStart(3, "0"),
    };
  });
}

/** The completion entries for a 1-based position. */
export function completionsAt(
  src: LineSource,
  lineNumber: number,
  column: number,
  catalog: readonly CatalogRepository[],
): CompletionEntry[] {
  const text = src.getLineContent(lineNumber);
  const before = text.slice(0, column - 1);
  if (/^\s*#/.test(text)) return [];
  const token = /\S*$/.exec(before)?.[0] ?? "";
  const tokenStart = column - token.length;
  const rangeFrom = (start: number): EditRange => ({ startLineNumber: lineNumber, startColumn: start, endLineNumber: lineNumber, endColumn: column });

  const spans = scanInstructions(src);
  const span = spanAtLine(spans, lineNumber);
  const firstOnLine = before.trim() === token;

  // The keyword of a new instruction.
  if (!span || (span.startLine === lineNumber && firstOnLine)) {
    return /^[A-Za-z]*$/.test(token) ? keywordEntries(rangeFrom(tokenStart), false) : [];
  }
  if (span.heredocLines.includes(lineNumber)) return [];

  const isOnbuild = span.keyword.text.toUpperCase() === "ONBUILD";
  const atWord = (w: Word | undefined) => w !== undefined && w.line === lineNumber && w.startColumn === tokenStart;
  // ONBUILD's trigger instruction.
  if (isOnbuild && (span.trigger === undefined || atWord(span.trigger))) {
    if (span.trigger === undefined && !(span.startLine === lineNumber && before.trim().toUpperCase() === "ONBUILD")) return [];
    return /^[A-Za-z]*$/.test(token) ? keywordEntries(rangeFrom(tokenStart), true) : [];
  }

  const instruction = (span.trigger ?? span.keyword).text.toUpperCase();
  const isBefore = (w: Word) => w.line < lineNumber || (w.line === lineNumber && w.endColumn <= tokenStart);
  const priorFlags = span.flags.filter(isBefore);
  const priorArgs = span.args.filter(isBefore);
  const inFlagZone = priorArgs.length === 0 && !span.words.some((w) => isBefore(w) && w.text === "--");

  if (inFlagZone && token.startsWith("-")) {
    const eq = token.indexOf("=");
    if (eq < 0) return flagEntries(instruction, priorFlags, rangeFrom(tokenStart));
    if (flagName(token) === "--from" && instruction === "COPY") {
      const stages = stageNamesBefore(spans, span.startLine);
      return stages.map((stage) => ({
        label: stage,
        kind: "stage" as const,
        insertText: stage,
        snippet: false,
        detail: "an earlier build stage",
        range: rangeFrom(tokenStart + eq + 1),
      }));
    }
    return [];
  }

  if (instruction === "FROM" && !isOnbuild) {
    if (inFlagZone) {
      const colon = token.lastIndexOf(":");
      if (colon >= 0 && !token.slice(colon).includes("/")) {
        const ref = parseImageRef(token.slice(0, colon));
        const repo = ref ? findRepository(catalog, ref) : undefined;
        return repo ? tagEntries(repo, rangeFrom(tokenStart + colon + 1)) : [];
      }
      if (token.includes("@")) return [];
      return imageEntries(catalog, stageNamesBefore(spans, span.startLine), rangeFrom(tokenStart));
    }
    if (priorArgs.length === 1 && /^[Aa]?[Ss]?$/.test(token)) {
      const as = span.keyword.text === span.keyword.text.toLowerCase() ? "as" : "AS";
      return [
        {
          label: as,
          kind: "keyword",
          insertText: `${as} \${1:name}`,
          snippet: true,
          detail: "name this stage",
          documentation: "Gives the stage a name that `COPY --from=<name>` and later `FROM <name>` can refer to.",
          range: rangeFrom(tokenStart),
        },
      ];
    }
  }
  return [];
}
