// The word lexer BuildKit's Dockerfile frontend uses to expand variables and split
// words (moby/buildkit: frontend/dockerfile/shell/lex.go). It is not a POSIX shell:
// it knows $VAR, ${VAR}, the ${VAR<op>word} forms listed on `WordLexer`, single and
// double quotes and one escape character, and nothing else (no command substitution,
// no arithmetic, no ${#VAR}). Its quirks are kept on purpose; each is noted where it
// is implemented.

/** Looks a variable up; undefined = unset. Mimics BuildKit's `EnvGetter.Get` (moby/buildkit: frontend/dockerfile/shell/lex.go). */
export type EnvLookup = (name: string) => string | undefined;

/**
 * The switches of BuildKit's `shell.Lex` (moby/buildkit: frontend/dockerfile/shell/lex.go):
 * `NewLex(escapeToken)` plus the exported `RawQuotes`, `RawEscapes`, `SkipUnsetEnv` and
 * `SkipProcessQuotes` fields.
 */
export interface WordLexerOptions {
  /** The Dockerfile escape character (`# escape=` directive); default backslash. */
  escapeToken?: "\\" | "`";
  /** Keep quote characters in the result (RawQuotes). */
  rawQuotes?: boolean;
  /** Keep escape characters in the result (RawEscapes). */
  rawEscapes?: boolean;
  /** Leave references to unset variables as written, e.g. `$UNSET`, `${UNSET:-x}` (SkipUnsetEnv). */
  skipUnsetEnv?: boolean;
  /** Treat `'` and `"` as ordinary characters (SkipProcessQuotes). */
  skipProcessQuotes?: boolean;
}

/**
 * The outcome of BuildKit's `Lex.ProcessWordWithMatches` (`ProcessWordResult` minus the
 * word list; moby/buildkit: frontend/dockerfile/shell/lex.go): the expanded word and the
 * names that were looked up and found (`matched`) or not found (`unmatched`).
 */
export interface ProcessedWord {
  result: string;
  matched: Set<string>;
  unmatched: Set<string>;
}

/**
 * A lexing or expansion failure, worded as BuildKit's: `failed to process "<word>": <reason>`,
 * where `<word>` is quoted as Go's `%q` does and `<reason>` is one of lex.go's messages
 * (moby/buildkit: frontend/dockerfile/shell/lex.go, `shellWord.process`).
 */
export class WordLexError extends Error {
  /** The word that was being processed, as given. */
  readonly source: string;
  /** The message without the `failed to process "...": ` prefix. */
  readonly reason: string;

  constructor(source: string, reason: string) {
    super(`failed to process ${goQuote(source)}: ${reason}`);
    this.name = "WordLexError";
    this.source = source;
    this.reason = reason;
  }
}

/**
 * Builds a lookup from `KEY=value` entries the way BuildKit's `EnvsFromSlice` does
 * (moby/buildkit: frontend/dockerfile/shell/lex.go): an entry without `=` sets the key to
 * the empty string, and a later entry for the same key wins. Keys compare exactly (the
 * case-insensitive comparison BuildKit uses on Windows is not modelled).
 */
export function envLookupFromList(entries: readonly string[]): EnvLookup {
  const env = new Map<string, string>();
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    if (eq < 0) env.set(entry, "");
    else env.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  return (name) => env.get(name);
}

/**
 * BuildKit's Dockerfile word lexer, `shell.Lex` (moby/buildkit: frontend/dockerfile/shell/lex.go).
 *
 * Supported forms: `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`,
 * `${NAME+word}`, `${NAME:?msg}`, `${NAME?msg}`, `${NAME#pat}`, `${NAME##pat}`,
 * `${NAME%pat}`, `${NAME%%pat}`, `${NAME/pat/repl}` and `${NAME//pat/repl}`. Names are
 * letters, digits and `_`; a leading digit reads digits only (`$1x` is `$1` then `x`);
 * `@ * # ? - $ ! 0` are one-character special names, which a Dockerfile never sets.
 * `$` before anything else stays a literal `$`.
 */
export class WordLexer {
  private readonly options: Required<WordLexerOptions>;

  constructor(options: WordLexerOptions = {}) {
    this.options = {
      escapeToken: options.escapeToken ?? "\\",
      rawQuotes: options.rawQuotes ?? false,
      rawEscapes: options.rawEscapes ?? false,
      skipUnsetEnv: options.skipUnsetEnv ?? false,
      skipProcessQuotes: options.skipProcessQuotes ?? false,
    };
  }

  /**
   * Expands one word: quotes removed, variables expanded, spaces kept. Mimics
   * `Lex.ProcessWordWithMatches` / `Lex.ProcessWord` (moby/buildkit: frontend/dockerfile/shell/lex.go).
   * @throws WordLexError
   */
  processWord(word: string, env: EnvLookup): ProcessedWord {
    const sw = new ShellWord(this.options, word, env, true);
    const { result } = sw.process(word);
    return { result, matched: sw.matched, unmatched: sw.unmatched };
  }

  /**
   * Expands, then splits into words on whitespace that came from unquoted text or from a
   * variable's value (quoted text never splits). Mimics `Lex.ProcessWords`
   * (moby/buildkit: frontend/dockerfile/shell/lex.go).
   * @throws WordLexError
   */
  processWords(word: string, env: EnvLookup): string[] {
    const sw = new ShellWord(this.options, word, env, false);
    return sw.process(word).words;
  }
}

// ---------------------------------------------------------------------------------------
// Implementation

const EOF = -1;
const TAB = 0x09;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const DQUOTE = 0x22;
const HASH = 0x23;
const DOLLAR = 0x24;
const LESS = 0x3c;
const PERCENT = 0x25;
const SQUOTE = 0x27;
const PLUS = 0x2b;
const MINUS = 0x2d;
const SLASH = 0x2f;
const COLON = 0x3a;
const QUESTION = 0x3f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const BOM = 0xfeff;

/** A reason from lex.go, before `shellWord.process` wraps it with the word. */
class Failure extends Error {}

/**
 * Go's `text/scanner` as lex.go drives it: only `Peek` and `Next`, over code points.
 * Like Go's scanner it drops a byte-order mark that starts the input.
 */
class RuneScanner {
  private readonly runes: number[] = [];
  private pos = 0;
  private started = false;

  constructor(src: string) {
    for (const ch of src) this.runes.push(ch.codePointAt(0) ?? 0);
  }

  peek(): number {
    if (!this.started) {
      this.started = true;
      if (this.runes[0] === BOM) this.pos = 1;
    }
    return this.runes[this.pos] ?? EOF;
  }

  next(): number {
    const ch = this.peek();
    if (ch !== EOF) this.pos++;
    return ch;
  }
}

/** Go's `string(r)`: EOF (and any invalid rune) becomes U+FFFD. */
function runeString(r: number): string {
  if (r < 0 || r > 0x10ffff) return "\ufffd";
  return String.fromCodePoint(r);
}

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

/** Go's `unicode.IsLetter`. */
function isLetter(r: number): boolean {
  return r >= 0 && LETTER.test(String.fromCodePoint(r));
}

/** Go's `unicode.IsDigit` (any decimal digit, not only ASCII). */
function isDigit(r: number): boolean {
  return r >= 0 && DIGIT.test(String.fromCodePoint(r));
}

/** Go's `unicode.IsSpace` (which differs from JavaScript's `\s`: U+0085 yes, U+FEFF no). */
function isSpace(r: number): boolean {
  if (r <= 0xff) return (r >= TAB && r <= 0x0d) || r === SPACE || r === 0x85 || r === 0xa0;
  return r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
}

/** lex.go `isSpecialParam`: the POSIX special parameters. */
function isSpecialParam(r: number): boolean {
  return r === 0x40 || r === STAR || r === HASH || r === QUESTION || r === MINUS || r === DOLLAR || r === 0x21 || r === 0x30;
}

/**
 * lex.go `wordsStruct`. Its buffer is the one `ShellWord.wordsBuffer`, shared by every
 * nested `processStopOn`, as upstream's is (see `processStopOn`).
 */
class WordSplitter {
  readonly words: string[] = [];
  private inWord = false;

  constructor(private readonly sw: ShellWord) {}

  addChar(ch: number): void {
    if (isSpace(ch) && this.inWord) {
      if (this.sw.wordsBuffer.length !== 0) {
        this.words.push(this.sw.wordsBuffer);
        this.sw.wordsBuffer = "";
        this.inWord = false;
      }
    } else if (!isSpace(ch)) {
      this.addRawChar(ch);
    }
  }

  addRawChar(ch: number): void {
    this.sw.wordsBuffer += runeString(ch);
    this.inWord = true;
  }

  addString(str: string): void {
    for (const ch of str) this.addChar(ch.codePointAt(0) ?? 0);
  }

  addRawString(str: string): void {
    this.sw.wordsBuffer += str;
    this.inWord = true;
  }

  getWords(): string[] {
    if (this.sw.wordsBuffer.length > 0) {
      this.words.push(this.sw.wordsBuffer);
      this.sw.wordsBuffer = "";
      this.inWord = false;
    }
    return this.words;
  }
}

interface Processed {
  result: string;
  words: string[];
}

/** lex.go `shellWord`: the state of one ProcessWord/ProcessWords call. */
class ShellWord {
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  wordsBuffer = "";
  private readonly scanner: RuneScanner;
  private readonly escapeToken: number;
  private rawEscapes: boolean;

  constructor(
    private readonly options: Required<WordLexerOptions>,
    word: string,
    private readonly env: EnvLookup,
    private readonly capture: boolean,
  ) {
    this.scanner = new RuneScanner(word);
    this.escapeToken = options.escapeToken.codePointAt(0) ?? BACKSLASH;
    this.rawEscapes = options.rawEscapes;
  }

  process(source: string): Processed {
    try {
      return this.processStopOn(EOF, this.rawEscapes);
    } catch (err) {
      if (err instanceof Failure) throw new WordLexError(source, err.message);
      throw err;
    }
  }

  /**
   * Reads up to `stopChar` (consumed) or the end of input. `rawEscapes` applies until
   * this call returns. Upstream resets the shared words buffer on entry, so text of the
   * current word that precedes a nested `${NAME<op>...}` is dropped from ProcessWords'
   * output (`a${X:-b}c` gives the word `bc`); ProcessWord's result is unaffected.
   */
  private processStopOn(stopChar: number, rawEscapes: boolean): Processed {
    let result = "";
    this.wordsBuffer = "";
    const words = new WordSplitter(this);
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.scanner.peek() !== EOF) {
        let ch = this.scanner.peek();
        if (stopChar !== EOF && ch === stopChar) {
          this.scanner.next();
          return { result, words: words.getWords() };
        }
        if (ch === DOLLAR) {
          const tmp = this.processDollar();
          result += tmp;
          words.addString(tmp);
        } else if (ch === LESS) {
          const tmp = this.processPossibleHeredoc();
          result += tmp;
          words.addRawString(tmp);
        } else if (!this.options.skipProcessQuotes && (ch === SQUOTE || ch === DQUOTE)) {
          const tmp = ch === SQUOTE ? this.processSingleQuote() : this.processDoubleQuote();
          result += tmp;
          words.addRawString(tmp);
        } else {
          ch = this.scanner.next();
          if (ch === this.escapeToken) {
            if (this.rawEscapes) {
              words.addRawChar(ch);
              result += runeString(ch);
            }
            // The escape character escapes the next character; at the end it vanishes.
            ch = this.scanner.next();
            if (ch === EOF) break;
            words.addRawChar(ch);
          } else {
            words.addChar(ch);
          }
          result += runeString(ch);
        }
      }
      if (stopChar !== EOF) {
        throw new Failure(`unexpected end of statement while looking for matching ${runeString(stopChar)}`);
      }
      return { result, words: words.getWords() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  /**
   * `<<` followed by blanks stays in one word with what follows, so that
   * `RUN <<  EOF` is seen as one heredoc word (moby/buildkit:
   * frontend/dockerfile/shell/lex.go processPossibleHeredoc).
   */
  private processPossibleHeredoc(): string {
    this.scanner.next();
    if (this.scanner.peek() !== LESS) return "<";
    this.scanner.next();
    let space = "";
    while (this.scanner.peek() === 0x20 || this.scanner.peek() === 0x09) space += runeString(this.scanner.next());
    return "<<" + space;
  }

  /** Everything up to the next `'` is literal; there is no escaping inside. */
  private processSingleQuote(): string {
    let result = "";
    let ch = this.scanner.next();
    if (this.options.rawQuotes) result += runeString(ch);
    for (;;) {
      ch = this.scanner.next();
      if (ch === EOF) throw new Failure("unexpected end of statement while looking for matching single-quote");
      if (ch === SQUOTE) {
        if (this.options.rawQuotes) result += runeString(ch);
        return result;
      }
      result += runeString(ch);
    }
  }

  /**
   * Up to the next unescaped `"`: `$` expands, and the escape character escapes only
   * `"`, `$` and itself; before anything else it stays literal. (With raw escapes on, such
   * a literal escape character is written twice, as upstream does.)
   */
  private processDoubleQuote(): string {
    let result = "";
    const open = this.scanner.next();
    if (this.options.rawQuotes) result += runeString(open);
    for (;;) {
      const peeked = this.scanner.peek();
      if (peeked === EOF) throw new Failure("unexpected end of statement while looking for matching double-quote");
      if (peeked === DQUOTE) {
        const close = this.scanner.next();
        if (this.options.rawQuotes) result += runeString(close);
        return result;
      }
      if (peeked === DOLLAR) {
        result += this.processDollar();
        continue;
      }
      let ch = this.scanner.next();
      if (ch === this.escapeToken) {
        if (this.rawEscapes) result += runeString(ch);
        const after = this.scanner.peek();
        if (after === EOF) continue; // dropped; the loop then reports the missing quote
        if (after === DQUOTE || after === DOLLAR || after === this.escapeToken) ch = this.scanner.next();
      }
      result += runeString(ch);
    }
  }

  private processDollar(): string {
    this.scanner.next();

    // $name
    if (this.scanner.peek() !== LBRACE) {
      const name = this.processName();
      if (name === "") return "$";
      const { value, set } = this.getEnv(name);
      if (!set && this.options.skipUnsetEnv) return "$" + name;
      return value;
    }

    this.scanner.next();
    const first = this.scanner.peek();
    if (first === EOF) throw new Failure("syntax error: missing '}'");
    if (first === LBRACE || first === RBRACE || first === COLON) throw new Failure("syntax error: bad substitution");

    const name = this.processName();
    let ch = this.scanner.next();
    // At the end of input `ch` is EOF, which Go prints as U+FFFD: `${FOO` fails with
    // "unsupported modifier (\uFFFD) in substitution".
    let chs = runeString(ch);

    if (ch === RBRACE) {
      const { value, set } = this.getEnv(name);
      if (!set && this.options.skipUnsetEnv) return `\${${name}}`;
      return value;
    }

    if (ch === COLON || ch === PLUS || ch === MINUS || ch === QUESTION || ch === HASH || ch === PERCENT) {
      let nullIsUnset = false;
      if (ch === COLON) {
        // Whatever follows the colon is the operator; unknown ones are only rejected
        // after the word has been read (and not at all for an unset name under skipUnsetEnv).
        nullIsUnset = true;
        ch = this.scanner.next();
        chs += runeString(ch);
      }
      const patternOp = ch === HASH || ch === PERCENT;
      if (nullIsUnset && patternOp) throw new Failure(`unsupported modifier (${chs}) in substitution`);

      // Patterns keep their escape characters so `\*` can mean a literal star.
      const word = this.processStopOnInBraces(RBRACE, patternOp, "syntax error: missing '}'");

      const { value, set } = this.getEnv(name);
      if (this.options.skipUnsetEnv && !set) return `\${${name}${chs}${word}}`;

      switch (ch) {
        case MINUS:
          return !set || (nullIsUnset && value === "") ? word : value;
        case PLUS:
          return !set || (nullIsUnset && value === "") ? "" : word;
        case QUESTION:
          if (!set) throw new Failure(`${name}: ${word !== "" ? word : "is not allowed to be unset"}`);
          if (nullIsUnset && value === "") throw new Failure(`${name}: ${word !== "" ? word : "is not allowed to be empty"}`);
          return value;
        case HASH:
        case PERCENT: {
          // One operator character removes the shortest match, two the longest.
          const op = runeString(ch);
          const greedy = word.startsWith(op);
          const pattern = greedy ? word.slice(1) : word;
          return ch === PERCENT ? trimSuffix(pattern, value, greedy) : trimPrefix(pattern, value, greedy);
        }
        default:
          throw new Failure(`unsupported modifier (${chs}) in substitution`);
      }
    }

    if (ch === SLASH) {
      const replaceAll = this.scanner.peek() === SLASH;
      if (replaceAll) this.scanner.next();
      const pattern = this.processStopOnInBraces(SLASH, true, "syntax error: missing '/' in ${}");
      const replacement = this.processStopOnInBraces(RBRACE, true, "syntax error: missing '}'");

      const { value, set } = this.getEnv(name);
      // Upstream writes a single slash back even for `//`.
      if (this.options.skipUnsetEnv && !set) return `\${${name}/${pattern}/${replacement}}`;

      const re = compilePattern(pattern, true, false);
      if (replaceAll) return goReplaceAll(re, value, replacement);
      const m = re.exec(value);
      if (!m) return value;
      return value.slice(0, m.index) + replacement + value.slice(m.index + m[0].length);
    }

    throw new Failure(`unsupported modifier (${chs}) in substitution`);
  }

  /** `processStopOn` inside `${...}`: an error at the end of input becomes `atEnd`. */
  private processStopOnInBraces(stopChar: number, rawEscapes: boolean, atEnd: string): string {
    try {
      return this.processStopOn(stopChar, rawEscapes).result;
    } catch (err) {
      if (err instanceof Failure && this.scanner.peek() === EOF) throw new Failure(atEnd);
      throw err;
    }
  }

  /** lex.go `processName`. */
  private processName(): string {
    let name = "";
    while (this.scanner.peek() !== EOF) {
      let ch = this.scanner.peek();
      if (name === "" && isDigit(ch)) {
        while (this.scanner.peek() !== EOF && isDigit(this.scanner.peek())) {
          ch = this.scanner.next();
          name += runeString(ch);
        }
        return name;
      }
      if (name === "" && isSpecialParam(ch)) {
        ch = this.scanner.next();
        return runeString(ch);
      }
      if (!isLetter(ch) && !isDigit(ch) && ch !== UNDERSCORE) break;
      ch = this.scanner.next();
      name += runeString(ch);
    }
    return name;
  }

  private getEnv(name: string): { value: string; set: boolean } {
    const value = this.env(name);
    if (value !== undefined) {
      if (this.capture) this.matched.add(name);
      return { value, set: true };
    }
    if (this.capture) this.unmatched.add(name);
    return { value: "", set: false };
  }
}

// ---------------------------------------------------------------------------------------
// Patterns (lex.go convertShellPatternToRegex, trimPrefix, trimSuffix, reversePattern)

const ANY = "[^\\n]"; // Go's `.` without the s flag; JavaScript's `.` also refuses \r, U+2028, U+2029
const REGEX_SPECIALS = new Set(["[", "]", "{", "}", ".", "+", "(", ")", "|", "^", "$"]);

/**
 * A shell pattern as a regular expression: `*` any run, `?` one character, `\` quotes
 * `*`, `?` or `\`, and a `\` before `}` or `/` is dropped (it only kept the `${}` open).
 * No bracket expressions. Any other escape is an error.
 */
function compilePattern(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  const s = new RuneScanner(pattern);
  let out = anchored ? "^" : "";
  const star = greedy ? `${ANY}*` : `${ANY}*?`;
  for (let tok = s.next(); tok !== EOF; tok = s.next()) {
    if (tok === STAR) {
      out += star;
      continue;
    }
    if (tok === QUESTION) {
      out += ANY;
      continue;
    }
    if (tok === BACKSLASH) {
      const after = s.peek();
      if (after === RBRACE || after === SLASH) continue;
      out += "\\";
      tok = s.next();
      if (tok !== STAR && tok !== QUESTION && tok !== BACKSLASH) {
        throw new Failure(`invalid pattern (${pattern}) in substitution: invalid escape '\\${runeString(tok)}'`);
      }
    } else if (REGEX_SPECIALS.has(runeString(tok))) {
      out += "\\";
    }
    out += runeString(tok);
  }
  return new RegExp(out, "gu");
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const re = compilePattern(pattern, greedy, true);
  const m = re.exec(value);
  return m ? value.slice(m.index + m[0].length) : value;
}

/** Regular expressions cannot find the shortest rightmost match, so both sides are reversed. */
function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

function reverseString(str: string): string {
  return Array.from(str).reverse().join("");
}

/** Reverses a pattern but keeps each `\x` pair in order: `a\*c` becomes `c\*a`. */
function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out: string[] = new Array<string>(runes.length).fill("");
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = runes[i] ?? "";
    const outIdx = last - i;
    if (tok === "\\" && i !== last) {
      out[outIdx - 1] = tok;
      out[outIdx] = runes[i + 1] ?? "";
      i += 2;
    } else {
      out[outIdx] = tok;
      i++;
    }
  }
  return out.join("");
}

/**
 * Go's `Regexp.ReplaceAllString`: an empty match right after a match is not replaced,
 * and the replacement is a template where `$0`/`${0}` is the match, `$$` is `$`, and any
 * other `$name`/`${name}` is empty (the pattern has no groups).
 */
function goReplaceAll(re: RegExp, src: string, template: string): string {
  let out = "";
  let lastMatchEnd = 0;
  let searchPos = 0;
  const end = src.length;
  while (searchPos <= end) {
    re.lastIndex = searchPos;
    const m = re.exec(src);
    if (!m) break;
    const start = m.index;
    const stop = start + m[0].length;
    out += src.slice(lastMatchEnd, start);
    if (stop > lastMatchEnd || start === 0) out += expandTemplate(template, m[0]);
    lastMatchEnd = stop;
    const width = searchPos < end ? ((src.codePointAt(searchPos) ?? 0) > 0xffff ? 2 : 1) : 0;
    if (searchPos + width > stop) searchPos += width;
    else if (searchPos + 1 > stop) searchPos++;
    else searchPos = stop;
  }
  return out + src.slice(lastMatchEnd);
}

/** Go's `Regexp.Expand` for a match with no subgroups. */
function expandTemplate(template: string, match: string): string {
  let dst = "";
  let rest = template;
  for (;;) {
    const i = rest.indexOf("$");
    if (i < 0) break;
    dst += rest.slice(0, i);
    rest = rest.slice(i + 1);
    if (rest.startsWith("$")) {
      dst += "$";
      rest = rest.slice(1);
      continue;
    }
    const ref = extractTemplateRef(rest);
    if (!ref) {
      dst += "$";
      continue;
    }
    rest = ref.rest;
    if (ref.num === 0) dst += match;
  }
  return dst + rest;
}

/** Go's regexp `extract`: a leading `name` or `{name}`, and its number (-1 if not one). */
function extractTemplateRef(str: string): { num: number; rest: string } | undefined {
  if (str === "") return undefined;
  let s = str;
  const brace = s.startsWith("{");
  if (brace) s = s.slice(1);
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) ?? 0;
    if (!isLetter(cp) && !isDigit(cp) && cp !== UNDERSCORE) break;
    i += cp > 0xffff ? 2 : 1;
  }
  if (i === 0) return undefined;
  const name = s.slice(0, i);
  if (brace) {
    if (i >= s.length || s[i] !== "}") return undefined;
    i++;
  }
  let num = 0;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 0x30 || c > 0x39 || num >= 1e8) {
      num = -1;
      break;
    }
    num = num * 10 + (c - 0x30);
  }
  if (name.startsWith("0") && name.length > 1) num = -1;
  return { num, rest: s.slice(i) };
}

// ---------------------------------------------------------------------------------------
// Go's %q, for the error messages

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** Go's `strconv.Quote`, as `fmt` uses it for `%q`. */
function goQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const r = c.codePointAt(0) ?? 0;
    if (r === DQUOTE || r === BACKSLASH) {
      out += "\\" + c;
    } else if (r >= 0xd800 && r <= 0xdfff) {
      out += "\\ufffd"; // a lone surrogate has no UTF-8 form; Go would see U+FFFD
    } else if (r === SPACE || PRINTABLE.test(c)) {
      out += c;
    } else if (r === 0x07) {
      out += "\\a";
    } else if (r === 0x08) {
      out += "\\b";
    } else if (r === 0x0c) {
      out += "\\f";
    } else if (r === NEWLINE) {
      out += "\\n";
    } else if (r === 0x0d) {
      out += "\\r";
    } else if (r === TAB) {
      out += "\\t";
    } else if (r === 0x0b) {
      out += "\\v";
    } else if (r < SPACE || r === 0x7f) {
      out += "\\x" + hex(r, 2);
    } else if (r < 0x10000) {
      out += "\\u" + hex(r, 4);
    } else {
      out += "\\U" + hex(r, 8);
    }
  }
  return out + '"';
}
