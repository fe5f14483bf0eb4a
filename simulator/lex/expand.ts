import type { Word } from "./ast";

/** What word expansion needs from the running shell. */
export interface ExpansionContext {
  /** The value of a parameter (`HOME`, `?`, `1`…), or undefined when unset. */
  lookup(name: string): string | undefined;
  /** Runs `source` as a command substitution and returns its stdout. */
  substitute(source: string): string;
}

/** Applies `${NAME:-word}` style operators that learners use; plain names otherwise. */
function expandParam(name: string, ctx: ExpansionContext): string {
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[?$#!*@0-9-])(:?[-+=?])(.*)$/.exec(name);
  if (!m) return ctx.lookup(name) ?? "";
  const [, base, op, alt] = m as unknown as [string, string, string, string];
  const value = ctx.lookup(base);
  const unsetOrEmpty = op.startsWith(":") ? !value : value === undefined;
  switch (op.replace(":", "")) {
    case "-":
    case "=":
      return unsetOrEmpty ? alt : (value ?? "");
    case "+":
      return unsetOrEmpty ? "" : alt;
    default:
      return value ?? "";
  }
}

/**
 * Tilde expansion (bash manual, "Tilde Expansion"): an unquoted `~` that starts
 * a word, alone or before `/`, becomes $HOME. `~user` forms are left as typed.
 */
function expandTilde(word: Word, ctx: ExpansionContext): Word {
  const first = word.parts[0];
  if (!first || first.kind !== "literal" || first.quoted) return word;
  if (first.text !== "~" && !first.text.startsWith("~/")) return word;
  if (first.text === "~" && word.parts.length > 1) {
    // `~"x"` is the tilde-prefix `~x` (a user name), which bash leaves alone when unknown.
    return word;
  }
  const home = ctx.lookup("HOME");
  if (home === undefined) return word;
  return { parts: [{ kind: "literal", text: home + first.text.slice(1), quoted: true }, ...word.parts.slice(1)] };
}

/**
 * Expands one word into fields, as bash does for a simple command: parameter
 * expansion and command substitution, then field splitting of the unquoted
 * results on blanks (bash manual, "Word Splitting"; trailing newlines of a
 * command substitution are removed). Quoted empty words stay as one empty field.
 */
export function expandWord(word: Word, ctx: ExpansionContext): string[] {
  const fields: string[] = [];
  let current = "";
  let hasContent = false;
  for (const part of expandTilde(word, ctx).parts) {
    let text: string;
    if (part.kind === "literal") text = part.text;
    else if (part.kind === "param") text = expandParam(part.name, ctx);
    else text = ctx.substitute(part.source).replace(/\n+$/, "");

    if (part.quoted || part.kind === "literal") {
      current += text;
      hasContent = true;
      continue;
    }
    const pieces = text.split(/[ \t\n]+/);
    pieces.forEach((piece, index) => {
      if (index > 0) {
        if (hasContent || current) fields.push(current);
        current = "";
        hasContent = false;
      }
      if (piece) {
        current += piece;
        hasContent = true;
      }
    });
  }
  if (hasContent || current) fields.push(current);
  return fields;
}

/** Expands a word to a single string (assignments and redirection targets are not split). */
export function expandWordToString(word: Word, ctx: ExpansionContext): string {
  return expandTilde(word, ctx).parts
    .map((part) => {
      if (part.kind === "literal") return part.text;
      if (part.kind === "param") return expandParam(part.name, ctx);
      return ctx.substitute(part.source).replace(/\n+$/, "");
    })
    .join("");
}
