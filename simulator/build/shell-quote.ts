/** A word quoted for sh so it stays one word with no expansion (single quotes, `'\''` for a quote). */
export function quoteShellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
