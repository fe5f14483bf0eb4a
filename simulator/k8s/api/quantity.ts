import { getOwn } from "../../core/own";

/** Binary and decimal suffixes of resource.Quantity (apimachinery pkg/api/resource/suffix.go). */
const SUFFIXES: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60, n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/**
 * A resource.Quantity's value (`128Mi` → 134217728, `500m` → 0.5, `1e3` →
 * 1000), as apimachinery's ParseQuantity reads it; undefined when the text
 * is not a quantity.
 */
export function parseQuantity(text: string | number | undefined): number | undefined {
  if (typeof text === "number") return Number.isFinite(text) ? text : undefined;
  if (text === undefined) return undefined;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/.exec(text.trim());
  if (!m) return undefined;
  const base = Number(`${m[1] ?? ""}${m[2] ?? ""}`);
  const scale = getOwn(SUFFIXES, m[3] ?? "") ?? 1;
  return Number.isFinite(base) ? base * scale : undefined;
}
