import { Lexer, type Token } from "./shell-lex";

/**
 * A tolerant splitter of RUN shell code into simple commands, giving the
 * view hadolint's rules get from ShellCheck's parser (hadolint:
 * src/Hadolint/Shell.hs `findCommandNames`, `getArgs`): each command's name,
 * its arguments with quotes removed, and its `NAME=value` prefixes. It never
 * throws. It knows quotes, escapes, `$(…)`, backticks, `${…}`, the list and
 * pipe operators, redirections (their targets are not arguments), here-documents,
 * comments, and the compound keywords (`if`, `for`, `case … esac`, `{`, `(`).
 * Commands inside `$(…)` and backticks are included, marked `nested`.
 * Unlike bash, a backslash followed by a space at the start of a word is read as
 * a space, as hadolint's Dockerfile parser reads `\    ` inside RUN.
 */
export interface ShellCommand {
  /** The command word, quotes removed ("" for a bare assignment). */
  name: string;
  /** The command word without its directory: `/usr/bin/apt-get` → `apt-get`. */
  program: string;
  args: string[];
  assignments: { name: string; value: string }[];
  /** Inside a command substitution. */
  nested: boolean;
  /** Number of commands in the pipeline this command belongs to. */
  pipeline: number;
}

/** A whole RUN script: its commands in source order, how many top-level list items, and whether any pipe joins two commands. */
export interface ShellScript {
  commands: ShellCommand[];
  /** The programs run anywhere in the script, for quick "does it use X" tests. */
  programs: Set<string>;
  items: number;
  pipes: boolean;
}

const SEPARATORS = new Set(["&&", "||", ";;", ";", "&", "\n"]);
const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time", "esac"]);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/;
const MAX_DEPTH = 8;

/** Builds commands out of the token stream. */
function assemble(source: string, tokens: Token[], nested: boolean, out: ShellScript): void {
  let cmd: ShellCommand | null = null;
  let pipeline: ShellCommand[] = [];
  let itemHasCommand = false;
  let skipUntilDo = false;
  let inCase = 0;
  let skipCaseWord = false;

  const endCommand = (): void => {
    const c = cmd as ShellCommand | null;
    if (c && (c.name !== "" || c.assignments.length > 0)) {
      c.program = c.name.slice(c.name.lastIndexOf("/") + 1);
      out.programs.add(c.program);
      pipeline.push(c);
      out.commands.push(c);
    }
    cmd = null;
  };
  const endPipeline = (): void => {
    endCommand();
    for (const c of pipeline) c.pipeline = pipeline.length;
    if (pipeline.length > 1) out.pipes = true;
    if (pipeline.length > 0) itemHasCommand = true;
    pipeline = [];
  };
  const endItem = (): void => {
    endPipeline();
    if (itemHasCommand && !nested) out.items++;
    itemHasCommand = false;
  };

  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (!tok.word) {
      if (tok.op === "") continue;
      if (tok.op === "|" || tok.op === "|&") endCommand();
      else if (SEPARATORS.has(tok.op)) endItem();
      else if (tok.op === "(" && cmd !== null && (cmd as ShellCommand).args.length === 0 && tokens[t + 1]?.word === false) {
        cmd = null; // `name() { … }`: a function definition, not a command
      } else if (tok.op === ")" && inCase > 0 && cmd === null) continue;
      else endPipeline();
      continue;
    }
    if (skipUntilDo) {
      if (tok.value === "do") skipUntilDo = false;
      continue;
    }
    if (skipCaseWord) {
      if (tok.value === "in") skipCaseWord = false;
      continue;
    }
    if (cmd === null) {
      if (inCase > 0 && tok.value !== "esac" && isCasePattern(tokens, t)) {
        while (t < tokens.length && !(tokens[t]?.word === false && (tokens[t] as { op: string }).op === ")")) t++;
        continue;
      }
      if (KEYWORDS.has(tok.value)) {
        if (tok.value === "esac") inCase = Math.max(0, inCase - 1);
        continue;
      }
      if (tok.value === "for" || tok.value === "select") {
        skipUntilDo = true;
        continue;
      }
      if (tok.value === "case") {
        inCase++;
        skipCaseWord = true;
        continue;
      }
      cmd = { name: "", program: "", args: [], assignments: [], nested, pipeline: 1 };
    }
    const c = cmd as ShellCommand;
    const m = c.name === "" && tok.value.includes("=") ? ASSIGNMENT.exec(source.slice(tok.start, tok.end)) : null;
    if (m) c.assignments.push({ name: m[1] as string, value: tok.value.slice(tok.value.indexOf("=") + 1) });
    else if (c.name === "" && tok.value === "function") continue;
    else if (c.name === "") c.name = tok.value;
    else c.args.push(tok.value);
  }
  endItem();
}

/** In a `case` body: words up to a `)` before any separator form a pattern. */
function isCasePattern(tokens: Token[], t: number): boolean {
  for (let j = t; j < tokens.length; j++) {
    const tok = tokens[j] as Token;
    if (tok.word) continue;
    if (tok.op === ")") return true;
    if (tok.op !== "|" && tok.op !== "(") return false;
  }
  return false;
}

function split(script: string, nested: boolean, depth: number, out: ShellScript): void {
  const lexer = new Lexer(script);
  lexer.run();
  assemble(script, lexer.tokens, nested, out);
  if (depth >= MAX_DEPTH) return;
  for (const inner of lexer.nested) split(inner, true, depth + 1, out);
}

/** Splits a shell script into its simple commands. Never throws. */
export function splitShell(script: string): ShellScript {
  const out: ShellScript = { commands: [], programs: new Set(), items: 0, pipes: false };
  split(script, false, 0, out);
  return out;
}
