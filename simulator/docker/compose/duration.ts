/** A Go duration as Compose writes it (`10s`, `1m30s`, `500ms`), in milliseconds; `fallbackMs` when it does not parse (compose-go types.Duration). */
export function parseGoDuration(text: string | undefined, fallbackMs: number): number {
  if (!text) return fallbackMs;
  let total = 0;
  let matched = "";
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    total += Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const)[m[2] as "ms"];
    matched += m[0];
  }
  return matched === text ? total : fallbackMs;
}
