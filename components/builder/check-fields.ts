import { z } from "zod";
import { COMBINATORS, PREDICATES, type Check, type PredicateDefinition } from "@/simulator";
import { getOwn } from "@/simulator/core/own";

/** How the builder edits one parameter of a check. */
export type FieldType = "text" | "number" | "boolean" | "enum" | "list" | "json";

/** One generated parameter field. */
export interface CheckField {
  name: string;
  type: FieldType;
  required: boolean;
  description: string;
  /** Choices of an enum field. */
  options?: string[];
  /** Items of a list field are numbers. */
  numericItems?: boolean;
}

interface JsonProperty {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  default?: unknown;
  items?: JsonProperty;
}

const COMBINATOR_FIELDS: CheckField[] = [{ name: "of", type: "json", required: true, description: "the predicate(s) combined, as JSON: a list for all/any, one predicate for not" }];

function fieldOf(name: string, p: JsonProperty, required: boolean): CheckField {
  const base = { name, required, description: p.description ?? "" };
  if (p.enum) return { ...base, type: "enum", options: p.enum.map(String) };
  if (p.type === "string") return { ...base, type: "text" };
  if (p.type === "number" || p.type === "integer") return { ...base, type: "number" };
  if (p.type === "boolean") return { ...base, type: "boolean" };
  const item = p.items?.type;
  if (p.type === "array" && (item === "string" || item === "number" || item === "integer")) return { ...base, type: "list", numericItems: item !== "string" };
  return { ...base, type: "json" };
}

const cache = new Map<string, CheckField[]>();

/**
 * A check kind's parameter fields, generated from its zod schema (the same
 * JSON Schema the vocabulary reference, lessons/CHECKS.md, is generated from),
 * so the builder offers exactly the parameters the grader accepts.
 */
export function calculateCheckFields(kind: string): CheckField[] {
  if ((COMBINATORS as readonly string[]).includes(kind)) return COMBINATOR_FIELDS;
  const hit = cache.get(kind);
  if (hit) return hit;
  const def: PredicateDefinition | undefined = getOwn(Object.fromEntries(PREDICATES.map((p) => [p.kind, p])), kind);
  if (!def) return [];
  const json = z.toJSONSchema(def.schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, JsonProperty>; required?: string[] };
  const fields = Object.entries(json.properties ?? {})
    .filter(([name]) => name !== "kind")
    .map(([name, p]) => fieldOf(name, p, (json.required ?? []).includes(name) && p.default === undefined));
  cache.set(kind, fields);
  return fields;
}

/** A check as the builder edits it: every parameter as the text typed in its field. */
export interface DraftCheck {
  id: string;
  title: string;
  kind: string;
  /** Parameter name → text typed (empty: not given). */
  values: Record<string, string>;
  /** One hint per line. */
  hints: string;
}

function parseValue(field: CheckField, text: string): unknown {
  switch (field.type) {
    case "number":
      return Number.isFinite(Number(text)) ? Number(text) : text;
    case "boolean":
      return text === "true";
    case "list": {
      const items = text.split("\n").map((s) => s.trim()).filter((s) => s !== "");
      return field.numericItems ? items.map((s) => (Number.isFinite(Number(s)) ? Number(s) : s)) : items;
    }
    case "json":
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text; // left as text: validation then names the field
      }
    default:
      return text;
  }
}

/** A draft check → check data (empty fields are left out; the codec's schema then validates it). */
export function parseDraftCheck(draft: DraftCheck): Check {
  const params: Record<string, unknown> = {};
  for (const field of calculateCheckFields(draft.kind)) {
    const text = getOwn(draft.values, field.name);
    if (text === undefined || text.trim() === "") continue;
    params[field.name] = parseValue(field, field.type === "text" || field.type === "enum" ? text : text.trim());
  }
  const hints = draft.hints.split("\n").map((s) => s.trim()).filter((s) => s !== "");
  return { ...params, id: draft.id, title: draft.title, kind: draft.kind, ...(hints.length > 0 ? { hints } : {}) } as Check;
}

function formatValue(field: CheckField, value: unknown): string {
  if (field.type === "list" && Array.isArray(value)) return value.map(String).join("\n");
  if (field.type === "json") return JSON.stringify(value);
  return String(value);
}

/** Check data → a draft the builder can edit (the inverse of parseDraftCheck for checks the codec accepted). */
export function formatDraftCheck(check: Check): DraftCheck {
  const record = check as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const field of calculateCheckFields(check.kind)) {
    const value = getOwn(record, field.name);
    if (value !== undefined) values[field.name] = formatValue(field, value);
  }
  return { id: check.id, title: check.title, kind: check.kind, values, hints: (check.hints ?? []).join("\n") };
}
