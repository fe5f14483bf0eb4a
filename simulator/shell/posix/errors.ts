/** Which real shell is being mimicked: Debian's dash, BusyBox ash (Alpine) or GNU bash. */
export type ShellFlavor = "dash" | "ash" | "bash";

/** What went wrong while parsing, independent of any shell's wording. */
export type SyntaxProblem =
  /** A token where the grammar does not allow it; `token` is the raw text, "word", "newline" or "EOF". */
  | { kind: "unexpected"; token: string; expecting?: string }
  /** The input ended inside a construct. */
  | { kind: "eof"; expecting?: string }
  /** The input ended inside `'…'` or `"…"`. */
  | { kind: "quote"; quote: "'" | '"' }
  /** `${` or `$((` without its closing `}` / `))`. */
  | { kind: "missing"; what: "}" | "))" }
  /** `$(` without its `)`. */
  | { kind: "eof-subst" }
  /** `` ` `` without its closing backquote. */
  | { kind: "backquote" }
  /** `for 1 in …`. */
  | { kind: "for-var" }
  /** `${}` or `${1x}` (a parse error in ash only). */
  | { kind: "bad-subst" }
  /** `:() { …; }` in dash and ash: a function name must be a valid name. */
  | { kind: "function-name" };

/**
 * A syntax error, thrown by the parser and nothing else. `line` is the line
 * the real shell reports; `lineText` is the source line bash quotes back.
 * `incomplete` is set when more input could complete the command (PS2).
 */
export class PosixSyntaxError extends Error {
  constructor(
    readonly problem: SyntaxProblem,
    readonly line: number,
    readonly lineText: string,
    readonly incomplete: boolean,
  ) {
    super(describeProblem(problem));
    this.name = "PosixSyntaxError";
  }
}

function describeProblem(p: SyntaxProblem): string {
  switch (p.kind) {
    case "unexpected":
      return `unexpected ${p.token}${p.expecting ? ` (expecting ${p.expecting})` : ""}`;
    case "eof":
      return `unexpected end of file${p.expecting ? ` (expecting ${p.expecting})` : ""}`;
    default:
      return p.kind;
  }
}

/** dash's and ash's way of naming a token in "… unexpected": keywords and operators quoted, words as `word`. */
function quoteToken(token: string): string {
  if (token === "word" || token === "newline") return token;
  return `"${token}"`;
}

/**
 * The message a real shell prints for a syntax error (without the trailing
 * newline), from dash src/parser.c synexpect/synerror, BusyBox shell/ash.c
 * raise_error_unexpected_syntax, and bash parse.y report_syntax_error.
 * `name` is $0 (or the script path); bash adds `-c: ` in -c mode. Inside
 * `eval` (`builtin`), dash says `sh: 1: eval: Syntax error: …`, ash `sh:
 * eval: line 0: syntax error: …`, bash `bash: eval: line 1: …`.
 * Verified against dash 0.5.12, BusyBox 1.35 ash and bash 5.2.
 */
export function formatSyntaxError(error: PosixSyntaxError, flavor: ShellFlavor, name: string, mode: "c" | "script" | "interactive", builtin?: string): string {
  const p = error.problem;
  if (flavor === "bash") {
    const where = builtin ? `${name}: ${builtin}: line ${error.line}: ` : mode === "c" ? `${name}: -c: line ${error.line}: ` : mode === "script" ? `${name}: line ${error.line}: ` : `${name}: `;
    switch (p.kind) {
      case "unexpected": {
        const token = p.token === "EOF" ? "newline" : p.token;
        const first = `${where}syntax error near unexpected token \`${token}'`;
        return mode === "interactive" ? first : `${first}\n${where}\`${error.lineText}'`;
      }
      case "eof":
      case "for-var":
        return `${where}syntax error: unexpected end of file`;
      case "quote":
        return `${where}unexpected EOF while looking for matching \`${p.quote}'`;
      case "missing":
        return `${where}unexpected EOF while looking for matching \`${p.what === "}" ? "}" : ")"}'`;
      case "eof-subst":
        return `${where}unexpected EOF while looking for matching \`)'`;
      case "backquote":
        return `${where}unexpected EOF while looking for matching \`\`'`;
      case "bad-subst":
        return `${where}bad substitution`;
      case "function-name":
        return `${where}\`${error.lineText}': not a valid identifier`;
    }
  }
  if (flavor === "dash") {
    const where = `${name}: ${error.line}: ${builtin ? builtin + ": " : ""}`;
    const text = ((): string => {
      switch (p.kind) {
        case "unexpected": {
          const token = p.token === "EOF" ? "end of file" : quoteToken(p.token);
          return `${token} unexpected${p.expecting ? ` (expecting ${p.expecting})` : ""}`;
        }
        case "eof":
        case "eof-subst":
          return `end of file unexpected${p.kind === "eof" && p.expecting ? ` (expecting ${p.expecting})` : p.kind === "eof-subst" ? ' (expecting ")")' : ""}`;
        case "quote":
          return "Unterminated quoted string";
        case "missing":
          return `Missing '${p.what}'`;
        case "backquote":
          return "EOF in backquote substitution";
        case "for-var":
          return "Bad for loop variable";
        case "bad-subst":
          return "Bad substitution";
        case "function-name":
          return "Bad function name";
      }
    })();
    return `${where}Syntax error: ${text}`;
  }
  const where = builtin ? `${name}: ${builtin}: line ${mode === "c" ? error.line - 1 : error.line}: ` : mode === "script" ? `${name}: line ${error.line}: ` : `${name}: `;
  const text = ((): string => {
    switch (p.kind) {
      case "unexpected": {
        const token = p.token === "EOF" ? "end of file" : quoteToken(p.token);
        return `unexpected ${token}${p.expecting ? ` (expecting ${p.expecting})` : ""}`;
      }
      case "eof":
        return `unexpected end of file${p.expecting ? ` (expecting ${p.expecting})` : ""}`;
      case "eof-subst":
        return 'unexpected end of file (expecting ")")';
      case "quote":
        return "unterminated quoted string";
      case "missing":
        return `missing '${p.what}'`;
      case "backquote":
        return "EOF in backquote substitution";
      case "for-var":
        return "bad for loop variable";
      case "bad-subst":
        return "bad substitution";
      case "function-name":
        return "bad function name";
    }
  })();
  return `${where}syntax error: ${text}`;
}
