const FALLBACK = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/** The CSS font-family list behind --font-geist-mono (set by next/font on <html>), for canvas/DOM widgets that need a literal family. */
export function monoFontFamily(): string {
  if (typeof document === "undefined") return FALLBACK;
  const value = getComputedStyle(document.documentElement).getPropertyValue("--font-geist-mono").trim();
  return value ? `${value}, ${FALLBACK}` : FALLBACK;
}

/** Resolves once the mono font can be measured (or right away if it cannot be loaded). */
export async function monoFontReady(size = 13): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  try {
    await document.fonts.load(`${size}px ${monoFontFamily()}`);
  } catch {
    // Measuring with a fallback face is better than not starting.
  }
}
