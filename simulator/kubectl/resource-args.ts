import { resolveResourceType, type ResourceType } from "../k8s/api/resources";

/** What a verb's positional arguments select: types, each with names (none: all of that type). */
export interface ResourceSelection {
  type: ResourceType;
  names: string[];
}

/** The `all` category (kubectl get all): its members in discovery order. */
const ALL_CATEGORY = ["pods", "replicationcontrollers", "services", "daemonsets", "deployments", "replicasets", "statefulsets", "horizontalpodautoscalers", "cronjobs", "jobs"];

/**
 * Reads `TYPE[,TYPE…] [NAME…]` or `TYPE/NAME…` (cli-runtime
 * pkg/resource/builder.go ResourceTypeOrNameArgs), with kubectl's errors.
 */
export function parseResourceArgs(args: readonly string[]): { ok: true; selections: ResourceSelection[]; multiKind: boolean } | { ok: false; error: string } {
  if (args.length === 0) return { ok: false, error: "" };
  const typed = (text: string): ResourceType | string => {
    const t = resolveResourceType(text);
    return t ?? `the server doesn't have a resource type "${text}"`;
  };
  if (args.some((a) => a.includes("/"))) {
    if (!args.every((a) => a.includes("/"))) {
      return { ok: false, error: "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'" };
    }
    const selections: ResourceSelection[] = [];
    for (const a of args) {
      const [kind, name, extra] = a.split("/");
      if (!kind || !name || extra !== undefined) return { ok: false, error: "arguments in resource/name form must have a single resource and name" };
      const t = typed(kind);
      if (typeof t === "string") return { ok: false, error: t };
      const existing = selections.find((s) => s.type === t);
      if (existing) existing.names.push(name);
      else selections.push({ type: t, names: [name] });
    }
    return { ok: true, selections, multiKind: true };
  }
  const [kinds, ...names] = args as [string, ...string[]];
  const selections: ResourceSelection[] = [];
  for (const k of kinds.split(",")) {
    if (k === "all") {
      for (const plural of ALL_CATEGORY) {
        const t = resolveResourceType(plural);
        if (t && !selections.some((s) => s.type === t)) selections.push({ type: t, names: [...names] });
      }
      continue;
    }
    const t = typed(k);
    if (typeof t === "string") return { ok: false, error: t };
    if (!selections.some((s) => s.type === t)) selections.push({ type: t, names: [...names] });
  }
  return { ok: true, selections, multiKind: selections.length > 1 || kinds === "all" || kinds.includes(",") };
}
