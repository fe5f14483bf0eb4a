import type { Output } from "../../core/io";
import type { TemplateData } from "../../cli/template";
import { parseFormatOption } from "../../cli/template";

/**
 * encoding/json's Marshal of a formatter context: `<`, `>` and `&` become
 * `\u003c`, `\u003e`, `\u0026` (and U+2028/U+2029 are escaped), as
 * formatter.MarshalJSON leaves them; so `docker history --format json`
 * prints `"ID":"\u003cmissing\u003e"` (docker/cli: cli/command/formatter/reflect.go MarshalJSON).
 */
export function formatGoJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** True for `--format json` / `--format '{{json .}}'`: a whole formatter context marshalled per line. */
export function isJsonContextFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const parsed = parseFormatOption(format);
  return !parsed.table && parsed.template !== undefined && /^\{\{\s*json\s+\.\s*\}\}$/.test(parsed.template.trim());
}

/** One JSON line per item, keys sorted as formatter.MarshalJSON sorts the context's methods. */
export function writeJsonLines(out: Output, items: readonly TemplateData[]): number {
  for (const item of items) {
    const sorted = Object.fromEntries(Object.keys(item).sort().map((k) => [k, item[k]]));
    out.out(`${formatGoJson(sorted)}\n`);
  }
  return 0;
}
