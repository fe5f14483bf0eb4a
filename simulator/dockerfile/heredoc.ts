import { WordLexer, WordLexError } from "../lex/word-lexer";
import type { Heredoc } from "./ast";

const HEREDOC_RE = /^(\d*)<<(-?)\s*([^<]*)$/;
const NO_ENV = (): undefined => undefined;
const count = (s: string): number => (s.match(/['"]/g) ?? []).length;

/**
 * ParseHeredoc: `[fd]<<[-]WORD` → a heredoc, or undefined when the word is
 * not one. The body is expanded only when no part of WORD was quoted, which
 * BuildKit tells by lexing WORD with and without raw quotes
 * (moby/buildkit: frontend/dockerfile/parser/parser.go heredocFromMatch).
 */
export function parseHeredocWord(src: string): Heredoc | undefined {
  const m = HEREDOC_RE.exec(src);
  if (!m) return undefined;
  const fd = m[1] ? Number.parseInt(m[1], 10) : 0;
  const chomp = m[2] === "-";
  const rest = m[3] as string;
  if (rest.length === 0) return undefined;
  const words = new WordLexer({ escapeToken: "\\", skipUnsetEnv: true }).processWords(rest, NO_ENV);
  if (words.length !== 1) return undefined;
  const raw = new WordLexer({ escapeToken: "\\", skipUnsetEnv: true, rawQuotes: true }).processWords(rest, NO_ENV);
  if (raw.length !== words.length) throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  const name = words[0] as string;
  return { name, content: "", expand: count(name) === count(raw[0] as string), chomp, fileDescriptor: Number.isSafeInteger(fd) ? fd : 0 };
}

/**
 * heredocsFromLine: every heredoc word of an instruction's line, in order
 * (moby/buildkit: parser.go heredocsFromLine; lexing errors there are ignored).
 */
export function calculateHeredocsFromLine(line: string): Heredoc[] {
  let words: string[];
  try {
    words = new WordLexer({ escapeToken: "\\", rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWords(line, NO_ENV);
  } catch (error) {
    if (error instanceof WordLexError) return [];
    throw error;
  }
  const docs: Heredoc[] = [];
  for (const word of words) {
    const heredoc = parseHeredocWord(word);
    if (heredoc) docs.push(heredoc);
  }
  return docs;
}
