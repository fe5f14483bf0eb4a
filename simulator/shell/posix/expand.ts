import type { Word, WordPart } from "./ast";
import { expandParam, type ExpandHost, type Segment } from "./expand-param";
import { braceExpandWord } from "./brace";
import { expandPathname, hasGlobChars } from "./glob";

/** Re-exported so callers need only this module: what expansion needs from the shell, its pieces, its failure. */
export type { ExpandHost, Segment } from "./expand-param";
/** A failed expansion (`${x?}`, `set -u`, bad arithmetic), worded per shell. */
export { ExpansionError } from "./expand-param";

/** Escapes pattern characters so quoted text matches itself. */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]]/g, "\\$&");
}

/**
 * Tilde expansion (XCU §2.6.1): `~` and `~user` at the start of a word (and
 * after `:` in assignments) when unquoted, up to the first `/`.
 */
function tildeParts(parts: WordPart[], host: ExpandHost, assignment: boolean): WordPart[] {
  return parts.flatMap((part, index): WordPart[] => {
    if (part.type !== "lit" || part.quoted || !part.text.includes("~")) return [part];
    const text = part.text;
    const result: WordPart[] = [];
    let buf = "";
    for (let i = 0; i < text.length; ) {
      const atStart = (i === 0 && index === 0) || (assignment && i > 0 && text[i - 1] === ":");
      if (atStart && text[i] === "~") {
        let end = i + 1;
        while (end < text.length && text[end] !== "/" && !(assignment && text[end] === ":")) end++;
        // `~"x"`: the prefix runs into a quoted part, so it is not a tilde-prefix.
        const home = end === text.length && index + 1 < parts.length ? undefined : host.home(text.slice(i + 1, end));
        if (home !== undefined) {
          if (buf) result.push({ type: "lit", text: buf, quoted: false });
          buf = "";
          result.push({ type: "lit", text: home, quoted: true });
          i = end;
          continue;
        }
      }
      buf += text[i];
      i++;
    }
    if (buf) result.push({ type: "lit", text: buf, quoted: false });
    return result;
  });
}

/** Expands parts into segments (parameter, command and arithmetic expansion). */
export function expandParts(parts: WordPart[], host: ExpandHost, inDq: boolean): Segment[] {
  const segs: Segment[] = [];
  for (const part of parts) {
    switch (part.type) {
      case "lit":
        segs.push({ text: part.text, quoted: part.quoted || inDq, split: false });
        break;
      case "dq": {
        const inner = expandParts(part.parts, host, true);
        // "$@" with no parameters makes no field at all (XCU §2.5.2).
        const onlyAt = part.parts.length === 1 && part.parts[0]?.type === "param" && part.parts[0].name === "@" && part.parts[0].op === "";
        if (inner.length === 0 && !onlyAt) segs.push({ text: "", quoted: true, split: false });
        segs.push(...inner);
        break;
      }
      case "param":
        segs.push(...expandParam(part, host, inDq, expandParts));
        break;
      case "cmd": {
        const text = (part.error ? host.substituteError(part.error) : host.substitute(part.body, part.source)).replace(/\n+$/, "");
        segs.push({ text, quoted: inDq, split: !inDq });
        break;
      }
      case "arith": {
        const expr = expandParts(part.expr.parts, host, true).map((s) => s.text).join("");
        segs.push({ text: host.arith(expr), quoted: inDq, split: !inDq });
        break;
      }
    }
  }
  return segs;
}

interface Field {
  pieces: { text: string; glob: boolean }[];
}

/** Field splitting (XCU §2.6.5) of unquoted expansion results on $IFS. */
function splitFields(segs: Segment[], ifs: string): Field[] {
  const fields: Field[] = [];
  let current: Field = { pieces: [] };
  let started = false;
  let splitByWhite = false;
  const white = [...ifs].filter((c) => c === " " || c === "\t" || c === "\n").join("");
  const emit = (): void => {
    fields.push(current);
    current = { pieces: [] };
    started = false;
  };
  for (const seg of segs) {
    if (seg.fieldBreak) {
      if (started || seg.fieldBreak === "hard") emit();
      continue;
    }
    if (!seg.split || ifs === "") {
      if (seg.text !== "" || seg.quoted) {
        current.pieces.push({ text: seg.text, glob: !seg.quoted });
        started = true;
        splitByWhite = false;
      }
      continue;
    }
    let run = "";
    for (const c of seg.text) {
      if (!ifs.includes(c)) {
        run += c;
        started = true;
        splitByWhite = false;
        continue;
      }
      if (run) current.pieces.push({ text: run, glob: true });
      run = "";
      if (white.includes(c)) {
        if (started) {
          emit();
          splitByWhite = true;
        }
      } else if (started) {
        emit();
        splitByWhite = false;
      } else if (splitByWhite) splitByWhite = false;
      else emit();
    }
    if (run) current.pieces.push({ text: run, glob: true });
  }
  if (started) emit();
  return fields;
}

/**
 * Expands a word into fields, as for a command's arguments (XCU §2.6; bash
 * first does brace expansion): tilde,
 * parameter, command and arithmetic expansion, field splitting, pathname
 * expansion (unless `set -f`), quote removal.
 */
export function expandWord(word: Word, host: ExpandHost): string[] {
  if (host.flavor === "bash" && word.parts.some((p) => p.type === "lit" && !p.quoted && p.text.includes("{"))) {
    const words = braceExpandWord(word);
    if (words.length > 1) return words.flatMap((w) => expandFields(w, host));
  }
  return expandFields(word, host);
}

function expandFields(word: Word, host: ExpandHost): string[] {
  const segs = expandParts(tildeParts(word.parts, host, false), host, false);
  const fields = splitFields(segs, host.ifs());
  const out: string[] = [];
  for (const field of fields) {
    const text = field.pieces.map((p) => p.text).join("");
    const pattern = field.pieces.map((p) => (p.glob ? p.text : escapeGlob(p.text))).join("");
    if (!host.noglob() && field.pieces.some((p) => p.glob) && hasGlobChars(pattern)) {
      const matches = expandPathname(pattern, host.cwd(), host.fs(), host.globDots());
      if (matches.length > 0) {
        out.push(...matches);
        continue;
      }
    }
    out.push(text);
  }
  return out;
}

/** Expands a word to one string without splitting or globbing (assignments, redirection targets, here-documents). */
export function expandString(word: Word, host: ExpandHost, assignment = false): string {
  const parts = assignment ? tildeParts(word.parts, host, true) : tildeParts(word.parts, host, false);
  return expandParts(parts, host, false)
    .map((s) => s.text)
    .join("");
}

/** Expands a word into a pattern: quoted characters are escaped (case items, `${x#pattern}`). */
export function expandPattern(word: Word, host: ExpandHost): string {
  return expandParts(word.parts, host, false)
    .map((s) => (s.quoted ? escapeGlob(s.text) : s.text))
    .join("");
}
