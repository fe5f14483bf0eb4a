import { parseCommandWords } from "./command-words";
import { asMapping, setOwnValue } from "./record";
import type { ComposeDependency, ComposeFileRef, ComposeHealthcheck } from "./types";
import { ComposeError } from "./types";

/** A scalar as the string Compose keeps (numbers and booleans as YAML wrote them). */
export function formatScalar(value: unknown): string {
  return typeof value === "string" ? value : String(value);
}

/** `command:` / `entrypoint:`: a string is split into words, a list kept, null kept. */
export function parseCommand(value: unknown, path: string): string[] | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(formatScalar);
  return parseCommandWords(formatScalar(value), path);
}

/**
 * A `list_or_dict` (environment, labels, build args): `KEY=VALUE` items or a
 * mapping; a bare `KEY` or a null value keeps null (compose-go types.MappingWithEquals).
 */
export function parseListOrDict(value: unknown): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = formatScalar(item);
      const eq = text.indexOf("=");
      setOwnValue(out, eq < 0 ? text : text.slice(0, eq), eq < 0 ? null : text.slice(eq + 1));
    }
  } else {
    for (const [key, item] of Object.entries(asMapping(value) ?? {})) setOwnValue(out, key, item === null || item === undefined ? null : formatScalar(item));
  }
  return out;
}

/** `depends_on:` in either form, as long-form entries (condition service_started, required true by default). */
export function parseDependsOn(value: unknown, service: string): Record<string, ComposeDependency> {
  const out: Record<string, ComposeDependency> = {};
  if (Array.isArray(value)) {
    for (const name of value) setOwnValue(out, formatScalar(name), { condition: "service_started", required: true });
    return out;
  }
  for (const [name, raw] of Object.entries(asMapping(value) ?? {})) {
    const entry = asMapping(raw) ?? {};
    const condition = entry.condition ?? "service_started";
    if (condition !== "service_started" && condition !== "service_healthy" && condition !== "service_completed_successfully") {
      throw new ComposeError(`services.${service}.depends_on.${name}.condition must be one of the following: "service_started", "service_healthy", "service_completed_successfully"`);
    }
    const dep: ComposeDependency = { condition, required: entry.required !== false };
    if (entry.restart !== undefined) dep.restart = entry.restart === true || entry.restart === "true";
    setOwnValue(out, name, dep);
  }
  return out;
}

/** A service's `secrets:`/`configs:` list, short names or `{source, target}`. */
export function parseFileRefs(value: unknown): ComposeFileRef[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const entry = asMapping(item);
    if (!entry) return { source: formatScalar(item) };
    const ref: ComposeFileRef = { source: formatScalar(entry.source) };
    if (typeof entry.target === "string") ref.target = entry.target;
    return ref;
  });
}

/** `healthcheck:`: a string test becomes `["CMD-SHELL", test]` (compose-go loader). */
export function parseHealthcheck(value: unknown): ComposeHealthcheck | undefined {
  const raw = asMapping(value);
  if (!raw) return undefined;
  const check: ComposeHealthcheck = {};
  if (typeof raw.test === "string") check.test = ["CMD-SHELL", raw.test];
  else if (Array.isArray(raw.test)) check.test = raw.test.map(formatScalar);
  for (const key of ["interval", "timeout", "start_period"] as const) if (typeof raw[key] === "string") check[key] = raw[key] as string;
  if (raw.retries !== undefined) check.retries = Number(raw.retries);
  if (raw.disable === true || raw.disable === "true") check.disable = true;
  return check;
}

/** A count written as a number or an interpolated string (`replicas: ${N}`). */
export function parseCount(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === "number" ? value : /^\d+$/.test(String(value)) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0) throw new ComposeError(`${path} must be a integer`);
  return n;
}
