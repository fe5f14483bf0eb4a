import { parseDocument } from "yaml";
import { ComposeError } from "./types";

/**
 * One Compose file's YAML as plain data, with YAML 1.2 core-schema scalars
 * as Compose reads them (`80:80` and `no` are strings) and `<<` merge keys.
 * Errors take go-yaml's `yaml: line N: …` form.
 * Simplification: the message after the line number is the `yaml`
 * package's, not go-yaml's, except for duplicate keys.
 */
export function parseComposeYaml(text: string): unknown {
  const doc = parseDocument(text, { version: "1.2", merge: true, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineOf(text, error.pos[0]);
    if (error.code === "DUPLICATE_KEY") {
      const key = /^[^\n:]*/.exec(text.slice(error.pos[0]))?.[0].trim().replace(/^["']|["']$/g, "") ?? "";
      const first = findFirstKeyLine(text, key, error.pos[0]);
      throw new ComposeError(`yaml: unmarshal errors:\n  line ${line}: mapping key "${key}" already defined at line ${first}`);
    }
    throw new ComposeError(`yaml: line ${line}: ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch (thrown) {
    // An alias to an anchor not (yet) defined: go-yaml's `unknown anchor 'x' referenced`.
    const anchor = /alias[^:]*: \*?(.*)$/.exec(thrown instanceof Error ? thrown.message : "")?.[1] ?? "";
    throw new ComposeError(`yaml: unknown anchor '${anchor.replace(/^\*/, "")}' referenced`);
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

function findFirstKeyLine(text: string, key: string, before: number): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^\\s*["']?${escaped}["']?\\s*:`, "m");
  const m = re.exec(text.slice(0, before));
  return m ? lineOf(text, m.index + (m[0].length - m[0].trimStart().length)) : lineOf(text, before);
}
