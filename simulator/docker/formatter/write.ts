import { formatTable } from "../../cli/table";
import { FormatTemplate, parseFormatOption, TemplateError, type TemplateData } from "../../cli/template";
import type { Output } from "../../core/io";

/** How a list command describes its columns for `--format`. */
export interface ListFormat {
  /** The default table template (`{{.ID}}\t{{.Image}}…`). */
  defaultTable: string;
  /** Field name → header text (`ID` → `CONTAINER ID`). */
  headers: Record<string, string>;
  /** The Go type name errors mention (`*formatter.ContainerContext`). */
  typeName: string;
}

/**
 * docker/cli's formatter.Context: renders items through a template, as a
 * table (header row + tabwriter) or one line per item; `json` is `{{json .}}`
 * (docker/cli: cli/command/formatter/formatter.go). Returns an exit status.
 */
export function writeList(out: Output, format: string | undefined, spec: ListFormat, items: TemplateData[]): number {
  const parsed = parseFormatOption(format);
  const source = parsed.template ?? spec.defaultTable;
  let template: FormatTemplate;
  try {
    template = new FormatTemplate(source, spec.typeName);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    out.err(`template parsing error: ${error.message}\n`);
    return 64;
  }
  try {
    const lines = items.map((item) => template.execute(item));
    if (!parsed.table) {
      out.out(lines.map((l) => l + "\n").join(""));
      return 0;
    }
    const headerData: TemplateData = {};
    for (const key of Object.keys(items[0] ?? spec.headers)) headerData[key] = spec.headers[key] ?? "";
    for (const [key, header] of Object.entries(spec.headers)) headerData[key] = header;
    const header = template.execute(headerData);
    const rows = [header, ...lines].flatMap((l) => l.split("\n")).map((l) => l.split("\t"));
    out.out(formatTable(rows));
    return 0;
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    out.err(`${error.message}\n`);
    return 1;
  }
}

/**
 * docker's Ellipsis: cut to `max` display cells with a trailing `…`
 * (docker/cli: cli/command/formatter/displayutils.go).
 */
export function formatEllipsis(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return chars.slice(0, max - 1).join("") + "…";
}

/** Go's time.Time String() in UTC: `2025-03-01 09:00:00 +0000 UTC`. */
export function formatGoTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000 UTC`;
}
