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

/** `-o json`: 4-space indented, apiVersion/kind/metadata first; a list as `kind: List`. */
export function formatJson(objects: readonly KubeObject[], asList: boolean): string {
  const value = asList ? { apiVersion: "v1", items: objects.map(ordered), kind: "List", metadata: { resourceVersion: "" } } : ordered(objects[0] as KubeObject);
  return `${JSON.stringify(value, null, 4)}\n`;
}
