import { toJsRegex } from "./regex";

/** A sed address: a line number, `$`, a regex, or GNU's `first~step`. */
export type SedAddress = { kind: "line"; n: number } | { kind: "last" } | { kind: "re"; re: RegExp | undefined } | { kind: "step"; first: number; step: number };

/** One parsed sed command. */
export interface SedCommand {
  a1?: SedAddress;
  a2?: SedAddress;
  negate: boolean;
  cmd: string;
  /** `s`: regex (undefined = the last one used), replacement, flags. */
  re?: RegExp;
  replacement?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  /** a/i/c text, y sets, b/t labels, q exit codes. */
  text?: string;
  from?: string[];
  to?: string[];
  block?: SedCommand[];
}

/** A script error, worded like GNU sed (`-e expression #1, char 4: unterminated `s' command`) or BusyBox. */
export class SedError {
  constructor(
    readonly gnu: string,
    readonly busybox: string,
  ) {}
}

/**
 * Parses a sed script (POSIX sed; GNU extensions: one-line `a text`, `I`
 * flag, `first~step`, `Q`, `\n` in replacements).
 */
export class SedParser {
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly extended: boolean,
  ) {}

  private fail(what: string, busybox: string): never {
    throw new SedError(`-e expression #1, char ${Math.min(this.pos, this.src.length)}: ${what}`, busybox);
  }

  private skipSpace(): void {
    while (/[ \t]/.test(this.src[this.pos] ?? "")) this.pos++;
  }

  /** Text up to an unescaped `delim` (escaped delimiters lose their backslash). */
  private delimited(delim: string, what: string): string {
    let out = "";
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++] as string;
      if (c === "\\" && this.pos < this.src.length) {
        const n = this.src[this.pos++] as string;
        out += n === delim && delim !== "\\" ? n : n === "n" && delim !== "n" ? "\\n" : "\\" + n;
        continue;
      }
      if (c === delim) return out;
      if (c === "\n" && what !== "y") break;
      out += c;
    }
    return this.fail(`unterminated \`${what}' command`, `unmatched '${delim}'`);
  }

  private regex(source: string, flags: string): RegExp | undefined {
    if (source === "") return undefined;
    try {
      return new RegExp(toJsRegex(source, this.extended), flags);
    } catch {
      return this.fail("Invalid preceding regular expression", `bad regex '${source}'`);
    }
  }

  private address(): SedAddress | undefined {
    const rest = this.src.slice(this.pos);
    const step = /^(\d+)~(\d+)/.exec(rest);
    if (step) {
      this.pos += step[0].length;
      return { kind: "step", first: Number(step[1]), step: Number(step[2]) };
    }
    const num = /^\d+/.exec(rest);
    if (num) {
      this.pos += num[0].length;
      return { kind: "line", n: Number(num[0]) };
    }
    if (rest.startsWith("$")) {
      this.pos++;
      return { kind: "last" };
    }
    if (rest.startsWith("/") || rest.startsWith("\\")) {
      const delim = rest.startsWith("\\") ? (rest[1] ?? "/") : "/";
      this.pos += rest.startsWith("\\") ? 2 : 1;
      const body = this.delimited(delim, "address");
      let flags = "";
      if (this.src[this.pos] === "I") {
        flags = "i";
        this.pos++;
      }
      return { kind: "re", re: this.regex(body, flags) };
    }
    return undefined;
  }

  /** The text argument of a, i, c: `a\` + newline + text, or GNU's `a text`. */
  private textArg(): string {
    this.skipSpace();
    if (this.src[this.pos] === "\\") {
      this.pos++;
      if (this.src[this.pos] === "\n") this.pos++;
    }
    let out = "";
    while (this.pos < this.src.length && this.src[this.pos] !== "\n") {
      const c = this.src[this.pos++] as string;
      if (c === "\\" && this.pos < this.src.length) out += this.src[this.pos++];
      else out += c;
    }
    return out;
  }

  private label(): string {
    this.skipSpace();
    const m = /^[^;\n}]*/.exec(this.src.slice(this.pos)) as RegExpExecArray;
    this.pos += m[0].length;
    return m[0].trim();
  }

  /** Parses commands until the end (or a closing `}` when `inBlock`). */
  parse(inBlock = false): SedCommand[] {
    const out: SedCommand[] = [];
    for (;;) {
      while (/[\s;]/.test(this.src[this.pos] ?? "")) this.pos++;
      if (this.pos >= this.src.length) {
        if (inBlock) this.fail("unmatched `{'", "unmatched '{'");
        return out;
      }
      if (this.src[this.pos] === "}") {
        if (!inBlock) this.fail("unexpected `}'", "unexpected '}'");
        this.pos++;
        return out;
      }
      if (this.src[this.pos] === "#") {
        while (this.pos < this.src.length && this.src[this.pos] !== "\n") this.pos++;
        continue;
      }
      const command: SedCommand = { negate: false, cmd: "" };
      command.a1 = this.address();
      if (command.a1 && this.src[this.pos] === ",") {
        this.pos++;
        command.a2 = this.address();
        if (!command.a2) this.fail("unexpected `,'", "unexpected ','");
      }
      this.skipSpace();
      while (this.src[this.pos] === "!") {
        command.negate = true;
        this.pos++;
        this.skipSpace();
      }
      const c = this.src[this.pos++];
      if (c === undefined) this.fail("missing command", "missing command");
      command.cmd = c;
      switch (c) {
        case "{":
          command.block = this.parse(true);
          break;
        case "s": {
          const delim = this.src[this.pos++] ?? "";
          const pattern = this.delimited(delim, "s");
          command.replacement = this.delimited(delim, "s");
          let flags = "";
          for (let f = this.src[this.pos]; f !== undefined && /[gpiImeN0-9]/.test(f); f = this.src[this.pos]) {
            this.pos++;
            if (f === "g") command.global = true;
            else if (f === "p") command.print = true;
            else if (f === "i" || f === "I") flags += "i";
            else if (/[0-9]/.test(f)) command.nth = (command.nth ?? 0) * 10 + Number(f);
          }
          command.re = this.regex(pattern, flags + "g");
          break;
        }
        case "y": {
          const delim = this.src[this.pos++] ?? "";
          const unescape = (s: string): string[] => [...s.replace(/\\n/g, "\n").replace(/\\\\/g, "\\")];
          command.from = unescape(this.delimited(delim, "y"));
          command.to = unescape(this.delimited(delim, "y"));
          if (command.from.length !== command.to.length) this.fail("strings for `y' command are different lengths", "strings for y must be the same length");
          break;
        }
        case "a":
        case "i":
        case "c":
          command.text = this.textArg();
          break;
        case "b":
        case "t":
        case "T":
        case ":":
          command.text = this.label();
          break;
        case "q":
        case "Q":
        case "l":
          this.skipSpace();
          command.text = /^\d*/.exec(this.src.slice(this.pos))?.[0] ?? "";
          this.pos += command.text.length;
          break;
        case "d":
        case "D":
        case "p":
        case "P":
        case "n":
        case "N":
        case "=":
        case "h":
        case "H":
        case "g":
        case "G":
        case "x":
        case "z":
          break;
        default:
          this.pos--;
          this.fail(`unknown command: \`${c}'`, `unsupported command ${c}`);
      }
      out.push(command);
    }
  }
}
