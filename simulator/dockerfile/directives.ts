import type { ParserDirectives } from "./ast";

const DIRECTIVE_RE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$/;
const KNOWN = new Set(["syntax", "escape", "check"]);

/**
 * Reads parser directives from the top of a Dockerfile: `# name=value`
 * comment lines before anything else. Scanning stops at the first line that
 * is not such a comment or names an unknown directive; a repeated directive
 * is an error (moby/buildkit: frontend/dockerfile/parser/directives.go
 * DirectiveParser.ParseLine).
 */
export class DirectiveScanner {
  private done = false;
  readonly directives: ParserDirectives = {};
  escapeToken: "\\" | "`" = "\\";
  continuation = calculateContinuationRegex("\\");

  /** Looks at one line (newline and leading whitespace already trimmed). Throws Error on a bad directive. */
  scan(line: string): void {
    if (this.done) return;
    if (!line.startsWith("#")) {
      this.done = true;
      return;
    }
    const m = DIRECTIVE_RE.exec(line);
    const name = m?.[1]?.toLowerCase();
    if (!m || !name || !KNOWN.has(name)) {
      this.done = true;
      return;
    }
    const key = name as keyof ParserDirectives;
    if (this.directives[key] !== undefined) throw new Error(`only one ${key} parser directive can be used`);
    const value = m[2] as string;
    this.directives[key] = value;
    if (key === "escape") {
      if (value !== "`" && value !== "\\") throw new Error(`invalid escape token '${value}' does not match \` or \\`);
      this.escapeToken = value;
      this.continuation = calculateContinuationRegex(value);
    }
  }
}

/**
 * The line-continuation pattern for an escape token: the token at the end of
 * a line (spaces and tabs after it allowed), not itself escaped, or alone on
 * its line (moby/buildkit: parser.go setEscapeToken).
 */
export function calculateContinuationRegex(token: string): RegExp {
  const t = token === "\\" ? "\\\\" : "`";
  return new RegExp(`([^${t}])${t}[ \\t]*$|^${t}[ \\t]*$`);
}
