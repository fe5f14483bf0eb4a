/**
 * Moves the splitter between pane `index` and `index + 1` by `delta`
 * percentage points, keeping both panes at least `min` and the total
 * unchanged (what a WAI-ARIA window splitter does on arrow keys and drags:
 * w3.org/WAI/ARIA/apg/patterns/windowsplitter).
 */
export function calculateSplit(sizes: number[], index: number, delta: number, min: number): number[] {
  const a = sizes[index];
  const b = sizes[index + 1];
  if (a === undefined || b === undefined || !Number.isFinite(delta)) return sizes;
  const pair = a + b;
  const floor = Math.min(min, pair / 2);
  const nextA = Math.min(Math.max(a + delta, floor), pair - floor);
  const next = [...sizes];
  next[index] = Math.round(nextA * 10) / 10;
  next[index + 1] = Math.round((pair - nextA) * 10) / 10;
  return next;
}

/** Reads saved sizes if they fit this layout (same count, positive, summing to ~100), else the defaults. */
export function parseSavedSizes(text: string | null, defaults: number[]): number[] {
  if (!text) return defaults;
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value) || value.length !== defaults.length) return defaults;
    if (!value.every((n) => typeof n === "number" && Number.isFinite(n) && n > 0)) return defaults;
    const total = (value as number[]).reduce((s, n) => s + n, 0);
    return Math.abs(total - 100) < 1 ? (value as number[]) : defaults;
  } catch {
    return defaults;
  }
}
