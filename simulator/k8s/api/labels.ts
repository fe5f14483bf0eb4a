import type { LabelSelector } from "./types";

/** One requirement of a label selector (apimachinery pkg/labels Requirement). */
export interface LabelRequirement {
  key: string;
  operator: "=" | "!=" | "in" | "notin" | "exists" | "!";
  values: string[];
}

/** The result of parsing a `-l` selector. */
export type ParsedSelector = { ok: true; requirements: LabelRequirement[] } | { ok: false; error: string };

/**
 * Parses a `-l` selector: `app=web`, `app==web`, `tier!=db`, `env in (a,b)`,
 * `env notin (a)`, `app`, `!app`, comma-separated (apimachinery pkg/labels/selector.go Parse).
 * Simplification: error messages are shorter than the lexer's.
 */
export function parseLabelSelector(text: string): ParsedSelector {
  const requirements: LabelRequirement[] = [];
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") {
      if (text.trim() === "") continue;
      return { ok: false, error: `unable to parse requirement: found '', expected: identifier` };
    }
    let m = /^([A-Za-z0-9._/-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)$/.exec(part);
    if (m) {
      requirements.push({ key: m[1] as string, operator: m[2] === "!=" ? "!=" : "=", values: [m[3] as string] });
      continue;
    }
    m = /^([A-Za-z0-9._/-]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
    if (m) {
      requirements.push({ key: m[1] as string, operator: m[2] as "in" | "notin", values: (m[3] as string).split(",").map((v) => v.trim()) });
      continue;
    }
    m = /^(!?)\s*([A-Za-z0-9._/-]+)$/.exec(part);
    if (m) {
      requirements.push({ key: m[2] as string, operator: m[1] === "!" ? "!" : "exists", values: [] });
      continue;
    }
    return { ok: false, error: `unable to parse requirement: ${part}` };
  }
  return { ok: true, requirements };
}

/** Whether labels satisfy every requirement. */
export function matchesRequirements(labels: Readonly<Record<string, string>> | undefined, requirements: readonly LabelRequirement[]): boolean {
  const get = (k: string): string | undefined => (labels && Object.hasOwn(labels, k) ? labels[k] : undefined);
  return requirements.every((req) => {
    const value = get(req.key);
    switch (req.operator) {
      case "=":
        return value === req.values[0];
      case "!=":
        return value !== req.values[0];
      case "in":
        return value !== undefined && req.values.includes(value);
      case "notin":
        return value === undefined || !req.values.includes(value);
      case "exists":
        return value !== undefined;
      case "!":
        return value === undefined;
    }
    return false;
  });
}

/** A LabelSelector as requirements (metav1.LabelSelectorAsSelector). */
export function calculateSelectorRequirements(selector: LabelSelector | undefined): LabelRequirement[] {
  const reqs: LabelRequirement[] = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) reqs.push({ key, operator: "=", values: [value] });
  for (const expr of selector?.matchExpressions ?? []) {
    const op = expr.operator === "In" ? "in" : expr.operator === "NotIn" ? "notin" : expr.operator === "Exists" ? "exists" : "!";
    reqs.push({ key: expr.key, operator: op, values: expr.values ?? [] });
  }
  return reqs;
}

/** Whether a LabelSelector selects these labels; an empty selector selects nothing for controllers, as the ReplicaSet controller treats it. */
export function matchesSelector(selector: LabelSelector | undefined, labels: Readonly<Record<string, string>> | undefined): boolean {
  const reqs = calculateSelectorRequirements(selector);
  return reqs.length > 0 && matchesRequirements(labels, reqs);
}

/** `app=web,tier=frontend` (labels.FormatLabels / metav1.FormatLabelSelector for matchLabels), `<none>` when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined, none = "<none>"): string {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length === 0 ? none : entries.map(([k, v]) => `${k}=${v}`).join(",");
}

/** metav1.FormatLabelSelector: matchLabels as `k=v`, expressions as `k in (a,b)`. */
export function formatSelector(selector: LabelSelector | undefined): string {
  const parts = calculateSelectorRequirements(selector).map((r) => {
    if (r.operator === "=") return `${r.key}=${r.values[0]}`;
    if (r.operator === "in" || r.operator === "notin") return `${r.key} ${r.operator} (${r.values.join(",")})`;
    return r.operator === "!" ? `!${r.key}` : r.key;
  });
  return parts.length === 0 ? "<none>" : parts.join(",");
}
