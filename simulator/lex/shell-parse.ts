import type { Assignment, CommandList, Pipeline, Redirect, SimpleCommand, Word, WordPart } from "./ast";

/**
 * A shell syntax error, worded as bash words it
 * (bash: parse.y report_syntax_error, "syntax error near unexpected token").
 */
export class ShellSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ShellSyntaxError";
  }
}

type Token =
  | { type: "word"; word: Word }
  | { type: "op"; op: string };

const OPERATORS = ["&&", "||", ">>", "2>>", "2>&1", "&>", "2>", ">", "<", "|", ";;", ";", "&"];

function isNameStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_]/.test(c);
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

/** Reads `$(...)` starting at the `(`; returns the inner source and the index after `)`. */
function readSubstitution(line: string, open: number): [string, number] {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth === 0) return [line.slice(open + 1, i), i + 1];
    }
  }
  throw new ShellSyntaxError("unexpected EOF while looking for matching `)'");
}

/** Reads a `$...` expansion at `i` (pointing at `$`). Returns the part and the next index. */
function readDollar(line: string, i: number, quoted: boolean): [WordPart, number] {
  const next = line[i + 1];
  if (next === "(") {
    const [source, end] = readSubstitution(line, i + 1);
    return [{ kind: "subst", source, quoted }, end];
  }
  if (next === "{") {
    const close = line.indexOf("}", i + 2);
    if (close < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `}'");
    return [{ kind: "param", name: line.slice(i + 2, close), quoted }, close + 1];
  }
  // Special parameters and positional parameters: $? $$ $# $! $- $* $@ $0…$9 (bash manual, "Special Parameters").
  if (next !== undefined && "?$#!-*@0123456789".includes(next)) return [{ kind: "param", name: next, quoted }, i + 2];
  if (isNameStart(next)) {
    let j = i + 1;
    while (isNameChar(line[j])) j++;
    return [{ kind: "param", name: line.slice(i + 1, j), quoted }, j];
  }
  return [{ kind: "literal", text: "$", quoted }, i + 1];
}

/** Splits a line into words and operators, keeping quoting for later expansion. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === " " || c === "\t" || c === "\n") {
      i++;
      continue;
    }
    if (c === "#") break;
    const op = OPERATORS.find((o) => line.startsWith(o, i));
    // "2>" is an operator only at the start of a word.
    if (op) {
      tokens.push({ type: "op", op });
      i += op.length;
      continue;
    }
    const parts: WordPart[] = [];
    const pushLiteral = (text: string, quoted: boolean): void => {
      const last = parts[parts.length - 1];
      if (last && last.kind === "literal" && last.quoted === quoted) last.text += text;
      else parts.push({ kind: "literal", text, quoted });
    };
    while (i < line.length) {
      const ch = line[i] as string;
      if (" \t\n;&|<>".includes(ch)) break;
      if (ch === "'") {
        const close = line.indexOf("'", i + 1);
        if (close < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''");
        pushLiteral(line.slice(i + 1, close), true);
        i = close + 1;
      } else if (ch === '"') {
        i++;
        let closed = false;
        pushLiteral("", true);
        while (i < line.length) {
          const d = line[i] as string;
          if (d === '"') {
            closed = true;
            i++;
            break;
          }
          if (d === "\\" && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1] as string)) {
            pushLiteral(line[i + 1] as string, true);
            i += 2;
          } else if (d === "$") {
            const [part, end] = readDollar(line, i, true);
            if (part.kind === "literal") pushLiteral(part.text, true);
            else parts.push(part);
            i = end;
          } else {
            pushLiteral(d, true);
            i++;
          }
        }
        if (!closed) throw new ShellSyntaxError("unexpected EOF while looking for matching `\"'");
      } else if (ch === "\\") {
        if (i + 1 < line.length) pushLiteral(line[i + 1] as string, true);
        i += 2;
      } else if (ch === "$") {
        const [part, end] = readDollar(line, i, false);
        if (part.kind === "literal") pushLiteral(part.text, false);
        else parts.push(part);
        i = end;
      } else {
        pushLiteral(ch, false);
        i++;
      }
    }
    tokens.push({ type: "word", word: { parts } });
  }
  return tokens;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function splitAssignment(word: Word): Assignment | null {
  const first = word.parts[0];
  if (!first || first.kind !== "literal" || first.quoted) return null;
  const m = ASSIGNMENT.exec(first.text);
  if (!m) return null;
  const rest = first.text.slice(m[0].length);
  const valueParts: WordPart[] = rest ? [{ kind: "literal", text: rest, quoted: false }] : [];
  return { name: m[1] as string, value: { parts: [...valueParts, ...word.parts.slice(1)] } };
}

function unexpected(op: string): ShellSyntaxError {
  return new ShellSyntaxError(`syntax error near unexpected token \`${op}'`);
}

const REDIRECTS: Record<string, Pick<Redirect, "fd" | "op">> = {
  ">": { fd: 1, op: ">" },
  ">>": { fd: 1, op: ">>" },
  "2>": { fd: 2, op: ">" },
  "2>>": { fd: 2, op: ">>" },
  "&>": { fd: "both", op: ">" },
  "<": { fd: 0, op: "<" },
};

/**
 * Parses one line typed at a bash prompt into a command list. Supports what
 * learners type: words with quotes and `$` expansions, `NAME=value cmd`,
 * `|`, `&&`, `||`, `;`, and the redirections `> >> < 2> 2>> 2>&1 &>`.
 */
export function parseShellLine(line: string): CommandList {
  const tokens = tokenize(line);
  const list: CommandList = { items: [] };
  let pipeline: Pipeline = { commands: [] };
  let command: SimpleCommand = { assignments: [], words: [], redirects: [] };
  let pendingOp: "&&" | "||" | ";" = ";";

  const endCommand = (op: string): void => {
    if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) {
      throw unexpected(op);
    }
    pipeline.commands.push(command);
    command = { assignments: [], words: [], redirects: [] };
  };

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (token.type === "word") {
      const assignment = command.words.length === 0 ? splitAssignment(token.word) : null;
      if (assignment) command.assignments.push(assignment);
      else command.words.push(token.word);
      continue;
    }
    const redirect = REDIRECTS[token.op];
    if (redirect) {
      const target = tokens[t + 1];
      if (!target || target.type !== "word") throw unexpected(target?.type === "op" ? target.op : "newline");
      command.redirects.push({ ...redirect, target: target.word });
      t++;
      continue;
    }
    if (token.op === "2>&1") {
      command.redirects.push({ fd: 2, op: ">&", target: { parts: [{ kind: "literal", text: "1", quoted: false }] } });
      continue;
    }
    if (token.op === "&") throw new ShellSyntaxError("background jobs (`&') are not available in this terminal");
    // `;;` only ends a case clause; anywhere else bash rejects it.
    if (token.op === ";;") throw unexpected(";;");
    if (token.op === "|") {
      endCommand("|");
      continue;
    }
    // ; && ||
    endCommand(token.op);
    list.items.push({ op: pendingOp, pipeline });
    pipeline = { commands: [] };
    pendingOp = token.op as "&&" | "||" | ";";
  }
  const empty = command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0;
  // A line ending in `|`, `&&` or `||` needs more input; at end of input bash says
  // "syntax error: unexpected end of file" (bash: parse.y report_syntax_error).
  if (empty && (pipeline.commands.length > 0 || pendingOp !== ";")) {
    throw new ShellSyntaxError("syntax error: unexpected end of file");
  }
  if (!empty) pipeline.commands.push(command);
  if (pipeline.commands.length > 0) list.items.push({ op: pendingOp, pipeline });
  return list;
}
