import type { KubeObject } from "../k8s/api/types";
import { calculatePathValues, parsePath } from "./jsonpath";
import { formatKubectlTable } from "./table";

/** One custom column: its header and the path it reads. */
export interface CustomColumn {
  header: string;
  steps: Exclude<ReturnType<typeof parsePath>, { ok: false }>["steps"];
}

/**
 * Reads `NAME:.metadata.name,IMAGE:.spec.containers[0].image` (kubectl
 * pkg/cmd/get/customcolumn.go NewCustomColumnsPrinterFromSpec): each
 * column `HEADER:PATH`, the path relaxed (`{…}` optional, a leading `.`
 * added), with kubectl's error for a column without a colon.
 */
export function parseCustomColumns(spec: string): { ok: true; columns: CustomColumn[] } | { ok: false; error: string } {
  if (spec.length === 0) return { ok: false, error: "custom-columns format specified but no custom columns given" };
  const columns: CustomColumn[] = [];
  for (const part of spec.split(",")) {
    const colon = part.indexOf(":");
    if (colon < 0 || part.indexOf(":", colon + 1) >= 0) return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    let expr = part.slice(colon + 1).trim();
    if (expr.startsWith("{") && expr.endsWith("}")) expr = expr.slice(1, -1);
    if (!expr.startsWith(".") && !expr.startsWith("$") && !expr.startsWith("[")) expr = `.${expr}`;
    const path = parsePath(expr);
    if (!path.ok) return { ok: false, error: `error parsing jsonpath {${expr}}, ${path.error}` };
    columns.push({ header: part.slice(0, colon), steps: path.steps });
  }
  return { ok: true, columns };
}

/** Go's `%v` for an unstructured value: `map[k:v]`, `[a b]` (what custom columns print for non-scalars). */
export function formatGoValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(formatGoValue).join(" ")}]`;
  if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `map[${Object.keys(o).sort().map((k) => `${k}:${formatGoValue(o[k])}`).join(" ")}]`;
  }
  return v === null || v === undefined ? "<nil>" : String(v);
}

/** The custom-columns table: a missing value prints `<none>`, several are joined with `,` (customcolumn.go printOneObject). */
export function formatCustomColumns(columns: readonly CustomColumn[], objects: readonly KubeObject[], noHeaders: boolean): string {
  const rows = objects.map((o) =>
    columns.map((c) => {
      const values = calculatePathValues(o, c.steps);
      return values.length === 0 ? "<none>" : values.map(formatGoValue).join(",");
    }),
  );
  return formatKubectlTable(noHeaders ? rows : [columns.map((c) => c.header), ...rows]);
}
