import type { Program, WordPart } from "./ast";
import type { PosixSyntaxError, ShellFlavor } from "./errors";
import type { PosixFileSystem } from "../../vfs/posix-types";
import { matchPattern } from "./glob";

/**
 * A piece of an expanded word: `quoted` text is neither split nor globbed;
 * `split` text came from an unquoted expansion and is split on $IFS. A
 * `fieldBreak` separates the fields of `"$@"` (hard) or `$@` (soft: empty
 * parameters vanish); its text is the space that joins them elsewhere.
 */
export interface Segment {
  text: string;
  quoted: boolean;
  split: boolean;
  fieldBreak?: "soft" | "hard";
}

/** What word expansion needs from the running shell. */
export interface ExpandHost {
  readonly flavor: ShellFlavor;
  /** A variable or special parameter other than `@` and `*`; undefined when unset. */
  lookup(name: string): string | undefined;
  positional(): string[];
  /** `${x:=word}`; throws ExpansionError for a read-only variable. */
  assign(name: string, value: string): void;
  /** Runs `$(…)` and returns its standard output. */
  substitute(body: Program, source: string): string;
  /** A backquote substitution whose text did not parse. */
  substituteError(error: PosixSyntaxError): string;
  /** Evaluates `$((…))` text to its decimal result. */
  arith(expr: string): string;
  /** $IFS, or the default " \t\n" when unset. */
  ifs(): string;
  noglob(): boolean;
  nounset(): boolean;
  cwd(): string;
  fs(): PosixFileSystem;
  /** Whether `.*` matches `.` and `..` (dash, ash). */
  globDots(): boolean;
  /** The home directory for `~` (empty user) or `~user`; undefined leaves the tilde alone. */
  home(user: string): string | undefined;
}

/** A failed expansion; the shell prints `message` with its prefix and exits with `status` (non-interactive). */
export class ExpansionError {
  constructor(
    readonly message: string,
    readonly status: number,
  ) {}
}

/** Segments of an argument word of `${x-word}`, already in the caller's quoting context. */
type ExpandParts = (parts: WordPart[], host: ExpandHost, inDq: boolean) => Segment[];

function argText(part: WordPart & { type: "param" }, host: ExpandHost, expand: ExpandParts, which: "arg" | "arg2" = "arg"): string {
  const word = part[which];
  return word ? expand(word.parts, host, false).map((s) => s.text).join("") : "";
}

function argPattern(part: WordPart & { type: "param" }, host: ExpandHost, expand: ExpandParts): string {
  return part.arg ? expand(part.arg.parts, host, false).map((s) => (s.quoted ? s.text.replace(/[\\*?[\]]/g, "\\$&") : s.text)).join("") : "";
}

function removeAffix(value: string, pattern: string, op: "#" | "##" | "%" | "%%"): string {
  const n = value.length;
  if (op === "#") for (let i = 0; i <= n; i++) if (matchPattern(pattern, value.slice(0, i))) return value.slice(i);
  if (op === "##") for (let i = n; i >= 0; i--) if (matchPattern(pattern, value.slice(0, i))) return value.slice(i);
  if (op === "%") for (let i = n; i >= 0; i--) if (matchPattern(pattern, value.slice(i))) return value.slice(0, i);
  if (op === "%%") for (let i = 0; i <= n; i++) if (matchPattern(pattern, value.slice(i))) return value.slice(0, i);
  return value;
}

/** bash's and ash's `${x/pat/rep}`, `${x//pat/rep}`, `${x/#pat/rep}`, `${x/%pat/rep}`. */
function replacePattern(value: string, pattern: string, rep: string, op: string): string {
  if (pattern === "") return value;
  const n = value.length;
  if (op === "/#") {
    for (let e = n; e >= 0; e--) if (matchPattern(pattern, value.slice(0, e))) return rep + value.slice(e);
    return value;
  }
  if (op === "/%") {
    for (let s = 0; s <= n; s++) if (matchPattern(pattern, value.slice(s))) return value.slice(0, s) + rep;
    return value;
  }
  let out = "";
  let i = 0;
  while (i <= n) {
    let matched = -1;
    for (let e = n; e > i; e--) {
      if (matchPattern(pattern, value.slice(i, e))) {
        matched = e;
        break;
      }
    }
    if (matched < 0) {
      if (i < n) out += value[i];
      i++;
      continue;
    }
    out += rep;
    i = matched;
    if (op === "/") return out + value.slice(i);
  }
  return out;
}

/** The word of `${x-word}`: outside double quotes its unquoted text is split like an expansion. */
function argSegments(part: WordPart & { type: "param" }, host: ExpandHost, inDq: boolean, expand: ExpandParts): Segment[] {
  const segs = expand(part.arg?.parts ?? [], host, inDq);
  return inDq ? segs : segs.map((s) => (s.quoted || s.fieldBreak ? s : { ...s, split: true }));
}

function errorStatus(flavor: ShellFlavor): number {
  return flavor === "bash" ? 127 : 2;
}

/**
 * One `$name` / `${…}` expansion (XCU §2.6.2; dash: src/expand.c evalvar,
 * subevalvar). Messages as dash `X: parameter not set`, bash `X: unbound
 * variable`, ash as dash without the line number.
 */
export function expandParam(part: WordPart & { type: "param" }, host: ExpandHost, inDq: boolean, expand: ExpandParts): Segment[] {
  const { name, op } = part;
  const flavor = host.flavor;
  if (op === "bad") {
    throw new ExpansionError(flavor === "bash" ? `${part.raw}: bad substitution` : flavor === "dash" ? "Bad substitution" : "syntax error: bad substitution", flavor === "bash" ? 1 : 2);
  }
  const isList = name === "@" || name === "*";
  const params = host.positional();
  const value = isList ? (params.length > 0 ? params.join(" ") : undefined) : host.lookup(name);
  const plain = (text: string): Segment[] => [{ text, quoted: inDq, split: !inDq }];
  const unsetError = (): never => {
    throw new ExpansionError(flavor === "bash" ? `${/^[0-9]+$/.test(name) ? "$" + name : name}: unbound variable` : `${name}: parameter not set`, errorStatus(flavor));
  };
  const unsetOrNull = op.startsWith(":") ? value === undefined || value === "" : value === undefined;
  switch (op) {
    case "": {
      if (value === undefined && !isList && host.nounset()) unsetError();
      if (!isList) return plain(value ?? "");
      if (name === "*" && inDq) {
        const ifs = host.ifs();
        return [{ text: params.join(ifs === "" ? "" : (ifs[0] as string)), quoted: true, split: false }];
      }
      const segs: Segment[] = [];
      params.forEach((p, i) => {
        if (i > 0) segs.push({ text: " ", quoted: true, split: false, fieldBreak: inDq ? "hard" : "soft" });
        segs.push({ text: p, quoted: inDq, split: !inDq });
      });
      return segs;
    }
    case "len":
      if (value === undefined && !isList && host.nounset()) unsetError();
      return plain(String(isList ? params.length : [...(value ?? "")].length));
    case "-":
    case ":-":
      return unsetOrNull ? argSegments(part, host, inDq, expand) : expandParam({ ...part, op: "" }, host, inDq, expand);
    case "+":
    case ":+":
      return unsetOrNull ? [] : argSegments(part, host, inDq, expand);
    case "=":
    case ":=": {
      if (!unsetOrNull) return expandParam({ ...part, op: "" }, host, inDq, expand);
      const text = argText(part, host, expand);
      if (isList || /^[0-9]/.test(name) || name.length === 1 && "#?-$!".includes(name)) {
        throw new ExpansionError(flavor === "bash" ? `$${name}: cannot assign in this way` : `${name}: bad variable name`, errorStatus(flavor));
      }
      host.assign(name, text);
      return plain(text);
    }
    case "?":
    case ":?": {
      if (!unsetOrNull) return expandParam({ ...part, op: "" }, host, inDq, expand);
      const message = argText(part, host, expand);
      const fallback = op === "?" ? "parameter not set" : flavor === "bash" ? "parameter null or not set" : "parameter not set or null";
      throw new ExpansionError(`${name}: ${message || fallback}`, errorStatus(flavor));
    }
    case "#":
    case "##":
    case "%":
    case "%%":
      if (value === undefined && host.nounset()) unsetError();
      return plain(removeAffix(value ?? "", argPattern(part, host, expand), op));
    case "/":
    case "//":
    case "/#":
    case "/%":
      if (value === undefined && host.nounset()) unsetError();
      return plain(replacePattern(value ?? "", argPattern(part, host, expand), argText(part, host, expand, "arg2"), op));
    case ":": {
      if (value === undefined && host.nounset()) unsetError();
      const chars = [...(value ?? "")];
      let offset = Number(host.arith(argText(part, host, expand)));
      if (offset < 0) offset = Math.max(0, chars.length + offset);
      let end = chars.length;
      if (part.arg2) {
        const len = Number(host.arith(argText(part, host, expand, "arg2")));
        end = len < 0 ? chars.length + len : offset + len;
      }
      return plain(chars.slice(offset, Math.max(offset, end)).join(""));
    }
  }
}
