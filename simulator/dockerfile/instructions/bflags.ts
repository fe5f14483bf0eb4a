import { formatWithSuggestion } from "./suggest";

/** The kinds of builder flag (moby/buildkit: frontend/dockerfile/instructions/bflag.go). */
export type BuilderFlagKind = "bool" | "string" | "strings";

/** Parsed builder flags: bool flags as "true"/"false", strings as lists. */
export interface BuilderFlagValues {
  strings: Record<string, string>;
  lists: Record<string, string[]>;
  bools: Record<string, boolean>;
  used: Set<string>;
}

/**
 * BFlags.Parse: checks an instruction's `--flag[=value]` words against the
 * flags it accepts. Errors (thrown as Error) are BuildKit's: `unknown flag: x`
 * with a suggestion, `duplicate flag specified: x`, `missing a value on flag: x`,
 * `expecting boolean value for flag x, not: y`.
 */
export function parseBuilderFlags(words: readonly string[], spec: Record<string, BuilderFlagKind>): BuilderFlagValues {
  const values: BuilderFlagValues = { strings: {}, lists: {}, bools: {}, used: new Set() };
  for (const word of words) {
    if (!word.startsWith("--")) throw new Error(`arg should start with -- : ${word}`);
    if (word === "--") break;
    let name = word.slice(2);
    let value = "";
    const eq = name.indexOf("=");
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const kind = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!kind) throw new Error(formatWithSuggestion(`unknown flag: ${name}`, name, Object.keys(spec), true));
    if (values.used.has(name) && kind !== "strings") throw new Error(`duplicate flag specified: ${name}`);
    values.used.add(name);
    if (kind === "bool") {
      if (eq >= 0 && value === "") throw new Error(`missing a value on flag: ${name}`);
      const lower = value.toLowerCase();
      if (lower !== "" && lower !== "true" && lower !== "false") throw new Error(`expecting boolean value for flag ${name}, not: ${value}`);
      values.bools[name] = lower !== "false";
    } else {
      if (eq < 0) throw new Error(`missing a value on flag: ${name}`);
      if (kind === "string") values.strings[name] = value;
      else values.lists[name] = [...(values.lists[name] ?? []), value];
    }
  }
  return values;
}
