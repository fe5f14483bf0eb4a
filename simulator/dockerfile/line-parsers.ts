import { isGoSpace, splitFirstWord, trimLeftGoSpace, WHITESPACE_RUN } from "./whitespace";

/**
 * How one instruction's argument text becomes argument nodes. One function
 * per shape, registered by keyword in LINE_PARSERS, as BuildKit's dispatch
 * table does (moby/buildkit: frontend/dockerfile/parser/line_parsers.go).
 */
export interface LineArgs {
  args: string[];
  json: boolean;
  /** For ONBUILD: the trigger's text, parsed by the caller as an instruction. */
  subcommand?: string;
}

/** A line parser: argument text (flags already removed) → argument nodes; throws Error with BuildKit's message. */
export type LineParser = (rest: string, escapeToken: string) => LineArgs;

/** BuildKit's errDockerfileNotStringArray. */
export const NOT_STRING_ARRAY = "when using JSON array syntax, arrays must be comprised of strings only";

const NONE: LineArgs = { args: [], json: false };

/**
 * parseWords: splits on unquoted whitespace, keeping quotes and escape
 * characters inside the words (they are removed later, at evaluation).
 */
export function parseWords(rest: string, escapeToken: string): string[] {
  const words: string[] = [];
  let phase: "spaces" | "word" | "quote" = "spaces";
  let word = "";
  let quote = "";
  let blankOK = false;
  const chars = [...rest];
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = chars[pos] ?? "";
    const atEnd = pos === chars.length;
    if (phase === "spaces") {
      if (atEnd) break;
      if (isGoSpace(ch)) continue;
      phase = "word";
    }
    if (atEnd) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === "word") {
      if (isGoSpace(ch)) {
        phase = "spaces";
        if (blankOK || word.length > 0) words.push(word);
        word = "";
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = "quote";
      }
      if (ch === escapeToken) {
        if (pos + 1 === chars.length) continue; // an escape at the end of the line is dropped
        word += ch;
        pos++;
        ch = chars[pos] as string;
      }
      word += ch;
      continue;
    }
    // in a quote
    if (ch === quote) phase = "word";
    if (ch === escapeToken && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = "word";
        continue;
      }
      pos++;
      word += ch;
      ch = chars[pos] as string;
    }
    word += ch;
  }
  return words;
}

/** parseNameVal: ENV and LABEL, in the `k=v …` form or the legacy `K value` form; triples (key, value, separator). */
function parseNameVal(rest: string, escapeToken: string, key: string): LineArgs {
  const words = parseWords(rest, escapeToken);
  if (words.length === 0) return NONE;
  if (!(words[0] as string).includes("=")) {
    const parts = splitFirstWord(rest);
    if (parts.length < 2) throw new Error(`${key} must have two arguments`);
    return { args: [parts[0], parts[1] as string, ""], json: false };
  }
  const args: string[] = [];
  for (const word of words) {
    const eq = word.indexOf("=");
    if (eq < 0) throw new Error(`Syntax error - can't find = in ${JSON.stringify(word)}. Must be of the form: name=value`);
    args.push(word.slice(0, eq), word.slice(eq + 1), "=");
  }
  return { args, json: false };
}

/** parseStringsWhitespaceDelimited: FROM, EXPOSE, and the non-JSON ADD/COPY/VOLUME. */
function parseWhitespaceDelimited(rest: string): LineArgs {
  if (rest === "") return NONE;
  return { args: rest.split(WHITESPACE_RUN), json: false };
}

/** parseString: the whole text as one node (USER, WORKDIR, MAINTAINER, STOPSIGNAL). */
function parseString(rest: string): LineArgs {
  return rest === "" ? NONE : { args: [rest], json: false };
}

/**
 * parseJSON: a JSON array of strings. Returns undefined when the text is not
 * a JSON array (the caller falls back); throws when it is one with a
 * non-string element.
 */
function parseJsonArray(rest: string): LineArgs | undefined {
  const text = trimLeftGoSpace(rest);
  if (!text.startsWith("[")) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  if (!value.every((v) => typeof v === "string")) throw new Error(NOT_STRING_ARRAY);
  return { args: value as string[], json: true };
}

/** parseMaybeJSON: RUN, CMD, ENTRYPOINT, SHELL — exec form, or the whole text as one node. */
function parseMaybeJson(rest: string): LineArgs {
  if (rest === "") return NONE;
  return parseJsonArray(rest) ?? { args: [rest], json: false };
}

/** parseMaybeJSONToList: ADD, COPY, VOLUME — exec form, or whitespace-separated words. */
function parseMaybeJsonToList(rest: string): LineArgs {
  return parseJsonArray(rest) ?? parseWhitespaceDelimited(rest);
}

/** parseHealthConfig: the type word (`CMD`, `NONE`), then the command as for CMD. */
function parseHealthConfig(rest: string): LineArgs {
  let sep = 0;
  while (sep < rest.length && !isGoSpace(rest[sep])) sep++;
  if (sep === 0) return NONE;
  let next = sep;
  while (next < rest.length && isGoSpace(rest[next])) next++;
  const cmd = parseMaybeJson(rest.slice(next));
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
}

/** Keyword (lower case) → line parser. Keywords not listed are kept with one empty argument (parseIgnore). */
export const LINE_PARSERS: Record<string, LineParser> = {
  add: parseMaybeJsonToList,
  arg: (rest, esc) => ({ args: parseWords(rest, esc), json: false }),
  cmd: parseMaybeJson,
  copy: parseMaybeJsonToList,
  entrypoint: parseMaybeJson,
  env: (rest, esc) => parseNameVal(rest, esc, "ENV"),
  expose: parseWhitespaceDelimited,
  from: parseWhitespaceDelimited,
  healthcheck: parseHealthConfig,
  label: (rest, esc) => parseNameVal(rest, esc, "LABEL"),
  maintainer: parseString,
  onbuild: (rest) => (rest === "" ? NONE : { args: [], json: false, subcommand: rest }),
  run: parseMaybeJson,
  shell: parseMaybeJson,
  stopsignal: parseString,
  user: parseString,
  volume: parseMaybeJsonToList,
  workdir: parseString,
};

/** parseIgnore: unknown instructions carry one empty argument node. */
export const IGNORED: LineArgs = { args: [""], json: false };
