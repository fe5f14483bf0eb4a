import { calculateCleanPath } from "../vfs/path";

/** One `.dockerignore` line, compiled. */
export interface IgnorePattern {
  /** `!pattern`: re-includes what earlier lines excluded. */
  exclusion: boolean;
  /** The cleaned pattern text (no `!`, no leading `/`). */
  text: string;
  regex: RegExp;
}

const SPECIAL = new Set([".", "+", "(", ")", "{", "}", "|", "^", "$"]);

/**
 * Reads a `.dockerignore` file: one pattern per line, `#` at the start of a
 * line is a comment, blank lines are skipped, `!` inverts, patterns are
 * cleaned like filepath.Clean and lose a leading `/`
 * (moby/patternmatcher: ignorefile/ignorefile.go ReadAll).
 */
export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  text
    .replace(/^\ufeff/, "")
    .split("\n")
    .forEach((raw) => {
      const line = raw.replace(/\r$/, "");
      if (line.startsWith("#")) return;
      let pattern = line.trim();
      if (pattern === "") return;
      const exclusion = pattern.startsWith("!");
      if (exclusion) pattern = pattern.slice(1).trim();
      if (pattern !== "") {
        pattern = calculateCleanPath(pattern);
        if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
      }
      if (pattern === "" || pattern === ".") return;
      patterns.push({ exclusion, text: pattern, regex: compilePattern(pattern) });
    });
  return patterns;
}

/**
 * Turns a pattern into a regex as patternmatcher's Pattern.compile does:
 * `**` spans directories, `*` and `?` stay within one path element, `[…]`
 * classes as filepath.Match, `\` escapes (moby/patternmatcher: patternmatcher.go).
 */
export function compilePattern(pattern: string): RegExp {
  let re = "^";
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === "*") {
      if (chars[i + 1] === "*") {
        i++;
        if (chars[i + 1] === "/") i++;
        re += i + 1 >= chars.length ? ".*" : "(.*/)?";
      } else {
        re += "[^/]*";
      }
    } else if (ch === "?") {
      re += "[^/]";
    } else if (SPECIAL.has(ch)) {
      re += "\\" + ch;
    } else if (ch === "\\") {
      const next = chars[i + 1];
      if (next !== undefined) {
        re += "\\" + next;
        i++;
      } else {
        re += "\\\\";
      }
    } else {
      re += ch;
    }
  }
  try {
    return new RegExp(re + "$");
  } catch {
    // A malformed class like `[a` matches nothing, as filepath.Match reports ErrBadPattern.
    return /(?!)/;
  }
}

/**
 * MatchesOrParentMatches: whether a context path (relative, `/`-separated) is
 * excluded. Patterns apply in order and the last one that matches the path
 * or one of its parent directories wins.
 */
export function isIgnored(patterns: readonly IgnorePattern[], relPath: string): boolean {
  const parts = relPath.split("/");
  let matched = false;
  for (const pattern of patterns) {
    if (pattern.exclusion !== matched) continue;
    let match = pattern.regex.test(relPath);
    for (let i = 1; !match && i < parts.length; i++) match = pattern.regex.test(parts.slice(0, i).join("/"));
    if (match) matched = !pattern.exclusion;
  }
  return matched;
}
