/**
 * Mechanical fixes for lint findings, as plain text edits: shell-form
 * CMD/ENTRYPOINT to exec form, pinning a floating FROM tag from the catalog,
 * MAINTAINER to a label, FROM/AS casing, and a misspelt keyword that Docker
 * already suggests a replacement for. Pure: no Monaco, no engine.
 */
import type { CatalogRepository } from "@/simulator";
import { concreteTag, findRepository, parseImageRef } from "./catalog-images";
import { PARSE_ERROR_CODE, UNKNOWN_INSTRUCTION_CODE } from "./findings";
import {
  escapeTokenOf,
  scanInstructions,
  spanAtLine,
  stageNamesBefore,
  type EditRange,
  type InstructionSpan,
  type LineSource,
  type Word,
} from "./text-model";

export type { EditRange };

export interface TextEdit {
  range: EditRange;
  text: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  /** The fix to apply when the learner asks for "the" fix. */
  preferred?: boolean;
}

/** The lint codes each kind of fix answers (hadolint's and BuildKit's names for the same problem). */
export const FIXABLE_CODES = {
  execForm: ["DL3025", "JSONArgsRecommended"],
  pinTag: ["DL3006", "DL3007"],
  maintainer: ["DL4000", "MaintainerDeprecated"],
  fromAsCasing: ["FromAsCasing"],
  instructionCasing: ["ConsistentInstructionCasing"],
} as const;

function wordRange(word: Word): EditRange {
  return { startLineNumber: word.line, startColumn: word.startColumn, endLineNumber: word.line, endColumn: word.endColumn };
}

/** From a word of the instruction (the keyword by default) to the end of its last text line. */
function instructionRange(src: LineSource, span: InstructionSpan, from: Word = span.keyword): EditRange {
  const last = span.textLines[span.textLines.length - 1] ?? span.startLine;
  return {
    startLineNumber: from.line,
    startColumn: from.startColumn,
    endLineNumber: last,
    endColumn: src.getLineContent(last).length + 1,
  };
}

/**
 * The instruction's text after one of its words (by default the keyword, or
 * the ONBUILD trigger), continuation lines joined as BuildKit joins them.
 */
export function textAfterKeyword(src: LineSource, span: InstructionSpan, after: Word = span.trigger ?? span.keyword): string {
  const escape = escapeTokenOf(src);
  const lines = span.textLines.filter((n) => n >= after.line);
  const pieces = lines.map((n, i) => {
    let text = src.getLineContent(n);
    if (i === 0) text = text.slice(after.endColumn - 1);
    if (i < lines.length - 1) {
      const trimmed = text.replace(/[ \t\r]+$/, "");
      text = trimmed.endsWith(escape) ? trimmed.slice(0, trimmed.length - escape.length) : trimmed;
    }
    return text;
  });
  return pieces.join("").trim();
}

/** Keyword text to write, in the case style of the keyword the learner used. */
function inCaseOf(model: string, word: string): string {
  return model === model.toLowerCase() ? word.toLowerCase() : word.toUpperCase();
}

/**
 * The words of a simple command, quotes removed, or undefined when the command
 * needs a shell to mean what it says (variables, pipes, redirections, globs,
 * `&&`, escapes, `VAR=value cmd`, unbalanced quotes).
 */
export function simpleCommandWords(command: string): string[] | undefined {
  if (command === "" || /[|&;<>()$`*?[\]{}~\\#\n]/.test(command)) return undefined;
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote = "";
  for (const ch of command) {
    if (quote !== "") {
      if (ch === quote) quote = "";
      else word += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
      continue;
    }
    if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      continue;
    }
    word += ch;
    inWord = true;
  }
  if (quote !== "") return undefined;
  if (inWord) words.push(word);
  if (words.length === 0 || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] ?? "")) return undefined;
  return words;
}

function jsonArray(words: string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(", ")}]`;
}

/**
 * Shell form → exec form for CMD and ENTRYPOINT (also as ONBUILD triggers)
 * and for HEALTHCHECK's CMD: the words as a JSON array when the command is
 * simple, and always the same command under an explicit `/bin/sh -c`.
 */
export function execFormFixes(src: LineSource, span: InstructionSpan): QuickFix[] {
  const target = (span.trigger ?? span.keyword).text.toUpperCase();
  if (span.commentLines.length > 0) return [];
  let lead: Word | undefined;
  if (target === "CMD" || target === "ENTRYPOINT") lead = span.trigger ?? span.keyword;
  else if (target === "HEALTHCHECK" && span.args[0]?.text.toUpperCase() === "CMD") lead = span.args[0];
  if (!lead) return [];
  const command = textAfterKeyword(src, span, lead);
  if (command === "" || command.startsWith("[")) return [];
  const range = instructionRange(src, span, lead);
  const shown = target === "HEALTHCHECK" ? `HEALTHCHECK … ${lead.text}` : target;
  const fixes: QuickFix[] = [];
  const words = simpleCommandWords(command);
  if (words) {
    fixes.push({
      title: `Exec form: ${shown} ${jsonArray(words)}`,
      edits: [{ range, text: `${lead.text} ${jsonArray(words)}` }],
      preferred: true,
    });
  }
  fixes.push({
    title: `Exec form through a shell: ${shown} ["/bin/sh", "-c", …]`,
    edits: [{ range, text: `${lead.text} ${jsonArray(["/bin/sh", "-c", command])}` }],
    preferred: !words,
  });
  return fixes;
}

export function pinTagFixes(spans: InstructionSpan[], span: InstructionSpan, catalog: readonly CatalogRepository[]): QuickFix[] {
  if (span.keyword.text.toUpperCase() !== "FROM") return [];
  const image = span.args[0];
  if (!image || stageNamesBefore(spans, span.startLine).includes(image.text)) return [];
  const ref = parseImageRef(image.text);
  if (!ref || ref.digest !== undefined) return [];
  const repo = findRepository(catalog, ref);
  if (!repo) return [];
  const floating = ref.tag ?? "latest";
  const tag = concreteTag(repo, floating);
  if (!tag) return [];
  return [
    {
      title: `Pin ${ref.name}:${tag} (today's ${floating})`,
      edits: [{ range: wordRange(image), text: `${ref.name}:${tag}` }],
      preferred: true,
    },
  ];
}

/** Escapes a value for a double-quoted Dockerfile word. */
function doubleQuoted(value: string): string {
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}

export function maintainerFixes(src: LineSource, span: InstructionSpan): QuickFix[] {
  if (span.trigger || span.keyword.text.toUpperCase() !== "MAINTAINER" || span.commentLines.length > 0) return [];
  let value = textAfterKeyword(src, span);
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) value = quoted[2] ?? "";
  const label = `${inCaseOf(span.keyword.text, "LABEL")} maintainer=${doubleQuoted(value)}`;
  return [
    {
      title: `Replace with ${label.length > 48 ? `${label.slice(0, 47)}…` : label}`,
      edits: [{ range: instructionRange(src, span), text: label }],
      preferred: true,
    },
  ];
}

export function fromAsCasingFixes(span: InstructionSpan): QuickFix[] {
  const keyword = span.keyword.text;
  const as = span.args[1];
  if (keyword.toUpperCase() !== "FROM" || !as || as.text.toUpperCase() !== "AS") return [];
  let wanted: string;
  if (keyword === keyword.toUpperCase()) wanted = "AS";
  else if (keyword === keyword.toLowerCase()) wanted = "as";
  else return [];
  if (as.text === wanted) return [];
  return [{ title: `Write "${wanted}" to match "${keyword}"`, edits: [{ range: wordRange(as), text: wanted }], preferred: true }];
}

export function instructionCasingFixes(span: InstructionSpan, message: string): QuickFix[] {
  const wantsLower = /lower ?case/i.test(message);
  const wantsUpper = /upper ?case/i.test(message);
  if (wantsLower === wantsUpper) return [];
  const fixes: QuickFix[] = [];
  for (const word of [span.keyword, span.trigger]) {
    if (!word) continue;
    const wanted = wantsLower ? word.text.toLowerCase() : word.text.toUpperCase();
    if (wanted !== word.text) fixes.push({ title: `Write "${wanted}"`, edits: [{ range: wordRange(word), text: wanted }], preferred: true });
  }
  return fixes;
}

/** `unknown instruction: RUNN (did you mean RUN?)` → replace the keyword with Docker's suggestion. */
export function suggestedKeywordFixes(span: InstructionSpan, message: string): QuickFix[] {
  const match = /unknown instruction: (\S+) \(did you mean (\S+?)\?\)/i.exec(message);
  if (!match) return [];
  const [, unknown = "", suggestion = ""] = match;
  const word = [span.keyword, span.trigger].find((w) => w?.text.toUpperCase() === unknown.toUpperCase());
  if (!word || suggestion === "") return [];
  return [{ title: `Change to ${suggestion}`, edits: [{ range: wordRange(word), text: suggestion }], preferred: true }];
}

function isOneOf(code: string, codes: readonly string[]): boolean {
  return codes.includes(code);
}

/** Every mechanical fix for a finding with this code and message on this line. */
export function quickFixesFor(
  code: string,
  message: string,
  lineNumber: number,
  src: LineSource,
  catalog: readonly CatalogRepository[],
): QuickFix[] {
  const spans = scanInstructions(src);
  const span = spanAtLine(spans, lineNumber);
  if (!span) return [];
  if (isOneOf(code, FIXABLE_CODES.execForm)) return execFormFixes(src, span);
  if (isOneOf(code, FIXABLE_CODES.pinTag)) return pinTagFixes(spans, span, catalog);
  if (isOneOf(code, FIXABLE_CODES.maintainer)) return maintainerFixes(src, span);
  if (isOneOf(code, FIXABLE_CODES.fromAsCasing)) return fromAsCasingFixes(span);
  if (isOneOf(code, FIXABLE_CODES.instructionCasing)) return instructionCasingFixes(span, message);
  if (code === PARSE_ERROR_CODE || code === UNKNOWN_INSTRUCTION_CODE) return suggestedKeywordFixes(span, message);
  return [];
}
