/** awk values: strings and numbers with awk's conversions (XCU awk "Expressions in awk"), regular expressions, printf. */
import { formatPrintf as formatPrintfUtility } from "./format";

/** An awk scalar. */
export type Value = string | number;

/** awk's printf: printf(1)'s conversions over awk values (Simplification: printf(1)'s, which reuses the format for extra arguments). */
export function formatPrintf(format: string, values: Value[]): string {
  return formatPrintfUtility(format, values.map((v) => (typeof v === "number" && !Number.isInteger(v) ? String(v) : String(v))), "gnu").out;
}


/** awk's string value of a number: integers plainly, others through CONVFMT "%.6g". */
export function str(v: Value): string {
  if (typeof v === "string") return v;
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}
/** awk's numeric value: the longest numeric prefix, else 0. */
export function num(v: Value): number {
  if (typeof v === "number") return v;
  const m = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(v);
  return m ? Number(m[0]) : 0;
}
/** Whether a string looks numeric (a "numeric string" from input compares as a number). */
export function looksNumeric(v: Value): boolean {
  return typeof v === "number" || /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v);
}
/** An ERE as a JavaScript RegExp (POSIX classes mapped). */
export function toRegExp(source: string, flags = ""): RegExp {
  const classes: Record<string, string> = { alpha: "A-Za-z", digit: "0-9", alnum: "A-Za-z0-9", upper: "A-Z", lower: "a-z", space: " \\t\\n\\r\\f\\v", blank: " \\t", punct: "!-\\/:-@\\[-`{-~", xdigit: "0-9A-Fa-f" };
  return new RegExp(source.replace(/\[:([a-z]+):\]/g, (_m, c: string) => classes[c] ?? ""), flags);
}
