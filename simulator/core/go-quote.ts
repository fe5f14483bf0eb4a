/**
 * Go's strconv.Quote: double quotes, `\"` and `\\`, `\a \b \f \n \r \t \v`,
 * other control characters and DEL as `\xNN`, printable Unicode as is,
 * non-printable runes above ASCII as `\uNNNN` / `\UNNNNNNNN`
 * (go: src/strconv/quote.go appendQuotedWith).
 */
export function formatGoQuoted(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case "\\":
        out += "\\\\";
        continue;
      case "\x07":
        out += "\\a";
        continue;
      case "\b":
        out += "\\b";
        continue;
      case "\f":
        out += "\\f";
        continue;
      case "\n":
        out += "\\n";
        continue;
      case "\r":
        out += "\\r";
        continue;
      case "\t":
        out += "\\t";
        continue;
      case "\v":
        out += "\\v";
        continue;
    }
    if (cp < 0x20 || cp === 0x7f) {
      out += "\\x" + cp.toString(16).padStart(2, "0");
    } else if (cp === 0xfffd && ch !== "\ufffd") {
      out += "\\ufffd";
    } else if (isPrintable(cp)) {
      out += ch;
    } else if (cp < 0x10000) {
      out += "\\u" + cp.toString(16).padStart(4, "0");
    } else {
      out += "\\U" + cp.toString(16).padStart(8, "0");
    }
  }
  return out + '"';
}

/** An approximation of Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrintable(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 && cp !== 0x7f;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(cp));
}

/** Go's `%q` of a []string: `["python" "app.py"]` (image history text of CMD/ENTRYPOINT, moby/buildkit convert.go). */
export function formatGoQuotedList(words: readonly string[]): string {
  return `[${words.map(formatGoQuoted).join(" ")}]`;
}
