import type { Program, Redirect, Word } from "./ast";
import { PosixSyntaxError, type ShellFlavor, type SyntaxProblem } from "./errors";
import { PartsBuilder, readDollar, readBackquote } from "./lex-words";

/** A token of the shell grammar (XCU §2.3, §2.10.1). */
export type Token =
  | { kind: "word"; word: Word; raw: string; plain: string | undefined; line: number }
  | { kind: "op"; op: string; fd?: number; line: number }
  | { kind: "newline"; line: number }
  | { kind: "eof"; line: number };

/** What the lexer needs from the parser: `$(…)` bodies and re-parsed backquote text. */
export interface LexerHooks {
  /** Parses a program from the lexer's position up to and including the closing `)`. */
  parseSubstitution(lexer: Lexer): Program;
  /** Parses a whole string (backquote contents) as a program starting at `line`. */
  parseString(text: string, line: number): Program;
}

const METACHARS = new Set([" ", "\t", "\n", ";", "&", "|", "(", ")", "<", ">"]);

interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  quoted: boolean;
  strip: boolean;
  line: number;
}

/**
 * The shell's token reader, after dash's src/parser.c readtoken1 and xxreadtoken:
 * quotes, `$…` expansions and backquotes are read into word parts; here-document
 * bodies are read after the newline that ends their command line.
 */
export class Lexer {
  pos = 0;
  line: number;
  private pending: PendingHeredoc[] = [];
  /** Warnings bash prints while reading (a here-document ended by end of file). */
  readonly warnings: { line: number; text: string }[] = [];

  constructor(
    readonly src: string,
    readonly flavor: ShellFlavor,
    readonly hooks: LexerHooks,
    readonly startLine = 1,
  ) {
    this.line = startLine;
  }

  /** Raises a syntax error at the current line (or `line`). */
  fail(problem: SyntaxProblem, incomplete: boolean, line: number = this.line): never {
    throw new PosixSyntaxError(problem, line, this.lineText(line), incomplete);
  }

  /** The text of source line `n` (bash quotes it back in its messages). */
  lineText(n: number): string {
    const lines = this.src.split("\n");
    return lines[Math.min(Math.max(n - this.startLine, 0), lines.length - 1)] ?? "";
  }

  peekChar(offset = 0): string {
    return this.src[this.pos + offset] ?? "";
  }

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  /** Consumes one character, counting lines. */
  take(): string {
    const c = this.src[this.pos++] ?? "";
    if (c === "\n") this.line++;
    return c;
  }

  /** Registers a here-document whose body follows the next newline. */
  addHeredoc(redirect: Redirect, delimiter: string, quoted: boolean, strip: boolean): void {
    this.pending.push({ redirect, delimiter, quoted, strip, line: this.line });
  }

  /** The next token. */
  next(): Token {
    for (;;) {
      const c = this.peekChar();
      if (c === " " || c === "\t") this.pos++;
      else if (c === "\\" && this.peekChar(1) === "\n") {
        this.pos++;
        this.take();
      } else if (c === "#") {
        while (!this.atEnd() && this.peekChar() !== "\n") this.pos++;
      } else break;
    }
    const line = this.line;
    if (this.atEnd()) {
      if (this.pending.length > 0) this.readHeredocs();
      return { kind: "eof", line };
    }
    const c = this.peekChar();
    if (c === "\n") {
      this.take();
      this.readHeredocs();
      return { kind: "newline", line };
    }
    const op = this.readOperator();
    if (op) return { kind: "op", op, line };
    const start = this.pos;
    const word = this.readWord();
    const raw = this.src.slice(start, this.pos);
    if (/^[0-9]+$/.test(raw) && (this.peekChar() === "<" || this.peekChar() === ">")) {
      const redirect = this.readOperator();
      if (redirect) return { kind: "op", op: redirect, fd: Number(raw), line };
    }
    const only = word.parts[0];
    const plain = word.parts.length === 1 && only?.type === "lit" && !only.quoted ? only.text : undefined;
    return { kind: "word", word, raw, plain, line };
  }

  private readOperator(): string | undefined {
    const rest = this.src.slice(this.pos, this.pos + 3);
    const ops = ["<<-", "&&", "||", ";;", "<<", "<&", "<>", ">>", ">&", ">|", "&", "|", ";", "(", ")", "<", ">"];
    // bash has `;&` and `;;&`; BusyBox 1.35 has neither (`;&` is `;` then `&`).
    if (this.flavor === "bash") ops.unshift(";;&", ";&");
    if (this.flavor !== "dash") ops.unshift("&>>", "&>");
    for (const op of ops) {
      if (rest.startsWith(op)) {
        this.pos += op.length;
        return op;
      }
    }
    return undefined;
  }

  /** Reads an unquoted word up to the next metacharacter. */
  private readWord(): Word {
    const b = new PartsBuilder();
    while (!this.atEnd()) {
      const c = this.peekChar();
      if (METACHARS.has(c)) break;
      this.readWordChar(b);
    }
    return { parts: b.parts };
  }

  /**
   * Reads one unit of an unquoted word (a character, a quoted string, an
   * expansion) into `b`.
   */
  readWordChar(b: PartsBuilder): void {
    const c = this.peekChar();
    if (c === "\\") {
      this.pos++;
      if (this.atEnd()) b.lit("\\", false);
      else if (this.peekChar() === "\n") this.take();
      else b.lit(this.take(), true);
    } else if (c === "'") {
      const startLine = this.line;
      this.pos++;
      const end = this.src.indexOf("'", this.pos);
      if (end < 0) {
        this.countLinesTo(this.src.length, this.line);
        this.fail({ kind: "quote", quote: "'" }, true, this.flavor === "bash" ? startLine : this.line);
      }
      const text = this.src.slice(this.pos, end);
      this.countLinesTo(end + 1, this.line);
      b.lit(text, true);
    } else if (c === '"') {
      this.pos++;
      b.push({ type: "dq", parts: this.readDoubleQuoted() });
    } else if (c === "$") {
      readDollar(this, b, false);
    } else if (c === "`") {
      readBackquote(this, b, false);
    } else {
      b.lit(this.take(), false);
    }
  }

  /** Moves to `end`, adding the newlines passed over to the line count. */
  countLinesTo(end: number, fromLine: number): void {
    let line = fromLine;
    for (let i = this.pos; i < end; i++) if (this.src[i] === "\n") line++;
    this.pos = end;
    this.line = line;
  }

  /** Reads the inside of "…" after the opening quote, through the closing quote. */
  readDoubleQuoted(): Word["parts"] {
    const startLine = this.line;
    const b = new PartsBuilder();
    for (;;) {
      if (this.atEnd()) this.fail({ kind: "quote", quote: '"' }, true, this.flavor === "bash" ? startLine : this.line);
      const c = this.peekChar();
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        const n = this.peekChar(1);
        if (n === "\n") {
          this.pos++;
          this.take();
        } else if (n === "$" || n === "`" || n === '"' || n === "\\") {
          this.pos += 2;
          b.lit(n, true);
        } else {
          this.pos++;
          b.lit("\\", true);
        }
      } else if (c === "$") readDollar(this, b, true);
      else if (c === "`") readBackquote(this, b, true);
      else b.lit(this.take(), true);
    }
    b.ensureQuoted();
    return b.parts;
  }

  /** Reads the bodies of the here-documents registered on the line just ended. */
  private readHeredocs(): void {
    const pending = this.pending;
    this.pending = [];
    for (const h of pending) {
      const bodyLine = this.line;
      const lines: string[] = [];
      let terminated = false;
      while (!this.atEnd()) {
        const nl = this.src.indexOf("\n", this.pos);
        const end = nl < 0 ? this.src.length : nl;
        let text = this.src.slice(this.pos, end);
        this.pos = nl < 0 ? end : end + 1;
        if (nl >= 0) this.line++;
        if (h.strip) text = text.replace(/^\t+/, "");
        if (text === h.delimiter) {
          terminated = true;
          break;
        }
        // bash ends a here-document cut short by end of file with a newline; dash and ash do not.
        lines.push(text + (nl >= 0 || this.flavor === "bash" ? "\n" : ""));
      }
      if (!terminated && this.flavor === "bash") {
        this.warnings.push({ line: this.line, text: `warning: here-document at line ${h.line} delimited by end-of-file (wanted \`${h.delimiter}')` });
      }
      const body = lines.join("");
      h.redirect.heredoc = { body: h.quoted ? { parts: [{ type: "lit", text: body, quoted: true }] } : this.parseHeredocBody(body, bodyLine), quoted: h.quoted };
    }
  }

  /** An unquoted here-document body: `$`, backquotes and `\$ \` \\ \newline` are special (XCU §2.7.4). */
  private parseHeredocBody(body: string, line: number): Word {
    const sub = new Lexer(body, this.flavor, this.hooks, line);
    const b = new PartsBuilder();
    while (!sub.atEnd()) {
      const c = sub.peekChar();
      if (c === "\\") {
        const n = sub.peekChar(1);
        if (n === "\n") {
          sub.pos++;
          sub.take();
        } else if (n === "$" || n === "`" || n === "\\") {
          sub.pos += 2;
          b.lit(n, true);
        } else {
          sub.pos++;
          b.lit("\\", true);
        }
      } else if (c === "$") readDollar(sub, b, true);
      else if (c === "`") readBackquote(sub, b, true);
      else b.lit(sub.take(), true);
    }
    return { parts: b.parts };
  }
}
