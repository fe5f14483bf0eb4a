import { getOwn } from "../core/own";
import type { ResourceType } from "../k8s/api/resources";
import type { KubeObject } from "../k8s/api/types";

/** One `field=value` / `field!=value` term. */
export interface FieldRequirement {
  field: string;
  equal: boolean;
  value: string;
}

/**
 * Reads `--field-selector status.phase=Running,metadata.name!=x`
 * (apimachinery pkg/fields/selector.go ParseSelector: `=`, `==`, `!=`,
 * terms joined by `,`).
 * Simplification: no backslash escapes in values.
 */
export function parseFieldSelector(text: string): { ok: true; requirements: FieldRequirement[] } | { ok: false; error: string } {
  const requirements: FieldRequirement[] = [];
  if (text.trim() === "") return { ok: true, requirements };
  for (const term of text.split(",")) {
    const m = /^([^=!]*)(!=|==|=)(.*)$/.exec(term);
    if (!m) return { ok: false, error: `invalid selector: '${text}'; can't understand '${term}'` };
    requirements.push({ field: (m[1] as string).trim(), equal: m[2] !== "!=", value: (m[3] as string).trim() });
  }
  return { ok: true, requirements };
}

/** Fields each kind's registry accepts beyond metadata.name and metadata.namespace (pkg/registry/<group>/<kind>/strategy.go …ToSelectableFields). */
const FIELDS: Record<string, Record<string, (o: KubeObject) => string>> = {
  Pod: {
    "spec.nodeName": (o) => String((o.spec as { nodeName?: string } | undefined)?.nodeName ?? ""),
    "spec.restartPolicy": (o) => String((o.spec as { restartPolicy?: string } | undefined)?.restartPolicy ?? ""),
    "spec.schedulerName": (o) => String((o.spec as { schedulerName?: string } | undefined)?.schedulerName ?? ""),
    "spec.serviceAccountName": (o) => String((o.spec as { serviceAccountName?: string } | undefined)?.serviceAccountName ?? ""),
    "status.phase": (o) => String((o.status as { phase?: string } | undefined)?.phase ?? ""),
    "status.podIP": (o) => String((o.status as { podIP?: string } | undefined)?.podIP ?? ""),
    "status.nominatedNodeName": (o) => String((o.status as { nominatedNodeName?: string } | undefined)?.nominatedNodeName ?? ""),
  },
  Event: {
    "involvedObject.kind": (o) => String((o as { involvedObject?: { kind?: string } }).involvedObject?.kind ?? ""),
    "involvedObject.name": (o) => String((o as { involvedObject?: { name?: string } }).involvedObject?.name ?? ""),
    "involvedObject.namespace": (o) => String((o as { involvedObject?: { namespace?: string } }).involvedObject?.namespace ?? ""),
    reason: (o) => String((o as { reason?: string }).reason ?? ""),
    type: (o) => String((o as { type?: string }).type ?? ""),
  },
  Secret: { type: (o) => String((o as { type?: string }).type ?? "") },
  Node: { "spec.unschedulable": (o) => String(Boolean((o.spec as { unschedulable?: boolean } | undefined)?.unschedulable)) },
  Namespace: { "status.phase": (o) => String((o.status as { phase?: string } | undefined)?.phase ?? "") },
};

function fieldValue(o: KubeObject, field: string): string | undefined {
  if (field === "metadata.name") return o.metadata.name;
  if (field === "metadata.namespace") return o.metadata.namespace ?? "";
  const read = getOwn(FIELDS, o.kind);
  const f = read ? getOwn(read, field) : undefined;
  return f ? f(o) : undefined;
}

/**
 * The API server's error for a field it cannot select on:
 * `Unable to find "/v1, Resource=pods" that match label selector "",
 * field selector "foo=bar": field label not supported: foo`, or undefined.
 */
export function calculateFieldSelectorError(type: ResourceType, requirements: readonly FieldRequirement[], selectorText: string, labelText: string): string | undefined {
  const bad = requirements.find((r) => r.field !== "metadata.name" && r.field !== "metadata.namespace" && !getOwn(getOwn(FIELDS, type.kind) ?? {}, r.field));
  if (!bad) return undefined;
  return `Error from server (BadRequest): Unable to find "${type.group}/${type.version}, Resource=${type.plural}" that match label selector "${labelText}", field selector "${selectorText}": field label not supported: ${bad.field}`;
}

/** Whether an object passes every term. */
export function matchesFields(o: KubeObject, requirements: readonly FieldRequirement[]): boolean {
  return requirements.every((r) => (fieldValue(o, r.field) === r.value) === r.equal);
}
