import { getOwn } from "../core/own";
import { COMPOSE_FILE_SHAPE, type JsonKind, type Shape } from "./schema";

/** The JSON type of a YAML value, as a JSON Schema validator sees it. */
function kindOf(value: unknown): JsonKind {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  return "object";
}

function matches(kind: JsonKind, allowed: readonly JsonKind[]): boolean {
  return allowed.includes(kind) || (kind === "integer" && allowed.includes("number"));
}

/**
 * compose-go's humanReadableType: `object` reads `mapping`, `array` reads
 * `list`, several types read `a, b or c` (compose-go schema/schema.go).
 */
function formatKinds(kinds: readonly JsonKind[]): string {
  const names = kinds.map((k) => (k === "object" ? "mapping" : k === "array" ? "list" : k));
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

function check(value: unknown, shape: Shape, path: string): string | undefined {
  const kind = kindOf(value);
  if (!matches(kind, shape.kinds)) return `${path === "" ? "(root)" : path} must be a ${formatKinds(shape.kinds)}`;
  if (kind === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (shape.props) {
      for (const key of keys) {
        if (key.startsWith("x-")) continue;
        const child = getOwn(shape.props, key);
        if (!child) return `${path === "" ? "(root)" : path} Additional property ${key} is not allowed`;
        const problem = check(record[key], child, path === "" ? key : `${path}.${key}`);
        if (problem) return problem;
      }
    } else if (shape.values) {
      for (const key of keys) {
        if (key.startsWith("x-")) continue;
        const problem = check(record[key], shape.values, `${path}.${key}`);
        if (problem) return problem;
      }
    }
  } else if (kind === "array" && shape.items) {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      const problem = check(items[i], shape.items, `${path}.${i}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * Checks one parsed Compose file against the Compose Specification's schema
 * the way Compose v2 reports the first problem: `services.web Additional
 * property foo is not allowed`, `services.web.ports must be a list`,
 * `(root) Additional property servics is not allowed` (compose-go
 * schema.Validate; docker/getting-started-todo-app#22 shows the
 * `validating <file>: …` wrapping the loader adds). Returns the message, or
 * undefined when the file is valid.
 */
export function findSchemaError(document: unknown): string | undefined {
  return check(document, COMPOSE_FILE_SHAPE, "");
}
