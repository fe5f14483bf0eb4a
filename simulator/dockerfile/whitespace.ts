/** Go's unicode.IsSpace (go: src/unicode/graphic.go): the Latin-1 spaces plus Unicode White_Space. */
export function isGoSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  switch (ch) {
    case "\t":
    case "\n":
    case "\v":
    case "\f":
    case "\r":
    case " ":
    case "\u0085":
    case "\u00a0":
      return true;
  }
  const cp = ch.codePointAt(0) as number;
  if (cp < 0x100) return false;
  return cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** strings.TrimLeftFunc(s, unicode.IsSpace). */
export function trimLeftGoSpace(text: string): string {
  let i = 0;
  while (i < text.length && isGoSpace(text[i])) i++;
  return text.slice(i);
}

/** strings.TrimSpace. */
export function trimGoSpace(text: string): string {
  let end = text.length;
  while (end > 0 && isGoSpace(text[end - 1])) end--;
  return trimLeftGoSpace(text.slice(0, end));
}

/** BuildKit's reWhitespace, `[\t\v\f\r ]+`, the separator of instruction words. */
export const WHITESPACE_RUN = /[\t\v\f\r ]+/;

/** regexp.Split(s, n) for reWhitespace with n = 2: the first word and the rest. */
export function splitFirstWord(text: string): [string] | [string, string] {
  const m = WHITESPACE_RUN.exec(text);
  if (!m) return [text];
  return [text.slice(0, m.index), text.slice(m.index + m[0].length)];
}
