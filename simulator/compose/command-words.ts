import { ComposeError } from "./types";

/**
 * Splits a string `command:`/`entrypoint:` into words as compose-go does
 * with mattn/go-shellwords: blanks separate words, single quotes are
 * literal, double quotes and backslashes escape; no variable expansion
 * (interpolation already ran).
 */
export function parseCommandWords(text: string, path: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1] as string)) word += text[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new ComposeError(`${path}: invalid command line string`);
  if (inWord) words.push(word);
  return words;
}
