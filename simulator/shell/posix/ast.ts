import type { PosixSyntaxError } from "./errors";

/**
 * The syntax tree of a POSIX shell program, shaped like dash's parse nodes
 * (dash: src/nodes.c.pat) and the grammar of POSIX XCU §2.10.
 */

/** The parameter-expansion operators of XCU §2.6.2, plus bash/ash's `${x/a/b}` and `${x:off:len}`. */
export type ParamOp =
  | ""
  | "-" | ":-" | "=" | ":=" | "?" | ":?" | "+" | ":+"
  | "#" | "##" | "%" | "%%"
  | "len"
  | "/" | "//" | "/#" | "/%"
  | ":"
  /** A malformed `${…}`: dash and bash fail when it is expanded. */
  | "bad";

/** One piece of a word, before expansion (dash: src/parser.c readtoken1 CTL* markers). */
export type WordPart =
  /** Literal text; `quoted` when it came from '…', "…" or a backslash. */
  | { type: "lit"; text: string; quoted: boolean }
  /** A "…" region: expansions inside it are not split or globbed. */
  | { type: "dq"; parts: WordPart[] }
  /** `$name`, `${name}` or `${name<op>word}`. */
  | { type: "param"; name: string; op: ParamOp; arg?: Word; arg2?: Word; raw?: string }
  /** `$(…)` or `` `…` ``, parsed when the word is read, as dash does. */
  | { type: "cmd"; body: Program; source: string; error?: PosixSyntaxError }
  /** `$((…))`: the expression text after its own expansions. */
  | { type: "arith"; expr: Word };

/** A shell word: the parts written next to each other. */
export interface Word {
  parts: WordPart[];
}

/** A redirection (XCU §2.7); `target` is a file word, an fd word for `>&`/`<&`, or a here-document body */
export interface Redirect {
  fd: number;
  op: "<" | ">" | ">>" | ">|" | "<>" | "<&" | ">&" | "<<" | "<<-";
  target: Word;
  /** Here-document body; `quoted` delimiters (`<<'EOF'`) keep it literal. */
  heredoc?: { body: Word; quoted: boolean };
}

/** `NAME=value` before a command or alone. */
export interface Assignment {
  name: string;
  value: Word;
  /** bash's `name+=value`. */
  append?: boolean;
}

/** A simple command (XCU §2.9.1). `line` is where it starts, for `sh: 3: x: not found`. */
export interface SimpleCommand {
  type: "simple";
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
  line: number;
}

/** `a | b | c`, optionally negated with `!`. */
export interface PipelineNode {
  type: "pipeline";
  commands: Command[];
  bang: boolean;
  line: number;
}

/** `a && b`, `a || b` (left-associative, equal precedence). */
export interface AndOrNode {
  type: "andor";
  first: Command;
  rest: { op: "&&" | "||"; command: Command }[];
}

/** Compound commands (XCU §2.9.4); each may carry redirections. */
export type CompoundCommand =
  | { type: "subshell"; body: Program; redirects: Redirect[]; line: number }
  | { type: "group"; body: Program; redirects: Redirect[]; line: number }
  | { type: "if"; clauses: { cond: Program; body: Program }[]; elseBody?: Program; redirects: Redirect[]; line: number }
  | { type: "loop"; until: boolean; cond: Program; body: Program; redirects: Redirect[]; line: number }
  | { type: "for"; name: string; words?: Word[]; body: Program; redirects: Redirect[]; line: number }
  | { type: "case"; word: Word; items: CaseItem[]; redirects: Redirect[]; line: number }
  /** bash's and ash's `[[ … ]]`: operators inside are plain words. */
  | { type: "dbracket"; words: Word[]; redirects: Redirect[]; line: number };

/** One `pattern|pattern) body ;;` arm of a case. */
export interface CaseItem {
  patterns: Word[];
  body: Program;
  /** `;&` (bash, ash) falls through to the next arm's body. */
  fallthrough: boolean;
}

/** `name() compound-command` (XCU §2.9.5). */
export interface FunctionDef {
  type: "function";
  name: string;
  body: Command;
  line: number;
}

/** Any command node. */
export type Command = SimpleCommand | PipelineNode | AndOrNode | CompoundCommand | FunctionDef;

/** A list item: an and-or list, run in the background when `async` (`&`). */
export interface ListItem {
  command: Command;
  async: boolean;
}

/** A sequence of commands (a compound list, or one line of a script). */
export interface Program {
  items: ListItem[];
}
