import { matchesRequirements, parseLabelSelector } from "../k8s/api/labels";
import type { ResourceType } from "../k8s/api/resources";
import type { KubeObject } from "../k8s/api/types";
import { calculateNotFound, findObject, listObjects } from "../k8s/store/store";
import { formatApiError, type KubectlHost } from "./command";
import { parseResourceArgs } from "./resource-args";

/** One object a verb acts on, with the resource it was found as. */
export interface SelectedObject {
  type: ResourceType;
  object: KubeObject;
}

/** The objects selected, the NotFound lines for named ones that are missing, or a usage error (printed as `error: …`). */
export type Selection = { ok: true; found: SelectedObject[]; missing: string[] } | { ok: false; error: string };

/**
 * Resolves `TYPE NAME…`, `TYPE/NAME…`, `TYPE -l SELECTOR` or `TYPE --all`
 * as cli-runtime's resource.Builder does for label, annotate, wait and
 * patch: a type without names needs -l or --all (`resource(s) were provided,
 * but no name was specified`), names and -l do not mix.
 */
export function selectObjects(host: KubectlHost, args: readonly string[], selector: string | undefined, all: boolean): Selection {
  if (args.length === 0) return { ok: false, error: "" };
  const parsed = parseResourceArgs(args);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const named = parsed.selections.some((s) => s.names.length > 0);
  if (named && selector !== undefined) return { ok: false, error: "selectors and the all flag cannot be used when passing resource/name arguments" };
  if (named && all) return { ok: false, error: "selectors and the all flag cannot be used when passing resource/name arguments" };
  if (!named && selector === undefined && !all) return { ok: false, error: "resource(s) were provided, but no name was specified" };
  let requirements;
  if (selector !== undefined) {
    const sel = parseLabelSelector(selector);
    if (!sel.ok) return { ok: false, error: sel.error };
    requirements = sel.requirements;
  }
  const found: SelectedObject[] = [];
  const missing: string[] = [];
  for (const { type, names } of parsed.selections) {
    if (names.length > 0) {
      for (const name of names) {
        const object = findObject(host.cluster.state, type, host.namespace, name);
        if (object) found.push({ type, object });
        else missing.push(formatApiError(calculateNotFound(type, name)));
      }
      continue;
    }
    const ns = type.namespaced && !host.allNamespaces ? host.namespace : undefined;
    for (const object of listObjects(host.cluster.state, type, ns)) {
      if (!requirements || matchesRequirements(object.metadata.labels, requirements)) found.push({ type, object });
    }
  }
  return { ok: true, found, missing };
}
