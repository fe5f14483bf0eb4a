/**
 * What hovering shows, as Markdown: an instruction's doc over its keyword, a
 * builder flag's doc over the flag, and the lint findings of the line with
 * their learner explanations. Pure: the Monaco glue only wraps the result.
 */
import { type EditorFinding, type RuleExplanation, findingCoversLine } from "./findings";
import { flagDoc, flagName, flagsFor } from "./flag-docs";
import { instructionDoc } from "./instruction-docs";
import { scanInstructions, spanAtLine, wordAt, type EditRange, type LineSource, type Word } from "./text-model";

export interface HoverResult {
  /** The text hovered (the keyword or flag), when the hover is about a word. */
  range?: EditRange;
  contents: string[];
}

const SEVERITY_LABEL: Record<EditorFinding["severity"], string> = {
  error: "error",
  warning: "warning",
  info: "info",
  style: "style",
};

function fence(code: string): string {
  return ["```dockerfile", code, "```"].join("\n");
}

function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** The Markdown doc of an instruction keyword (any case), or undefined for a word that is not one. */
export function instructionMarkdown(keyword: string): string | undefined {
  const doc = instructionDoc(keyword);
  if (!doc) return undefined;
  const upper = keyword.toUpperCase();
  const parts = [`**${upper}** — ${doc.summary}`];
  if (doc.deprecated) parts.push(`*Deprecated.* ${doc.deprecated}`);
  parts.push(doc.details, fence(doc.syntax.join("\n")), `Example:\n\n${fence(doc.example)}`);
  const flags = flagsFor(upper);
  if (flags.length > 0) parts.push(`Flags: ${flags.map(inlineCode).join(" · ")}`);
  return parts.join("\n\n");
}

/** The Markdown doc of a builder flag word on an instruction, with a note when that instruction does not take it. */
export function flagMarkdown(flagWord: string, instruction: string): string {
  const upper = instruction.toUpperCase();
  const found = flagDoc(flagWord);
  const accepted = flagsFor(upper);
  const acceptedText = accepted.length > 0 ? `${upper} accepts ${accepted.map(inlineCode).join(", ")}.` : `${upper} takes no flags.`;
  if (!found) return `${inlineCode(flagName(flagWord))} is not a flag Docker knows for ${upper}. ${acceptedText}`;
  const { name, doc } = found;
  const parts = [`**${name}** (${doc.instructions.join(", ")}) — ${doc.summary}`, fence(doc.syntax), `Example:\n\n${fence(doc.example)}`];
  if (!doc.instructions.includes(upper)) parts.unshift(`**${upper} does not take ${inlineCode(name)}.** ${acceptedText}`);
  return parts.join("\n\n");
}

/** The Markdown for one finding: code and severity, optionally the message, and the rule's explanation. */
export function findingMarkdown(finding: EditorFinding, explanation: RuleExplanation | undefined, withMessage: boolean): string {
  const parts = [`**${finding.code}** · ${SEVERITY_LABEL[finding.severity]}${withMessage ? ` — ${finding.message}` : ""}`];
  if (explanation) {
    parts.push(`**Why it matters:** ${explanation.why}`, `**How to fix it:** ${explanation.fix}`);
    if (explanation.before.trim() !== "" && explanation.after.trim() !== "") {
      parts.push(`Instead of:\n\n${fence(explanation.before.trimEnd())}\n\nwrite:\n\n${fence(explanation.after.trimEnd())}`);
    }
  }
  return parts.join("\n\n");
}

/** The column a finding's squiggle starts at: its column, or the first non-blank character of its line. */
export function squiggleStart(src: LineSource, finding: EditorFinding): number {
  if (finding.column !== undefined) return finding.column;
  const indent = /^\s*/.exec(src.getLineContent(finding.line))?.[0].length ?? 0;
  return indent + 1;
}

function rangeOf(word: Word): EditRange {
  return { startLineNumber: word.line, startColumn: word.startColumn, endLineNumber: word.line, endColumn: word.endColumn };
}

/**
 * Everything to show for a hover at a position: the doc of the keyword or
 * flag under the mouse, then the line's findings with their explanations.
 * The finding's own message is repeated only when the mouse is outside the
 * squiggle (Monaco's marker hover already shows it inside).
 */
export function hoverAt(
  src: LineSource,
  lineNumber: number,
  column: number,
  findings: readonly EditorFinding[],
  explain: (code: string) => RuleExplanation | undefined,
): HoverResult | undefined {
  const contents: string[] = [];
  let range: EditRange | undefined;
  const span = spanAtLine(scanInstructions(src), lineNumber);
  const word = span ? wordAt(span, lineNumber, column) : undefined;
  if (span && word && !span.heredocLines.includes(lineNumber)) {
    if (word === span.keyword || word === span.trigger) {
      const doc = instructionMarkdown(word.text);
      if (doc) {
        contents.push(doc);
        range = rangeOf(word);
      }
    } else if (span.flags.includes(word)) {
      const owner = span.trigger ?? span.keyword;
      // Only the part before `=` is the flag's name; the value is the learner's.
      const nameEnd = word.startColumn + flagName(word.text).length;
      if (column <= nameEnd) {
        contents.push(flagMarkdown(word.text, owner.text));
        range = { ...rangeOf(word), endColumn: nameEnd };
      }
    }
  }
  const onLine = findings.filter((f) => findingCoversLine(f, lineNumber));
  for (const finding of onLine) {
    const insideSquiggle = lineNumber > finding.line || column >= squiggleStart(src, finding);
    contents.push(findingMarkdown(finding, explain(finding.code), !insideSquiggle));
  }
  return contents.length > 0 ? { range, contents } : undefined;
}
