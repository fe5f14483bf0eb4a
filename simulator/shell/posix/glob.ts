import type { PosixFileSystem } from "../../vfs/posix-types";

/**
 * Shell pattern matching (XCU §2.13): `*`, `?`, bracket expressions with `!`
 * or `^`, ranges and `[:class:]`; a backslash quotes the next character.
 * Quoted parts of a word reach here already backslash-escaped.
 */
/** POSIX bracket-expression classes as JavaScript character-class bodies (shared with grep/sed regexes). */
export const POSIX_CHARACTER_CLASSES: Record<string, string> = {
  alpha: "a-zA-Z",
  digit: "0-9",
  alnum: "a-zA-Z0-9",
  upper: "A-Z",
  lower: "a-z",
  space: " \\t\\n\\r\\f\\v",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  xdigit: "0-9A-Fa-f",
  cntrl: "\\x00-\\x1f\\x7f",
  print: "\\x20-\\x7e",
  graph: "\\x21-\\x7e",
  word: "a-zA-Z0-9_",
};

function escapeRegExp(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? "\\" + c : c;
}

/** Parses a bracket expression at `i` (the `[`); returns its regex and the index after `]`, or undefined when unclosed. */
function parseBracket(p: string, i: number): { source: string; end: number } | undefined {
  let j = i + 1;
  let negate = false;
  if (p[j] === "!" || p[j] === "^") {
    negate = true;
    j++;
  }
  let body = "";
  let first = true;
  while (j < p.length) {
    const c = p[j] as string;
    if (c === "]" && !first) return { source: `[${negate ? "^" : ""}${body}]`, end: j + 1 };
    first = false;
    if (c === "[" && p[j + 1] === ":") {
      const close = p.indexOf(":]", j + 2);
      if (close > 0) {
        const cls = POSIX_CHARACTER_CLASSES[p.slice(j + 2, close)];
        if (cls !== undefined) {
          body += cls;
          j = close + 2;
          continue;
        }
      }
    }
    if (c === "\\" && j + 1 < p.length) {
      body += escapeRegExp(p[j + 1] as string);
      j += 2;
      continue;
    }
    if (c === "-" && body !== "" && p[j + 1] !== "]" && j + 1 < p.length) {
      body += "-";
      j++;
      continue;
    }
    body += escapeRegExp(c);
    j++;
  }
  return undefined;
}

const cache = new Map<string, RegExp>();

/** The RegExp for a whole pattern; in `pathname` mode `*` and `?` never match `/`. */
export function patternToRegExp(pattern: string, pathname = false): RegExp {
  const key = (pathname ? "p" : "c") + pattern;
  const cached = cache.get(key);
  if (cached) return cached;
  let src = "";
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    if (c === "\\" && i + 1 < pattern.length) {
      src += escapeRegExp(pattern[i + 1] as string);
      i += 2;
    } else if (c === "*") {
      src += pathname ? "[^/]*" : "[\\s\\S]*";
      i++;
    } else if (c === "?") {
      src += pathname ? "[^/]" : "[\\s\\S]";
      i++;
    } else if (c === "[") {
      const bracket = parseBracket(pattern, i);
      if (bracket) {
        src += bracket.source;
        i = bracket.end;
      } else {
        src += "\\[";
        i++;
      }
    } else {
      src += escapeRegExp(c);
      i++;
    }
  }
  let re: RegExp;
  try {
    re = new RegExp(`^${src}$`);
  } catch {
    re = new RegExp(`^${escapeRegExp(unescapePattern(pattern)).replace(/./g, (ch) => escapeRegExp(ch))}$`);
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}

/** Whether `text` matches `pattern` (case patterns, `${x#pat}`, `[[ x == pat ]]`). */
export function matchPattern(pattern: string, text: string): boolean {
  return patternToRegExp(pattern).test(text);
}

/** Whether a pattern has an unquoted `*`, `?` or a closed `[…]`. */
export function hasGlobChars(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?") return true;
    else if (c === "[" && parseBracket(pattern, i)) return true;
  }
  return false;
}

/** Removes the backslashes that quote characters in a pattern. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\([\s\S])/g, "$1");
}

/** The C locale's byte order, which `sh` in a container (no LANG) sorts by. */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Pathname expansion (XCU §2.13.3): the matching paths, sorted, or an empty
 * list when nothing matches. A leading `.` must be matched explicitly; dash
 * and ash also match `.` and `..` then, bash 5.2 does not (globskipdots).
 */
export function expandPathname(pattern: string, cwd: string, fs: PosixFileSystem, withDots: boolean): string[] {
  const absolute = pattern.startsWith("/");
  const parts = pattern.split("/").filter((p, i, all) => p !== "" || i === all.length - 1);
  const trailingSlash = pattern.endsWith("/");
  if (trailingSlash) parts.pop();
  let current: { shown: string; path: string }[] = [{ shown: absolute ? "/" : "", path: absolute ? "/" : cwd }];
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    const next: { shown: string; path: string }[] = [];
    for (const base of current) {
      const join = (name: string): { shown: string; path: string } => ({
        shown: base.shown === "" ? name : base.shown.endsWith("/") ? base.shown + name : `${base.shown}/${name}`,
        path: base.path === "/" ? `/${name}` : `${base.path}/${name}`,
      });
      if (!hasGlobChars(part)) {
        const entry = join(unescapePattern(part));
        if (!last || trailingSlash || fs.lstat(entry.path)) next.push(entry);
        continue;
      }
      let names: string[];
      try {
        if (fs.stat(base.path)?.type !== "dir") continue;
        names = fs.readdir(base.path);
      } catch {
        continue;
      }
      const re = patternToRegExp(part, true);
      const explicitDot = part.startsWith(".") || part.startsWith("\\.");
      if (explicitDot && withDots) names = [".", "..", ...names];
      for (const name of names.sort(compareBytes)) {
        if (name.startsWith(".") && !explicitDot) continue;
        if (re.test(name)) next.push(join(name));
      }
    }
    current = next;
  });
  let results = current;
  if (trailingSlash) results = results.filter((r) => fs.stat(r.path)?.type === "dir").map((r) => ({ ...r, shown: r.shown + "/" }));
  return results.map((r) => r.shown).sort(compareBytes);
}
