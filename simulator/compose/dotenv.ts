import { getOwn } from "../core/own";
import { calculateInterpolated } from "./interpolate";
import { setOwnValue } from "./record";
import { ComposeError } from "./types";

/**
 * An env file (`.env`, `env_file:`), read as compose-go's dotenv package
 * reads it: `KEY=VALUE` lines, an optional `export `, `#` comments (also
 * after a space in an unquoted value), single quotes literal, double quotes
 * with `\n`-style escapes, and `${VAR}` in unquoted and double-quoted
 * values resolved against the variables defined so far and `lookup`.
 * A bare `KEY` takes its value from `lookup` or is skipped.
 */
export function parseDotEnv(text: string, file: string, lookup: Readonly<Record<string, string>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] as string).trim();
    if (line === "" || line.startsWith("#")) continue;
    const body = line.replace(/^export\s+/, "");
    const eq = body.indexOf("=");
    const key = (eq < 0 ? body : body.slice(0, eq)).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
      throw new ComposeError(`failed to read ${file}: line ${n + 1}: unexpected character "${key.replace(/^[A-Za-z0-9_.-]*/, "").charAt(0) || key.charAt(0)}" in variable name "${key}"`);
    }
    if (eq < 0) {
      const inherited = getOwn(out, key) ?? getOwn(lookup, key);
      if (inherited !== undefined) setOwnValue(out, key, inherited);
      continue;
    }
    let raw = body.slice(eq + 1).trim();
    const scope = { env: { ...lookup, ...out }, warnUnset: () => undefined };
    let value: string;
    if (raw.startsWith("'")) {
      const end = raw.indexOf("'", 1);
      value = end < 0 ? raw.slice(1) : raw.slice(1, end);
    } else if (raw.startsWith('"')) {
      // A double-quoted value may span lines until its closing quote.
      while (!/[^\\]"/.test(raw.slice(1)) && raw.slice(1) !== '"' && n + 1 < lines.length) raw += "\n" + lines[++n];
      const end = raw.slice(1).search(/(?<!\\)"/);
      const inner = end < 0 ? raw.slice(1) : raw.slice(1, end + 1);
      const unescaped = inner.replace(/\\([nrt"\\$])/g, (_m, c: string) => ({ n: "\n", r: "\r", t: "\t" })[c as "n"] ?? c);
      value = calculateInterpolated(unescaped, key, scope);
    } else {
      value = calculateInterpolated(raw.replace(/\s+#.*$/, ""), key, scope);
    }
    setOwnValue(out, key, value);
  }
  return out;
}
