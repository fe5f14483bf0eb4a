import { getOwn } from "../core/own";
import { setOwnValue } from "./record";
import { ComposeError } from "./types";

/** What interpolation reads variables from, and where it reports unset ones. */
export interface InterpolationScope {
  env: Readonly<Record<string, string>>;
  /** Called for each variable used without a value and without a default. */
  warnUnset(name: string): void;
}

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/** compose-go's template.InvalidTemplateError, wrapped with the key's path (compose-go interpolation.newPathError). */
function invalidTemplate(path: string, template: string): ComposeError {
  return new ComposeError(`invalid interpolation format for ${path}.\nYou may need to escape any $ with another $.\n${template}`);
}

/** compose-go's MissingRequiredError, wrapped as `error while interpolating <path>: …`. */
function missingRequired(path: string, name: string, reason: string): ComposeError {
  const detail = reason === "" ? `required variable ${name} is missing a value` : `required variable ${name} is missing a value: ${reason}`;
  return new ComposeError(`error while interpolating ${path}: ${detail}`);
}

/** Finds the `}` closing a `${` opened just before `start`, allowing nested `${…}` in defaults. */
function findClosingBrace(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Resolves the inside of one `${…}`. */
function resolveBraced(inner: string, path: string, whole: string, scope: InterpolationScope): string {
  const name = NAME.exec(inner)?.[0];
  if (name === undefined) throw invalidTemplate(path, whole);
  const rest = inner.slice(name.length);
  const value = getOwn(scope.env, name);
  if (rest === "") {
    if (value === undefined) scope.warnUnset(name);
    return value ?? "";
  }
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (op === undefined) throw invalidTemplate(path, whole);
  const arg = (): string => calculateInterpolated(rest.slice(op.length), path, scope);
  const unsetOrEmpty = value === undefined || value === "";
  switch (op) {
    case ":-":
      return unsetOrEmpty ? arg() : (value as string);
    case "-":
      return value === undefined ? arg() : value;
    case ":?":
      if (unsetOrEmpty) throw missingRequired(path, name, rest.slice(op.length));
      return value as string;
    case "?":
      if (value === undefined) throw missingRequired(path, name, rest.slice(op.length));
      return value;
    case ":+":
      return unsetOrEmpty ? "" : arg();
    default:
      return value === undefined ? "" : arg();
  }
}

/**
 * Compose's variable substitution in one string value (compose-go
 * template.Substitute; compose-spec `12-interpolation.md`): `$$` is a
 * literal `$`; `$VAR` and `${VAR}`; `${VAR:-default}` / `${VAR-default}`
 * (unset or empty / unset); `${VAR:?err}` / `${VAR?err}` (required);
 * `${VAR:+alt}` / `${VAR+alt}`. Defaults may nest. A `$` that starts
 * none of these is an invalid template. `path` names the key in errors
 * (`services.web.image`).
 */
export function calculateInterpolated(text: string, path: string, scope: InterpolationScope): string {
  if (!text.includes("$")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("$", i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === "$") {
      out += "$";
      i = dollar + 2;
    } else if (next === "{") {
      const close = findClosingBrace(text, dollar + 2);
      if (close < 0) throw invalidTemplate(path, text);
      out += resolveBraced(text.slice(dollar + 2, close), path, text, scope);
      i = close + 1;
    } else {
      const name = NAME.exec(text.slice(dollar + 1))?.[0];
      if (name === undefined) throw invalidTemplate(path, text);
      const value = getOwn(scope.env, name);
      if (value === undefined) scope.warnUnset(name);
      out += value ?? "";
      i = dollar + 1 + name.length;
    }
  }
  return out;
}

/**
 * Interpolates every string value of a parsed YAML tree (not the keys),
 * as compose-go's interpolation.Interpolate walks the model; `path` is the
 * dotted key path used in errors.
 */
export function calculateInterpolatedTree(value: unknown, path: string, scope: InterpolationScope): unknown {
  if (typeof value === "string") return calculateInterpolated(value, path, scope);
  if (Array.isArray(value)) return value.map((item) => calculateInterpolatedTree(item, `${path}.[]`, scope));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) setOwnValue(out, key, calculateInterpolatedTree(child, path === "" ? key : `${path}.${key}`, scope));
    return out;
  }
  return value;
}
