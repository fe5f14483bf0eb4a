import type { Word, WordPart } from "./ast";

/** The `}` matching the `{` at `open`, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** The comma-separated alternatives at the top level of a brace body. */
function splitTop(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "{") depth++;
    else if (body[i] === "}") depth--;
    else if (body[i] === "," && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/** `{1..5}`, `{05..10}`, `{a..e}`, `{10..1..3}` as a list, or undefined. */
function sequence(body: string): string[] | undefined {
  const num = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (num) {
    const [a, b] = [Number(num[1]), Number(num[2])];
    const step = Math.abs(Number(num[3] ?? 1)) || 1;
    const width = /^-?0\d/.test(num[1] as string) || /^-?0\d/.test(num[2] as string) ? Math.max((num[1] as string).length, (num[2] as string).length) : 0;
    const out: string[] = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
      out.push(width ? (v < 0 ? "-" + String(-v).padStart(width - 1, "0") : String(v).padStart(width, "0")) : String(v));
      if (out.length > 10000) break;
    }
    return out;
  }
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (!chr) return undefined;
  const [a, b] = [(chr[1] as string).charCodeAt(0), (chr[2] as string).charCodeAt(0)];
  const step = Math.abs(Number(chr[3] ?? 1)) || 1;
  const out: string[] = [];
  for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) out.push(String.fromCharCode(v));
  return out;
}

/** Brace expansion of one unquoted string (bash manual "Brace Expansion"); the string itself when nothing applies. */
export function expandBraces(text: string): string[] {
  for (let open = text.indexOf("{"); open >= 0; open = text.indexOf("{", open + 1)) {
    if (text[open - 1] === "$") continue;
    const close = matchingBrace(text, open);
    if (close < 0) return [text];
    const body = text.slice(open + 1, close);
    const alternatives = sequence(body) ?? (splitTop(body).length > 1 ? splitTop(body) : undefined);
    if (!alternatives) continue;
    const pre = text.slice(0, open);
    const post = text.slice(close + 1);
    return alternatives.flatMap((alt) => expandBraces(pre + alt + post));
  }
  return [text];
}

/**
 * bash's brace expansion on a word, before every other expansion: each
 * unquoted literal part holding `{a,b}` or `{1..3}` multiplies the word
 * (`/app/{src,bin}` → `/app/src /app/bin`). Braces spanning a quote or an
 * expansion are left alone. dash and BusyBox ash have no brace expansion.
 */
export function braceExpandWord(word: Word): Word[] {
  let words: WordPart[][] = [[]];
  for (const part of word.parts) {
    const alternatives = part.type === "lit" && !part.quoted && part.text.includes("{") ? expandBraces(part.text) : undefined;
    if (!alternatives || alternatives.length < 2) {
      for (const w of words) w.push(part);
      continue;
    }
    words = words.flatMap((w) => alternatives.map((text) => [...w, { type: "lit" as const, text, quoted: false }]));
  }
  return words.map((parts) => ({ parts }));
}
