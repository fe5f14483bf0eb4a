import type { KubeObject } from "../k8s/api/types";
import { formatCustomColumns, parseCustomColumns } from "./custom-columns";
import { formatJsonPath, parseJsonPathTemplate } from "./jsonpath";

/** A `-o jsonpath=…` or `-o custom-columns=…` printer, ready to print objects. */
export interface TemplatePrinter {
  /** Whether kubectl still says `No resources found` on stderr when nothing matched. */
  reportsEmpty: boolean;
  format(objects: readonly KubeObject[], asList: boolean, noHeaders: boolean): string;
}

/**
 * The template output formats of `kubectl get` (kubectl pkg/cmd/get
 * PrintFlags: jsonpath and custom-columns): undefined when `output` is
 * another format, an error line (without `error: `) when the template does
 * not parse. jsonpath runs against the object, or a `kind: List` for lists
 * (as kubectl does), printing no trailing newline.
 * Simplification: no jsonpath-as-json, jsonpath-file, custom-columns-file or go-template.
 */
export function parseTemplateOutput(output: string): { ok: true; printer: TemplatePrinter } | { ok: false; error: string } | undefined {
  const eq = output.indexOf("=");
  const format = eq < 0 ? output : output.slice(0, eq);
  const arg = eq < 0 ? "" : output.slice(eq + 1);
  if (format === "jsonpath") {
    if (eq < 0 || arg === "") return { ok: false, error: "template format specified but no template given" };
    const parsed = parseJsonPathTemplate(arg);
    if (!parsed.ok) return { ok: false, error: `error parsing jsonpath ${arg}, ${parsed.error}` };
    return {
      ok: true,
      printer: {
        reportsEmpty: false,
        format: (objects, asList) => formatJsonPath(parsed.nodes, asList ? { apiVersion: "v1", items: objects, kind: "List", metadata: { resourceVersion: "" } } : objects[0]),
      },
    };
  }
  if (format === "custom-columns") {
    const parsed = parseCustomColumns(arg);
    if (!parsed.ok) return parsed;
    return { ok: true, printer: { reportsEmpty: true, format: (objects, _asList, noHeaders) => (objects.length === 0 ? "" : formatCustomColumns(parsed.columns, objects, noHeaders)) } };
  }
  return undefined;
}
