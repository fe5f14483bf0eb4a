/**
 * "Did you mean …?" suggestions as BuildKit makes them (moby/buildkit:
 * util/suggest/error.go Search): the first option closest to the value by
 * Levenshtein distance, when that distance is below 3, and nothing when an
 * option matches exactly.
 */
export function suggest(value: string, options: Iterable<string>, caseSensitive: boolean): string | undefined {
  const val = caseSensitive ? value : value.toLowerCase();
  let match: string | undefined;
  let best = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (opt === val) return undefined;
    const d = levenshtein(val, opt, best);
    if (d < best) {
      match = caseSensitive ? opt : matchCase(opt, value);
      best = d;
    }
  }
  return match;
}

function matchCase(val: string, orig: string): string {
  if (orig === orig.toLowerCase()) return val.toLowerCase();
  if (orig === orig.toUpperCase()) return val.toUpperCase();
  return val;
}

/** Edit distance (insert, delete, substitute, each 1) over code points, as agext/levenshtein.Distance with nil params. */
export function levenshtein(a: string, b: string, cap = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) >= cap) return cap;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[t.length] as number;
}
