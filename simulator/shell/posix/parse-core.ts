import type { Assignment, Command, CompoundCommand, ListItem, Program, Redirect, SimpleCommand, Word } from "./ast";
import { PosixSyntaxError, type ShellFlavor, type SyntaxProblem } from "./errors";
import type { Lexer, Token } from "./lexer";

/** The reserved words (XCU §2.4), recognised only where a command can start. */
export const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for", "{", "}", "!", "in"]);
/** Tokens that end a compound list (dash: src/parser.c tokendlist). */
const LIST_END_WORDS = new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}"]);
const LIST_END_OPS = new Set([")", ";;", ";&", ";;&"]);
const REDIRECT_OPS = new Set(["<", ">", ">>", ">|", "<>", "<&", ">&", "<<", "<<-", "&>", "&>>"]);
/** A name (XCU §3.235): variables, functions, for-loop variables. */
export const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The list-level half of the POSIX shell parser (XCU §2.10), shaped
 * like dash's src/parser.c (list, andor, pipeline, command, simplecmd) so that
 * syntax errors name the same token. `next()` returns one complete command
 * line at a time, as dash and bash parse `-c` strings and scripts: earlier
 * lines run before a later line's syntax error is found.
 */
export abstract class ParserCore {
  private lookahead: Token | undefined;

  constructor(
    protected readonly lexer: Lexer,
    protected readonly flavor: ShellFlavor,
  ) {}

  /** Compound commands (if, while, for, case, `{ }`, `[[ ]]`), in parser.ts. */
  protected abstract compound(tok: Token): CompoundCommand | undefined;
  /** `[[ … ]]` (bash). */
  protected abstract doubleBracket(): CompoundCommand;
  /** `function name …` (bash, ash). */
  protected abstract functionKeyword(): Command;
  /** A function's body: any command in dash and ash, a compound command in bash. */
  protected abstract functionBody(): Command;

  /** Warnings the lexer produced (bash's here-document-at-EOF warning). */
  get warnings(): { line: number; text: string }[] {
    return this.lexer.warnings;
  }

  /** The next complete command line, or null at end of input. */
  next(): Program | null {
    while (this.peek().kind === "newline") this.take();
    if (this.peek().kind === "eof") return null;
    const items: ListItem[] = [];
    for (;;) {
      const command = this.andOr();
      const tok = this.peek();
      if (tok.kind === "op" && (tok.op === ";" || tok.op === "&")) {
        this.take();
        items.push({ command, async: tok.op === "&" });
        const after = this.peek();
        if (after.kind === "newline") {
          this.take();
          break;
        }
        if (after.kind === "eof") break;
        continue;
      }
      items.push({ command, async: false });
      if (tok.kind === "newline") this.take();
      else if (tok.kind !== "eof") this.unexpected(tok);
      break;
    }
    return { items };
  }

  /** Parses everything (used for backquotes and tests). */
  parseAll(): Program {
    const items: ListItem[] = [];
    for (let p = this.next(); p; p = this.next()) items.push(...p.items);
    return { items };
  }

  /** The body of `$(…)`: a compound list and the closing `)`. */
  parseSubstitution(): Program {
    const body = this.compoundList(true);
    const tok = this.peek();
    if (tok.kind === "op" && tok.op === ")") {
      this.lookahead = undefined;
      return body;
    }
    if (tok.kind === "eof") this.fail({ kind: this.flavor === "bash" ? "eof-subst" : "eof", expecting: '")"' }, true, this.flavor === "bash" ? tok.line + 1 : tok.line);
    return this.unexpected(tok, '")"');
  }

  protected peek(): Token {
    if (!this.lookahead) this.lookahead = this.lexer.next();
    return this.lookahead;
  }

  protected take(): Token {
    const tok = this.peek();
    this.lookahead = undefined;
    return tok;
  }

  protected fail(problem: SyntaxProblem, incomplete: boolean, line: number): never {
    throw new PosixSyntaxError(problem, line, this.lexer.lineText(line), incomplete);
  }

  /**
   * How dash names a token in its message: the keyword or operator, `word`,
   * `newline`, or end of file. bash sees its -c input end in a newline, so
   * where a newline cannot go (`newlineBad`) it names `newline` instead.
   */
  protected unexpected(tok: Token, expecting?: string, newlineBad = false): never {
    if (tok.kind === "eof" && this.flavor === "bash" && newlineBad) {
      this.fail({ kind: "unexpected", token: "newline" }, true, tok.line);
    }
    if (tok.kind === "eof") {
      // bash reports end of file one line past the last (its -c input ends in a newline).
      this.fail({ kind: "eof", expecting }, true, this.flavor === "bash" ? tok.line + 1 : tok.line);
    }
    let token: string;
    if (tok.kind === "newline") token = "newline";
    else if (tok.kind === "op") token = this.flavor === "bash" && tok.fd !== undefined ? `${tok.fd}${tok.op}` : tok.op;
    else if (this.flavor === "bash") token = tok.raw;
    else token = tok.plain !== undefined && KEYWORDS.has(tok.plain) ? tok.plain : "word";
    this.fail({ kind: "unexpected", token, expecting: this.flavor === "bash" ? undefined : expecting }, false, tok.line);
  }

  protected isKeyword(tok: Token, word: string): boolean {
    return tok.kind === "word" && tok.plain === word;
  }

  protected skipNewlines(): void {
    while (this.peek().kind === "newline") this.take();
  }

  protected expectKeyword(word: string): Token {
    const tok = this.peek();
    if (!this.isKeyword(tok, word)) this.unexpected(tok, `"${word}"`);
    return this.take();
  }

  private isListEnd(tok: Token): boolean {
    if (tok.kind === "eof") return true;
    if (tok.kind === "op") return LIST_END_OPS.has(tok.op);
    return tok.kind === "word" && tok.plain !== undefined && LIST_END_WORDS.has(tok.plain);
  }

  /** A compound list (XCU §2.10.2 compound_list); an empty one is an error unless `allowEmpty`. */
  protected compoundList(allowEmpty = false): Program {
    this.skipNewlines();
    const items: ListItem[] = [];
    for (;;) {
      const tok = this.peek();
      if (this.isListEnd(tok)) {
        if (items.length === 0 && !allowEmpty && tok.kind !== "eof") this.unexpected(tok);
        break;
      }
      const command = this.andOr();
      const sep = this.peek();
      if (sep.kind === "op" && (sep.op === ";" || sep.op === "&")) {
        this.take();
        items.push({ command, async: sep.op === "&" });
        this.skipNewlines();
      } else if (sep.kind === "newline") {
        items.push({ command, async: false });
        this.skipNewlines();
      } else {
        items.push({ command, async: false });
        break;
      }
    }
    return { items };
  }

  private andOr(): Command {
    const first = this.pipeline();
    const rest: { op: "&&" | "||"; command: Command }[] = [];
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== "op" || (tok.op !== "&&" && tok.op !== "||")) break;
      this.take();
      this.skipNewlines();
      rest.push({ op: tok.op, command: this.pipeline() });
    }
    return rest.length === 0 ? first : { type: "andor", first, rest };
  }

  private pipeline(): Command {
    const start = this.peek();
    let bang = false;
    if (this.isKeyword(start, "!")) {
      this.take();
      bang = true;
    }
    const commands = [this.command()];
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== "op" || tok.op !== "|") break;
      this.take();
      this.skipNewlines();
      commands.push(this.command());
    }
    if (!bang && commands.length === 1) return commands[0] as Command;
    return { type: "pipeline", commands, bang, line: start.line };
  }

  protected command(): Command {
    const tok = this.peek();
    if (tok.kind === "op" && tok.op === "(") {
      this.take();
      const body = this.compoundList();
      this.expectOp(")");
      return this.withRedirects({ type: "subshell", body, redirects: [], line: tok.line });
    }
    if (tok.kind === "word" && tok.plain !== undefined && KEYWORDS.has(tok.plain)) {
      const compound = this.compound(tok);
      if (compound) return this.withRedirects(compound);
      this.unexpected(tok);
    }
    if (tok.kind === "word" && tok.plain === "function" && this.flavor !== "dash") return this.functionKeyword();
    if (tok.kind === "word" && tok.plain === "[[" && this.flavor === "bash") return this.withRedirects(this.doubleBracket());
    return this.simple();
  }

  protected expectOp(op: string, newlineBad = false): void {
    const tok = this.peek();
    if (tok.kind !== "op" || tok.op !== op) this.unexpected(tok, `"${op}"`, newlineBad);
    this.take();
  }

  /** Trailing redirections of a compound command (`{ …; } > file`). */
  protected withRedirects(command: CompoundCommand): CompoundCommand {
    for (let tok = this.peek(); tok.kind === "op" && REDIRECT_OPS.has(tok.op); tok = this.peek()) {
      command.redirects.push(this.redirect());
    }
    return command;
  }

  private redirect(): Redirect {
    const tok = this.take() as Token & { kind: "op" };
    const target = this.take();
    if (target.kind !== "word") return this.unexpected(target, undefined, true);
    if (tok.op === "&>" || tok.op === "&>>") {
      return { fd: -1, op: tok.op === "&>" ? ">" : ">>", target: target.word };
    }
    const op = tok.op as Redirect["op"];
    const fd = tok.fd ?? (op.startsWith("<") ? 0 : 1);
    const redirect: Redirect = { fd, op, target: target.word };
    if (op === "<<" || op === "<<-") {
      const quoted = target.word.parts.some((p) => p.type !== "lit" || p.quoted);
      const delimiter = heredocDelimiter(target.word);
      this.lexer.addHeredoc(redirect, delimiter, quoted, op === "<<-");
    }
    return redirect;
  }

  private simple(): Command {
    const first = this.peek();
    const command: SimpleCommand = { type: "simple", assigns: [], words: [], redirects: [], line: first.line };
    for (;;) {
      const tok = this.peek();
      if (tok.kind === "op" && REDIRECT_OPS.has(tok.op)) {
        command.redirects.push(this.redirect());
        continue;
      }
      if (tok.kind !== "word") break;
      if (command.words.length === 0) {
        const assign = asAssignment(tok.word, this.flavor);
        if (assign) {
          this.take();
          command.assigns.push(assign);
          continue;
        }
      }
      this.take();
      command.words.push(tok.word);
      if (command.words.length === 1 && command.assigns.length === 0 && command.redirects.length === 0) {
        const open = this.peek();
        if (open.kind === "op" && open.op === "(") return this.functionDef(tok);
      }
    }
    if (command.words.length === 0 && command.assigns.length === 0 && command.redirects.length === 0) this.unexpected(this.peek());
    return command;
  }

  private functionDef(nameTok: Token & { kind: "word" }): Command {
    this.take();
    // dash and ash: "Bad function name" unless it is a valid name (dash: src/parser.c goodname).
    if (this.flavor !== "bash" && !NAME_RE.test(nameTok.plain ?? "")) this.fail({ kind: "function-name" }, false, nameTok.line);
    this.expectOp(")", true);
    this.skipNewlines();
    return { type: "function", name: nameTok.plain ?? nameTok.raw, body: this.functionBody(), line: nameTok.line };
  }
}

/** The here-document delimiter: the word after quote removal (XCU §2.7.4). */
function heredocDelimiter(word: Word): string {
  return word.parts.map((p) => (p.type === "lit" ? p.text : p.type === "dq" ? heredocDelimiter({ parts: p.parts }) : "$" + (p.type === "param" ? p.name : ""))).join("");
}

/** `NAME=value` as an assignment word (XCU §2.10.2 rule 7); bash also has `NAME+=value`. */
function asAssignment(word: Word, flavor: ShellFlavor): Assignment | undefined {
  const first = word.parts[0];
  if (first?.type !== "lit" || first.quoted) return undefined;
  const eq = first.text.indexOf("=");
  if (eq <= 0) return undefined;
  const append = flavor === "bash" && first.text[eq - 1] === "+";
  const name = first.text.slice(0, append ? eq - 1 : eq);
  if (!NAME_RE.test(name)) return undefined;
  const rest = first.text.slice(eq + 1);
  const parts = rest === "" ? word.parts.slice(1) : [{ type: "lit" as const, text: rest, quoted: false }, ...word.parts.slice(1)];
  return append ? { name, value: { parts }, append } : { name, value: { parts } };
}

