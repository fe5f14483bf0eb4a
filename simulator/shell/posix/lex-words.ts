import type { ParamOp, Word, WordPart } from "./ast";
import { PosixSyntaxError } from "./errors";
import type { Lexer } from "./lexer";

/** Collects word parts, merging neighbouring literals of the same quoting. */
export class PartsBuilder {
  readonly parts: WordPart[] = [];

  lit(text: string, quoted: boolean): void {
    const last = this.parts[this.parts.length - 1];
    if (last?.type === "lit" && last.quoted === quoted) last.text += text;
    else if (text !== "" || quoted) this.parts.push({ type: "lit", text, quoted });
  }

  push(part: WordPart): void {
    this.parts.push(part);
  }

  /** `""`: an empty quoted string still makes a field. */
  ensureQuoted(): void {
    if (this.parts.length === 0) this.parts.push({ type: "lit", text: "", quoted: true });
  }
}

const SPECIAL_PARAMS = "@*#?-$!0";

/** A parameter name at the lexer's position: a name, digits (in braces) or one special character. */
function readParamName(lx: Lexer, braced: boolean): string {
  const rest = lx.src.slice(lx.pos);
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest) ?? (braced ? /^[0-9]+/.exec(rest) : /^[0-9]/.exec(rest));
  if (m) {
    lx.pos += m[0].length;
    return m[0];
  }
  const c = lx.peekChar();
  if (c !== "" && SPECIAL_PARAMS.includes(c)) {
    lx.pos++;
    return c;
  }
  return "";
}

/**
 * Reads a `$` expansion into `b` (XCU §2.6.2–2.6.4): `$name`, `${…}`, `$(…)`,
 * `$((…))`, and bash/ash's `$'…'`. A `$` that starts none of them is literal.
 */
export function readDollar(lx: Lexer, b: PartsBuilder, inDq: boolean): void {
  lx.pos++;
  const c = lx.peekChar();
  if (c === "{") {
    lx.pos++;
    readBrace(lx, b, inDq);
  } else if (c === "(" && lx.peekChar(1) === "(") {
    lx.pos += 2;
    b.push({ type: "arith", expr: readArith(lx) });
  } else if (c === "(") {
    lx.pos++;
    const start = lx.pos;
    const body = lx.hooks.parseSubstitution(lx);
    b.push({ type: "cmd", body, source: lx.src.slice(start, lx.pos - 1) });
  } else if (c === "'" && !inDq && lx.flavor !== "dash") {
    lx.pos++;
    b.lit(readAnsiC(lx), true);
  } else {
    const name = readParamName(lx, false);
    if (name) b.push({ type: "param", name, op: "" });
    else b.lit("$", inDq);
  }
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", v: "\v", "\\": "\\", "'": "'", '"': '"', "?": "?" };

/** bash's `$'…'` (ANSI-C quoting): backslash escapes decoded, the rest literal. */
function readAnsiC(lx: Lexer): string {
  let out = "";
  for (;;) {
    if (lx.atEnd()) lx.fail({ kind: "quote", quote: "'" }, true);
    const c = lx.take();
    if (c === "'") return out;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = lx.take();
    const mapped = ESCAPES[n];
    if (mapped !== undefined) out += mapped;
    else if (/[0-7]/.test(n)) {
      let digits = n;
      while (digits.length < 3 && /[0-7]/.test(lx.peekChar())) digits += lx.take();
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
    } else if (n === "x" && /[0-9a-fA-F]/.test(lx.peekChar())) {
      let digits = "";
      while (digits.length < 2 && /[0-9a-fA-F]/.test(lx.peekChar())) digits += lx.take();
      out += String.fromCharCode(parseInt(digits, 16));
    } else if (n === "c" && lx.peekChar() !== "") {
      out += String.fromCharCode(lx.take().toUpperCase().charCodeAt(0) ^ 0x40);
    } else out += "\\" + n;
  }
}

/** `$((…))` after the `((`: text up to the matching `))`, with `$` and backquote expansions. */
function readArith(lx: Lexer): Word {
  const b = new PartsBuilder();
  let depth = 0;
  for (;;) {
    if (lx.atEnd()) lx.fail({ kind: "missing", what: "))" }, true);
    const c = lx.peekChar();
    if (c === ")") {
      if (depth === 0) {
        if (lx.peekChar(1) !== ")") lx.fail({ kind: "missing", what: "))" }, false);
        lx.pos += 2;
        return { parts: b.parts };
      }
      depth--;
    } else if (c === "(") depth++;
    if (c === "$") readDollar(lx, b, true);
    else if (c === "`") readBackquote(lx, b, true);
    else if (c === "\\" && "$`\\\"".includes(lx.peekChar(1))) {
      lx.pos++;
      b.lit(lx.take(), true);
    } else b.lit(lx.take(), true);
  }
}

/** The operator after the name in `${name<op>…}`, or undefined when none fits. */
function readParamOp(lx: Lexer): ParamOp | undefined {
  const rest = lx.src.slice(lx.pos, lx.pos + 2);
  const ops: ParamOp[] = [":-", ":=", ":?", ":+", "##", "%%", "-", "=", "?", "+", "#", "%"];
  // BusyBox 1.35 has no `/#` and `/%` anchors: `${s/#h/H}` looks for "#h".
  if (lx.flavor === "bash") ops.push("//", "/#", "/%", "/", ":");
  if (lx.flavor === "ash") ops.push("//", "/", ":");
  for (const op of ops) {
    if (rest.startsWith(op)) {
      lx.pos += op.length;
      return op;
    }
  }
  return undefined;
}

/** Skips to the `}` that closes a malformed `${…}` and records it for a runtime "Bad substitution". */
function readBadBrace(lx: Lexer, b: PartsBuilder, start: number): void {
  let depth = 0;
  for (;;) {
    if (lx.atEnd()) lx.fail({ kind: "missing", what: "}" }, true);
    const c = lx.take();
    if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) break;
      depth--;
    }
  }
  if (lx.flavor === "ash") lx.fail({ kind: "bad-subst" }, false);
  b.push({ type: "param", name: "", op: "bad", raw: lx.src.slice(start, lx.pos) });
}

/** `${…}` after the `${` (XCU §2.6.2; dash src/parser.c parsesub). */
function readBrace(lx: Lexer, b: PartsBuilder, inDq: boolean): void {
  const start = lx.pos - 2;
  if (lx.peekChar() === "#" && lx.peekChar(1) !== "}") {
    const save = lx.pos;
    lx.pos++;
    const name = readParamName(lx, true);
    if (name && lx.peekChar() === "}") {
      lx.pos++;
      b.push({ type: "param", name, op: "len" });
      return;
    }
    if (name && /^[A-Za-z_0-9]/.test(name)) return readBadBrace(lx, b, start);
    lx.pos = save;
  }
  const name = readParamName(lx, true);
  if (!name) return readBadBrace(lx, b, start);
  if (lx.peekChar() === "}") {
    lx.pos++;
    b.push({ type: "param", name, op: "" });
    return;
  }
  if (lx.atEnd()) lx.fail({ kind: "missing", what: "}" }, true);
  const op = readParamOp(lx);
  if (!op) return readBadBrace(lx, b, start);
  const literalQuotes = inDq && (op === "-" || op === ":-" || op === "+" || op === ":+" || op === "=" || op === ":=" || op === "?" || op === ":?");
  if (op.startsWith("/") || op === ":") {
    const arg = readBraceArg(lx, inDq, literalQuotes, op === ":" ? ":" : "/");
    let arg2: Word | undefined;
    if (lx.peekChar() === "/" || lx.peekChar() === ":") {
      lx.pos++;
      arg2 = readBraceArg(lx, inDq, literalQuotes, "");
    }
    lx.pos++;
    b.push({ type: "param", name, op, arg, arg2 });
    return;
  }
  const arg = readBraceArg(lx, inDq, literalQuotes, "");
  lx.pos++;
  b.push({ type: "param", name, op, arg });
}

/** The word inside `${name<op>word}` up to (not including) the closing `}` or `stop`. */
function readBraceArg(lx: Lexer, inDq: boolean, literalQuotes: boolean, stop: string): Word {
  const b = new PartsBuilder();
  for (;;) {
    if (lx.atEnd()) lx.fail({ kind: "missing", what: "}" }, true);
    const c = lx.peekChar();
    if (c === "}" || (stop !== "" && c === stop)) return { parts: b.parts };
    if (c === "\\" && inDq) {
      const n = lx.peekChar(1);
      lx.pos++;
      if (n === "\n") lx.take();
      else if ("$`\"\\}".includes(n) && n !== "") b.lit(lx.take(), true);
      else b.lit("\\", true);
    } else if (c === "'" && literalQuotes) b.lit(lx.take(), true);
    else if (c === '"' || c === "'" || c === "\\" || c === "$" || c === "`") lx.readWordChar(b);
    else b.lit(lx.take(), false);
  }
}

/**
 * `` `…` `` (XCU §2.6.3): the text up to the closing backquote, with `\\`, `` \` ``
 * and `\$` (and `\"` inside double quotes) unescaped, then parsed as a program.
 */
export function readBackquote(lx: Lexer, b: PartsBuilder, inDq: boolean): void {
  const startLine = lx.line;
  lx.pos++;
  let text = "";
  for (;;) {
    if (lx.atEnd()) lx.fail({ kind: "backquote" }, true);
    const c = lx.take();
    if (c === "`") break;
    if (c === "\\") {
      const n = lx.peekChar();
      if (n === "`" || n === "\\" || n === "$" || (inDq && n === '"')) text += lx.take();
      else text += "\\";
    } else text += c;
  }
  // The shells parse backquote text only when it runs: a syntax error inside
  // is reported then (bash) or swallowed (dash, ash), not at parse time.
  try {
    b.push({ type: "cmd", body: lx.hooks.parseString(text, startLine), source: text });
  } catch (e) {
    if (!(e instanceof PosixSyntaxError)) throw e;
    b.push({ type: "cmd", body: { items: [] }, source: text, error: e });
  }
}
