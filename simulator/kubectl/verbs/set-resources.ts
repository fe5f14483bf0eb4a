import { formatKindPrefix } from "../../k8s/api/resources";
import type { FlagValues } from "../../cli/flags";
import { failWith, flagBool, flagString, type KubectlHost } from "../command";
import { dispatchPatchedObject } from "./patch";
import { findPodSpec, selectContainers } from "./set-env";
import { selectObjects } from "../select";

/** resource.ParseQuantity's accepted form (apimachinery pkg/api/resource/quantity.go splitREString). */
const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

/**
 * `cpu=200m,memory=512Mi` as a resource list (kubectl
 * pkg/generate/versioned populateResourceListV1), with its errors:
 * `Invalid argument syntax x, expected <resource>=<value>` and
 * ParseQuantity's `quantities must match the regular expression …`.
 */
export function parseResourceList(text: string): { ok: true; list: Record<string, string> } | { ok: false; error: string } {
  const list: Record<string, string> = {};
  for (const statement of text.split(",")) {
    const parts = statement.split("=");
    if (parts.length !== 2) return { ok: false, error: `Invalid argument syntax ${statement}, expected <resource>=<value>` };
    const [name, value] = parts as [string, string];
    if (!QUANTITY.test(value)) return { ok: false, error: `quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'` };
    list[name] = value;
  }
  return { ok: true, list };
}

/**
 * `kubectl set resources RESOURCE [-c NAME] --limits=cpu=200m,memory=512Mi
 * --requests=…` (kubernetes/kubectl pkg/cmd/set/set_resources.go): the given
 * keys are set on every matching container (others kept); prints
 * `deployment.apps/web resource requirements updated` (a new rollout for a
 * Deployment), nothing when nothing changed.
 * Simplification: quantities are stored as typed, not canonicalised
 * (`0.5` stays `0.5`, the API server would store `500m`).
 */
export function runSetResources(host: KubectlHost, args: string[], flags: FlagValues): number {
  const limitsText = flagString(flags, "limits") ?? "";
  const requestsText = flagString(flags, "requests") ?? "";
  if (args.length === 0) return failWith(host, "one or more resources must be specified as <resource> <name> or <resource>/<name>");
  if (limitsText === "" && requestsText === "") return failWith(host, "you must specify an update to requests or limits (in the form of --requests/--limits)");
  const limits = limitsText === "" ? { ok: true as const, list: {} } : parseResourceList(limitsText);
  if (!limits.ok) return failWith(host, limits.error);
  const requests = requestsText === "" ? { ok: true as const, list: {} } : parseResourceList(requestsText);
  if (!requests.ok) return failWith(host, requests.error);
  const selector = flagString(flags, "containers") ?? "*";
  const selection = selectObjects(host, args, flagString(flags, "selector"), flagBool(flags, "all"));
  if (!selection.ok) return failWith(host, selection.error || "one or more resources must be specified as <resource> <name> or <resource>/<name>");
  const errors: string[] = [];
  for (const { type, object } of selection.found) {
    const next = structuredClone(object);
    const spec = findPodSpec(next);
    const containers = spec ? selectContainers(spec, selector) : [];
    if (containers.length === 0) host.out.err(`warning: unable to find container named ${selector}\n`);
    for (const c of containers) {
      const resources = c.resources ?? {};
      if (Object.keys(limits.list).length > 0) resources.limits = { ...(resources.limits ?? {}), ...limits.list };
      if (Object.keys(requests.list).length > 0) resources.requests = { ...(resources.requests ?? {}), ...requests.list };
      c.resources = resources;
    }
    const stored = dispatchPatchedObject(host, object, next);
    if (!stored.ok) errors.push(`failed to patch resource update to pod template ${stored.error}`);
    else if (stored.changed) host.out.out(`${formatKindPrefix(type)}/${object.metadata.name} resource requirements updated\n`);
  }
  for (const m of selection.missing) host.out.err(`${m}\n`);
  for (const e of errors) host.out.err(`error: ${e}\n`);
  return errors.length > 0 || selection.missing.length > 0 ? 1 : 0;
}
