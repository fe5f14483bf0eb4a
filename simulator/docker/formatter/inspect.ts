import type { Output } from "../../core/io";
import { FormatTemplate, TemplateError, type TemplateData } from "../../cli/template";

/** What looking one reference up gave: the object, or the error line to print. */
export type InspectLookup = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/**
 * A failed field lookup as the raw-map fallback words it: the typed
 * template fails, docker/cli retries on the JSON decoded into a map with
 * `missingkey=error` (docker/cli: cli/command/inspect/inspector.go tryRawInspectFallback).
 */
function formatMissingKey(message: string): string {
  return message.replace(/can't evaluate field (\S+) in type .*$/, (_, field: string) => `map has no entry for key "${field}"`);
}

/**
 * docker/cli's inspect.Inspect (cli/command/inspect/inspector.go;
 * fidelity-reference §1.7): every reference looked up in turn; with no
 * format the objects as one JSON array indented by four spaces (`[]` when
 * none was found), with `json` the same array compact, with a template one
 * line per object (an empty line when none). Lookup errors follow on
 * stderr, one per line, exit 1; a template that does not parse is
 * `template parsing error: …`, exit 64.
 */
export function writeInspect(out: Output, refs: readonly string[], format: string | undefined, lookup: (ref: string) => InspectLookup): number {
  let template: FormatTemplate | undefined;
  if (format !== undefined && format !== "" && format !== "json") {
    try {
      template = new FormatTemplate(format, "map[string]interface {}");
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      out.err(`template parsing error: ${error.message}\n`);
      return 64;
    }
  }
  const errors: string[] = [];
  const elements: Record<string, unknown>[] = [];
  let lines = "";
  for (const ref of refs) {
    const found = lookup(ref);
    if (!found.ok) {
      errors.push(found.message);
      continue;
    }
    if (!template) {
      elements.push(found.value);
      continue;
    }
    try {
      lines += `${template.execute(found.value as TemplateData)}\n`;
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      errors.push(`template parsing error: ${formatMissingKey(error.message)}`);
    }
  }
  if (template) out.out(lines === "" ? "\n" : lines);
  else if (elements.length === 0) out.out("[]\n");
  else out.out(`${format === "json" ? JSON.stringify(elements) : JSON.stringify(elements, null, 4)}\n`);
  if (errors.length === 0) return 0;
  out.err(`${errors.join("\n")}\n`);
  return 1;
}
