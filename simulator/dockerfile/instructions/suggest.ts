/** Levenshtein distance, as github.com/agext/levenshtein.Distance with default costs. */
export function calculateLevenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = row;
  }
  return prev[t.length] as number;
}

function matchCase(value: string, original: string): string {
  if (original === original.toLowerCase()) return value.toLowerCase();
  if (original === original.toUpperCase()) return value.toUpperCase();
  return value;
}

/**
 * Adds ` (did you mean X?)` when an option is within edit distance 2 of the
 * value, the case following what was typed (moby/buildkit: util/suggest/error.go).
 * An exact match means the error was about something else: no suggestion.
 */
export function formatWithSuggestion(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const val = caseSensitive ? value : value.toLowerCase();
  let match = "";
  let minDist = 3;
  for (const raw of options) {
    const opt = caseSensitive ? raw : raw.toLowerCase();
    if (val === opt) return message;
    const dist = calculateLevenshtein(val, opt);
    if (dist < minDist) {
      match = caseSensitive ? opt : matchCase(opt, value);
      minDist = dist;
    }
  }
  return match ? `${message} (did you mean ${match}?)` : message;
}
