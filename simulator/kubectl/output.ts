import { stringify } from "yaml";
import type { KubeObject } from "../k8s/api/types";

function ordered(o: KubeObject): Record<string, unknown> {
  const { apiVersion, kind, metadata, ...rest } = o;
  return { apiVersion, kind, metadata, ...rest };
}

/**
 * `-o yaml`: keys sorted (JSON → YAML through sigs.k8s.io/yaml), sequences
 * not indented under their key, quoted strings that YAML 1.1 would read as
 * something else (`"1"`, timestamps); a list wraps items in `kind: List`.
 */
export function formatYaml(objects: readonly KubeObject[], asList: boolean): string {
  const value = asList ? { apiVersion: "v1", items: objects.map(ordered), kind: "List", metadata: { resourceVersion: "" } } : ordered(objects[0] as KubeObject);
  return stringify(value, { version: "1.1", sortMapEntries: true, indentSeq: false, lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" });
}

/** Keys sorted at every level, as Go's encoding/json writes the unstructured maps kubectl prints. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** `-o json`: 4-space indented with keys sorted (kubectl's JSONPrinter over unstructured objects); a list as `kind: List`. */
export function formatJson(objects: readonly KubeObject[], asList: boolean): string {
  const value = asList ? { apiVersion: "v1", items: [...objects], kind: "List", metadata: { resourceVersion: "" } } : objects[0];
  return `${JSON.stringify(sortKeys(value), null, 4)}\n`;
}
