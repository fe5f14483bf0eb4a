/** A piece of a shell word, kept unexpanded until the command runs (bash expands late). */
export type WordPart =
  | { kind: "literal"; text: string; quoted: boolean }
  | { kind: "param"; name: string; quoted: boolean }
  | { kind: "subst"; source: string; quoted: boolean };

/** A shell word: the parts that were written next to each other. */
export interface Word {
  parts: WordPart[];
}

/** A redirection: `>`, `>>`, `<`, `2>`, `2>>`, `2>&1`, `&>`. */
export interface Redirect {
  fd: 0 | 1 | 2 | "both";
  op: ">" | ">>" | "<" | ">&";
  target: Word;
}

/** `NAME=value` written before a command, exported to that command only. */
export interface Assignment {
  name: string;
  value: Word;
}

/** One simple command. */
export interface SimpleCommand {
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

/** Commands joined by `|`. */
export interface Pipeline {
  commands: SimpleCommand[];
}

/** How a pipeline is joined to the one before it. */
export type ListOperator = ";" | "&&" | "||";

/** A whole line: pipelines joined by `;`, `&&` and `||` (left to right, equal precedence, as in bash). */
export interface CommandList {
  items: { op: ListOperator; pipeline: Pipeline }[];
}
