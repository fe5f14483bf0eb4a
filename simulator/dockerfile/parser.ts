import { DockerfileParseError, type Heredoc, type InstructionNode, type ParsedDockerfile, type ParseWarning } from "./ast";
import { DirectiveScanner } from "./directives";
import { calculateHeredocsFromLine } from "./heredoc";
import { IGNORED, LINE_PARSERS } from "./line-parsers";
import { isGoSpace, splitFirstWord, trimGoSpace, trimLeftGoSpace } from "./whitespace";

/** BuildKit's bufio.Scanner limit: a physical line of more than this many bytes is an error. */
export const MAX_LINE_BYTES = 65535;

const HEREDOC_KEYWORDS = new Set(["add", "copy", "run"]);
const encoder = new TextEncoder();

/**
 * extractBuilderFlags: the leading `--name=value` words of an instruction.
 * Quotes are removed and the escape token honoured; a lone `--` ends them.
 * Returns the rest of the line and the flags.
 */
export function extractBuilderFlags(line: string, escapeToken: string): [string, string[]] {
  const words: string[] = [];
  let phase: "spaces" | "word" | "quote" = "spaces";
  let word = "";
  let quote = "";
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    let ch = line[pos] ?? "";
    const atEnd = pos === line.length;
    if (phase === "spaces") {
      if (atEnd) break;
      if (isGoSpace(ch)) continue;
      if (ch !== "-" || pos + 1 === line.length || line[pos + 1] !== "-") return [line.slice(pos), words];
      phase = "word";
    }
    if (atEnd) {
      if (word !== "--" && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === "word") {
      if (isGoSpace(ch)) {
        phase = "spaces";
        if (word === "--") return [line.slice(pos), words];
        if (blankOK || word.length > 0) words.push(word);
        word = "";
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = "quote";
        continue;
      }
      if (ch === escapeToken) {
        if (pos + 1 === line.length) continue;
        pos++;
        ch = line[pos] as string;
      }
      word += ch;
      continue;
    }
    if (ch === quote) {
      phase = "word";
      continue;
    }
    if (ch === escapeToken) {
      if (pos + 1 === line.length) {
        phase = "word";
        continue;
      }
      pos++;
      ch = line[pos] as string;
    }
    word += ch;
  }
  return ["", words];
}

/** newNodeFromLine: keyword, builder flags and argument nodes of one instruction's text. */
function parseInstructionText(line: string, escapeToken: string, comments: string[]): InstructionNode {
  const parts = splitFirstWord(trimGoSpace(line));
  const keyword = parts[0];
  let flags: string[] = [];
  let rest = "";
  if (parts.length === 2) {
    const [afterFlags, found] = extractBuilderFlags(parts[1], escapeToken);
    flags = found;
    rest = trimGoSpace(afterFlags);
  }
  const lineParser = LINE_PARSERS[keyword.toLowerCase()];
  const parsed = lineParser ? lineParser(rest, escapeToken) : IGNORED;
  const node: InstructionNode = {
    keyword,
    flags,
    args: parsed.args,
    json: parsed.json,
    original: line,
    startLine: 0,
    endLine: 0,
    heredocs: [],
    prevComment: comments,
  };
  if (parsed.subcommand !== undefined) node.onbuild = parseInstructionText(parsed.subcommand, escapeToken, []);
  return node;
}

/** canContainHeredoc: RUN, COPY and ADD in shell form, directly or as an ONBUILD trigger. */
function canContainHeredoc(node: InstructionNode): boolean {
  const target = node.keyword.toLowerCase() === "onbuild" && node.onbuild ? node.onbuild : node;
  return HEREDOC_KEYWORDS.has(target.keyword.toLowerCase()) && !target.json;
}

function isComment(line: string): boolean {
  return trimLeftGoSpace(line).startsWith("#");
}

/**
 * Parses a Dockerfile as BuildKit's parser does
 * (moby/buildkit: frontend/dockerfile/parser/parser.go Parse): parser
 * directives, comments, line continuations with the escape token (blank and
 * comment lines inside a continuation are skipped; blank ones warn), builder
 * flags, per-instruction argument splitting, and heredoc bodies. Throws
 * DockerfileParseError with BuildKit's message and the instruction's lines.
 */
export function parseDockerfile(text: string): ParsedDockerfile {
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const scanner = new DirectiveScanner();
  const instructions: InstructionNode[] = [];
  const warnings: ParseWarning[] = [];
  let comments: string[] = [];
  let index = 0;
  let currentLine = 0;

  const fail = (message: string, start: number, end: number = start): never => {
    throw new DockerfileParseError(message, { line: Math.max(1, start), column: 1, endLine: Math.max(1, end) });
  };
  const nextRaw = (): string | undefined => {
    const raw = lines[index];
    if (raw === undefined) return undefined;
    index++;
    // UTF-8 is at most 3 bytes per UTF-16 unit, so only long lines need measuring.
    if (raw.length * 3 > MAX_LINE_BYTES && encoder.encode(raw).length > MAX_LINE_BYTES) fail(`dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`, index);
    return raw;
  };
  const trimNewline = (raw: string): string => raw.replace(/[\r\n]+$/, "");
  /** processLine: trims the newline (and leading space), feeds directives, blanks out comments. */
  const processLine = (raw: string, stripLeft: boolean): string => {
    let token = trimNewline(raw);
    if (stripLeft) token = trimLeftGoSpace(token);
    try {
      scanner.scan(token);
    } catch (error) {
      fail((error as Error).message, currentLine + 1);
    }
    return isComment(token) ? "" : token;
  };
  const trimContinuation = (line: string): [string, boolean] => {
    const re = scanner.continuation;
    if (re.test(line)) return [line.replace(re, "$1"), false];
    return [line, true];
  };

  for (let raw = nextRaw(); raw !== undefined; raw = nextRaw()) {
    if (currentLine === 0) raw = raw.replace(/^\ufeff/, "");
    if (isComment(raw)) {
      // BuildKit drops only the first byte of the raw line, so an indented comment keeps its `#`.
      const comment = trimGoSpace(trimNewline(raw).slice(1));
      comments = comment === "" ? [] : [...comments, comment];
    }
    const processed = processLine(raw, true);
    currentLine++;
    const startLine = currentLine;
    let [line, isEndOfLine] = trimContinuation(processed);
    if (isEndOfLine && line === "") continue;

    let emptyContinuation = false;
    while (!isEndOfLine) {
      const more = nextRaw();
      if (more === undefined) break;
      const continued = processLine(more, false);
      currentLine++;
      if (isComment(more)) continue;
      if (trimLeftGoSpace(trimNewline(continued)) === "") {
        emptyContinuation = true;
        continue;
      }
      let piece: string;
      [piece, isEndOfLine] = trimContinuation(continued);
      line += piece;
    }
    if (emptyContinuation) {
      warnings.push({
        short: `Empty continuation line found in: ${line}`,
        detail: "Empty continuation lines will become errors in a future release",
        url: "https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/",
        line: currentLine,
      });
    }

    let node: InstructionNode;
    try {
      node = parseInstructionText(line, scanner.escapeToken, comments);
    } catch (error) {
      return fail((error as Error).message, startLine, currentLine);
    }

    if (canContainHeredoc(node) && line.includes("<<")) {
      let heredocs: Heredoc[];
      try {
        heredocs = calculateHeredocsFromLine(line);
      } catch (error) {
        return fail((error as Error).message, startLine, currentLine);
      }
      for (const heredoc of heredocs) {
        let terminated = false;
        for (let body = nextRaw(); body !== undefined; body = nextRaw()) {
          currentLine++;
          let candidate = trimNewline(body);
          if (heredoc.chomp) candidate = candidate.replace(/^\t+/, "");
          if (candidate === heredoc.name) {
            terminated = true;
            break;
          }
          heredoc.content += body + "\n";
        }
        if (!terminated) fail("unterminated heredoc", startLine, currentLine);
        node.heredocs.push(heredoc);
      }
    }

    node.startLine = startLine;
    node.endLine = currentLine;
    if (node.onbuild) {
      node.onbuild.startLine = startLine;
      node.onbuild.endLine = currentLine;
    }
    instructions.push(node);
    comments = [];
  }

  if (instructions.length === 0) fail("file with no instructions", currentLine);
  return {
    instructions,
    escapeToken: scanner.escapeToken,
    directives: scanner.directives,
    warnings,
    startLine: (instructions[0] as InstructionNode).startLine,
    endLine: (instructions[instructions.length - 1] as InstructionNode).endLine,
  };
}
