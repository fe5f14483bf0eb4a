import { parseAllDocuments } from "yaml";
import type { KubeObject } from "./types";

/** One document of a manifest file: an object, or why it cannot become one. */
export type ManifestDocument = { ok: true; object: KubeObject } | { ok: false; error: string };

/** What reading a manifest file produced. */
export type ParsedManifest = { ok: true; documents: ManifestDocument[] } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Splits a manifest into its YAML documents and turns each non-empty one into
 * an object (kubectl: cli-runtime pkg/resource/visitor.go, YAMLOrJSONDecoder).
 * A `kind: List` contributes its items. Documents missing apiVersion or kind
 * fail client-side validation with kubectl's wording (`error validating data:
 * kind not set`). JSON is YAML, so JSON manifests read the same way.
 * Simplification: a YAML syntax error reports the yaml package's message, not go-yaml's.
 */
export function parseManifest(text: string, source: string): ParsedManifest {
  const docs = parseAllDocuments(text, { version: "1.2" });
  const list = Array.isArray(docs) ? docs : [docs];
  const documents: ManifestDocument[] = [];
  for (const doc of list) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const line = e?.linePos?.[0]?.line ?? 1;
      return { ok: false, error: `error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${(e?.message ?? "").split("\n")[0] ?? ""}` };
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias to an unknown anchor (`*x`) or an alias bomb: go-yaml's wording for the first.
      const anchor = /alias[^:]*: (.*)$/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
      return { ok: false, error: `error parsing ${source}: error converting YAML to JSON: yaml: unknown anchor '${anchor}' referenced` };
    }
    if (value === null || value === undefined) continue;
    if (!isRecord(value)) return { ok: false, error: `error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false` };
    if (value.kind === "List" && Array.isArray(value.items)) {
      for (const item of value.items) documents.push(calculateDocument(item, source));
      continue;
    }
    documents.push(calculateDocument(value, source));
  }
  return { ok: true, documents };
}

function calculateDocument(value: unknown, source: string): ManifestDocument {
  if (!isRecord(value)) return { ok: false, error: `error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false` };
  const missing: string[] = [];
  if (typeof value.apiVersion !== "string" || value.apiVersion === "") missing.push("apiVersion not set");
  if (typeof value.kind !== "string" || value.kind === "") missing.push("kind not set");
  if (missing.length > 0) {
    const what = missing.length === 1 ? missing[0] : `[${missing.join(", ")}]`;
    return { ok: false, error: `error validating "${source}": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false` };
  }
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const object = { ...value, metadata: { ...metadata, name: typeof metadata.name === "string" ? metadata.name : "" } } as KubeObject;
  return { ok: true, object };
}
