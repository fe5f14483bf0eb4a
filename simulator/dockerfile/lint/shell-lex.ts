/**
 * The tokenizer behind splitShell (see shell.ts): words with quotes and
 * escapes removed (expansions kept as written), operators, and the bodies of
 * command substitutions for a nested pass. Redirections and their targets,
 * comments and here-document bodies are dropped. Never throws.
 */
/** A word (unquoted value and its source range) or an operator. */
export type Token = { word: true; value: string; start: number; end: number } | { word: false; op: string };

const OPERATORS = ["&&", "||", ";;", "|&", "&>>", "&>", ">>", "<<<", "<<-", "<<", ">&", "<&", ">|", ";", "&", "|", "(", ")", ">", "<", "\n"];
const REDIRECTS = new Set(["&>>", "&>", ">>", "<<<", ">&", "<&", ">|", ">", "<"]);
const WORD_END = " \t\r\n;&|<>()";
const OPERATOR_START = ";&|<>()";
const BLANKS = /[ \t\r]+/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
/** A run of characters with no special meaning inside a word. */
const PLAIN = /[^ \t\r\n;&|<>()\\'"$`]+/y;

/** The longest operator starting at `i`. */
function operatorAt(s: string, i: number): string | undefined {
  for (const o of OPERATORS) if (s.startsWith(o, i)) return o;
  return undefined;
}

/** Splits one script into tokens, bash-style but forgiving. */
export class Lexer {
  readonly tokens: Token[] = [];
  readonly nested: string[] = [];
  private i = 0;
  private heredocs: { delim: string; strip: boolean }[] = [];

  constructor(private readonly s: string) {}

  run(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i] as string;
      const next = s[this.i + 1];
      if (c === " " || c === "\t" || c === "\r") {
        BLANKS.lastIndex = this.i;
        BLANKS.test(s);
        this.i = BLANKS.lastIndex;
      }
      else if (c === "\\" && (next === "\n" || next === " " || next === "\t")) this.i += 2;
      else if (c === "#") this.skipComment();
      else if (c === "\n") {
        this.tokens.push({ word: false, op: "\n" });
        this.i++;
        this.readHeredocBodies();
      } else {
        const op = OPERATOR_START.includes(c) ? operatorAt(s, this.i) : undefined;
        if (op) this.operator(op);
        else this.tokens.push(this.readWord());
      }
    }
  }

  private skipComment(): void {
    const nl = this.s.indexOf("\n", this.i);
    this.i = nl < 0 ? this.s.length : nl;
  }

  private operator(op: string): void {
    this.i += op.length;
    if (op === "<<" || op === "<<-") {
      this.skipBlanks();
      const target = this.readWord();
      if (target.word && target.value !== "") this.heredocs.push({ delim: target.value, strip: op === "<<-" });
      return;
    }
    if (REDIRECTS.has(op)) {
      this.skipBlanks();
      if (this.i < this.s.length && !WORD_END.includes(this.s[this.i] as string)) this.readWord();
      return;
    }
    this.tokens.push({ word: false, op });
  }

  private skipBlanks(): void {
    while (this.s[this.i] === " " || this.s[this.i] === "\t") this.i++;
  }

  private readHeredocBodies(): void {
    const s = this.s;
    for (const doc of this.heredocs) {
      while (this.i < s.length) {
        const nl = s.indexOf("\n", this.i);
        const end = nl < 0 ? s.length : nl;
        let line = s.slice(this.i, end);
        if (doc.strip) line = line.replace(/^\t+/, "");
        this.i = nl < 0 ? s.length : nl + 1;
        if (line === doc.delim) break;
      }
    }
    this.heredocs = [];
  }

  private readWord(): Token {
    const s = this.s;
    const start = this.i;
    let value = "";
    while (this.i < s.length) {
      PLAIN.lastIndex = this.i;
      if (PLAIN.test(s)) {
        value += s.slice(this.i, PLAIN.lastIndex);
        this.i = PLAIN.lastIndex;
        continue;
      }
      const c = s[this.i] as string;
      if (WORD_END.includes(c)) {
        // `2>` and `2<`: a number right before a redirection is its file descriptor, not a word.
        if ((c === ">" || c === "<") && /^\d+$/.test(value) && this.i > start) return { word: false, op: "" };
        break;
      }
      if (c === "\\") {
        if (s[this.i + 1] !== "\n" && this.i + 1 < s.length) value += s[this.i + 1];
        this.i += 2;
      } else if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        const end = close < 0 ? s.length : close;
        value += s.slice(this.i + 1, end);
        this.i = end + 1;
      } else if (c === '"') value += this.readDoubleQuoted();
      else if (c === "$" || c === "`") value += this.readExpansion();
      else {
        value += c;
        this.i++;
      }
    }
    return { word: true, value, start, end: this.i };
  }

  private readDoubleQuoted(): string {
    const s = this.s;
    let value = "";
    this.i++;
    while (this.i < s.length && s[this.i] !== '"') {
      const c = s[this.i] as string;
      if (c === "\\" && this.i + 1 < s.length) {
        const n = s[this.i + 1] as string;
        if ('$`"\\'.includes(n)) value += n;
        else if (n !== "\n") value += c + n;
        this.i += 2;
      } else if (c === "$" || c === "`") value += this.readExpansion();
      else {
        value += c;
        this.i++;
      }
    }
    this.i++;
    return value;
  }

  /** `$name`, `${…}`, `$(…)`, `$((…))` or a backtick substitution, returned as written. */
  private readExpansion(): string {
    const s = this.s;
    const start = this.i;
    if (s[this.i] === "`") {
      let j = this.i + 1;
      while (j < s.length && s[j] !== "`") j += s[j] === "\\" ? 2 : 1;
      this.nested.push(s.slice(this.i + 1, Math.min(j, s.length)));
      this.i = Math.min(j + 1, s.length);
      return s.slice(start, this.i);
    }
    const n = s[this.i + 1];
    if (n === "(" || n === "{") {
      const close = n === "(" ? ")" : "}";
      let depth = 0;
      let j = this.i + 1;
      for (; j < s.length; j++) {
        const d = s[j];
        if (d === "\\") j++;
        else if (n === "(" && (d === "'" || d === '"')) {
          const q = s.indexOf(d, j + 1);
          j = q < 0 ? s.length : q;
        } else if (d === n) depth++;
        else if (d === close && --depth === 0) break;
      }
      const end = Math.min(j + 1, s.length);
      if (n === "(" && s[this.i + 2] !== "(") this.nested.push(s.slice(this.i + 2, end - 1));
      this.i = end;
      return s.slice(start, end);
    }
    NAME.lastIndex = this.i + 1;
    const j = NAME.test(s) ? NAME.lastIndex : n !== undefined && "?$#!-*@0123456789".includes(n) ? this.i + 2 : this.i + 1;
    this.i = j;
    return s.slice(start, j);
  }
}
