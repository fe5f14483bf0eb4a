/**
 * A light, forgiving reading of Dockerfile text for the editor: which lines
 * make up which instruction (continuation lines, comments inside them,
 * heredoc bodies), and the whitespace-separated words of an instruction with
 * their positions. It never fails, so it works on half-typed files, where the
 * engine's parser would throw.
 */

/** The part of a Monaco text model this module reads (ITextModel satisfies it). */
export interface LineSource {
  getLineCount(): number;
  getLineContent(lineNumber: number): string;
}

/** A plain array of lines as a LineSource (1-based like Monaco). */
export function linesOf(text: string): LineSource {
  const lines = text.split(/\r?\n/);
  return {
    getLineCount: () => lines.length,
    getLineContent: (n) => lines[n - 1] ?? "",
  };
}

/** A range of text (1-based lines and columns, end exclusive), shaped like Monaco's IRange. */
export interface EditRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** One word of an instruction: its text and where it is (1-based line, 1-based columns, end exclusive). */
export interface Word {
  text: string;
  line: number;
  startColumn: number;
  endColumn: number;
}

/** One instruction as the editor sees it. */
export interface InstructionSpan {
  startLine: number;
  /** The last line of the instruction, heredoc bodies included. */
  endLine: number;
  /** The lines carrying instruction text (not comments, blanks or heredoc bodies). */
  textLines: number[];
  /** Lines inside the span that are comments (they would be lost by rewriting the span). */
  commentLines: number[];
  /** Lines that belong to heredoc bodies. */
  heredocLines: number[];
  words: Word[];
  /** The keyword word (`RUN`), as written. */
  keyword: Word;
  /** For ONBUILD: the wrapped instruction's keyword word. */
  trigger?: Word;
  /** The builder flags (`--from=build`), in order. */
  flags: Word[];
  /** The remaining words. */
  args: Word[];
}

const DIRECTIVE = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/;
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z0-9_.-]+)\2/g;

function isComment(line: string): boolean {
  return /^\s*#/.test(line);
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** The escape token set by a `# escape=` parser directive at the top of the file; `\` otherwise. */
export function escapeTokenOf(src: LineSource): "\\" | "`" {
  const count = src.getLineCount();
  for (let n = 1; n <= count; n++) {
    const match = DIRECTIVE.exec(src.getLineContent(n));
    if (!match) break;
    if ((match[1] ?? "").toLowerCase() === "escape" && (match[2] === "`" || match[2] === "\\")) return match[2];
  }
  return "\\";
}

/** Whether a line (not a comment) ends with the escape token, i.e. continues on the next line. */
function continues(line: string, escape: string): boolean {
  const trimmed = line.replace(/[ \t\r]+$/, "");
  return trimmed.endsWith(escape);
}

/** Splits one physical line into words with columns, leaving out a trailing continuation escape. */
function wordsOfLine(line: string, lineNumber: number, escape: string, isContinued: boolean): Word[] {
  let text = line;
  if (isContinued) {
    const trimmed = text.replace(/[ \t\r]+$/, "");
    text = trimmed.slice(0, trimmed.length - escape.length);
  }
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index ?? 0;
    words.push({ text: match[0], line: lineNumber, startColumn: start + 1, endColumn: start + 1 + match[0].length });
  }
  return words;
}

/** Splits the words after a keyword into builder flags and arguments. */
function splitFlags(words: Word[]): { flags: Word[]; args: Word[] } {
  let i = 0;
  while (i < words.length && /^--\S/.test(words[i]?.text ?? "")) i++;
  // A lone `--` ends the flags and is not an argument.
  const args = words.slice(words[i]?.text === "--" ? i + 1 : i);
  return { flags: words.slice(0, i), args };
}

/**
 * Every instruction in the text, in order. Mirrors how BuildKit groups lines:
 * a line ending in the escape token continues on the next one, comments and
 * blank lines inside a continuation are skipped, and RUN/COPY/ADD heredocs
 * take their body lines up to the terminator.
 */
export function scanInstructions(src: LineSource): InstructionSpan[] {
  const escape = escapeTokenOf(src);
  const count = src.getLineCount();
  const spans: InstructionSpan[] = [];
  let n = 1;
  while (n <= count) {
    const first = src.getLineContent(n);
    if (isComment(first) || isBlank(first)) {
      n++;
      continue;
    }
    const startLine = n;
    const textLines: number[] = [];
    const commentLines: number[] = [];
    const words: Word[] = [];
    let line = first;
    for (;;) {
      const more = continues(line, escape);
      textLines.push(n);
      words.push(...wordsOfLine(line, n, escape, more));
      if (!more) break;
      let next = n + 1;
      while (next <= count && (isComment(src.getLineContent(next)) || isBlank(src.getLineContent(next)))) {
        if (isComment(src.getLineContent(next))) commentLines.push(next);
        next++;
      }
      if (next > count) {
        n = count;
        break;
      }
      n = next;
      line = src.getLineContent(n);
    }
    let endLine = n;
    const keyword = words[0];
    if (!keyword) {
      n = endLine + 1;
      continue;
    }
    const isOnbuild = keyword.text.toUpperCase() === "ONBUILD";
    const trigger = isOnbuild ? words[1] : undefined;
    const { flags, args } = splitFlags(words.slice(isOnbuild ? 2 : 1));

    const heredocLines: number[] = [];
    const target = (trigger ?? keyword).text.toUpperCase();
    if (target === "RUN" || target === "COPY" || target === "ADD") {
      const joined = words.map((w) => w.text).join(" ");
      for (const match of joined.matchAll(HEREDOC)) {
        const chomp = match[1] === "-";
        const name = match[3] ?? "";
        for (let body = endLine + 1; body <= count; body++) {
          endLine = body;
          heredocLines.push(body);
          let candidate = src.getLineContent(body).replace(/\r$/, "");
          if (chomp) candidate = candidate.replace(/^\t+/, "");
          if (candidate === name) break;
        }
      }
    }
    spans.push({ startLine, endLine, textLines, commentLines, heredocLines, words, keyword, trigger, flags, args });
    n = endLine + 1;
  }
  return spans;
}

/** The instruction that a line belongs to (text, continuation, inner comment or heredoc body). */
export function spanAtLine(spans: InstructionSpan[], lineNumber: number): InstructionSpan | undefined {
  return spans.find((s) => s.startLine <= lineNumber && lineNumber <= s.endLine);
}

/** The word under a position (column between its first character and just after its last). */
export function wordAt(span: InstructionSpan, lineNumber: number, column: number): Word | undefined {
  return span.words.find((w) => w.line === lineNumber && w.startColumn <= column && column <= w.endColumn);
}

/** Names of the stages declared with `FROM … AS name` before a line. */
export function stageNamesBefore(spans: InstructionSpan[], lineNumber: number): string[] {
  const names: string[] = [];
  for (const span of spans) {
    if (span.startLine >= lineNumber) break;
    if (span.keyword.text.toUpperCase() !== "FROM") continue;
    const as = span.args[1];
    const name = span.args[2];
    if (as && name && as.text.toUpperCase() === "AS") names.push(name.text);
  }
  return names;
}
