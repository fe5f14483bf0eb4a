import { formatKindPrefix } from "../../k8s/api/resources";
import type { KubeObject } from "../../k8s/api/types";
import { dispatchUpdate } from "../../k8s/store/store";
import type { FlagSpec, FlagValues } from "../../cli/flags";
import { failWith, flagBool, flagString, type KubectlCommand, type KubectlHost } from "../command";
import { selectObjects } from "../select";

/** `label` or `annotate`: which metadata map a verb edits and how it words things. */
interface MetadataVerb {
  verb: "label" | "annotate";
  field: "labels" | "annotations";
}

/**
 * Splits `TYPE NAME k=v k2-` into resources and pairs (kubectl
 * pkg/cmd/util GetResourcesAndPairs): a pair has `=` (not first) or ends in
 * `-`; once one is seen, every later argument must be one.
 */
export function parseResourcesAndPairs(args: readonly string[], pairType: string): { ok: true; resources: string[]; pairs: string[] } | { ok: false; error: string } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const pair = (s.includes("=") && !s.startsWith("=")) || (s.endsWith("-") && s !== "-");
    if (pair) pairs.push(s);
    else if (pairs.length > 0) return { ok: false, error: `all resources must be specified before ${pairType} changes: ${s}` };
    else resources.push(s);
  }
  return { ok: true, resources, pairs };
}

/** Updates and removals from `k=v` and `k-` pairs (kubectl label.go parseLabels). */
export function parsePairs(pairs: readonly string[]): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const p of pairs) {
    const eq = p.indexOf("=");
    if (eq > 0) set[p.slice(0, eq)] = p.slice(eq + 1);
    else remove.push(p.slice(0, -1));
  }
  return { set, remove };
}

/**
 * The shared body of `kubectl label` and `kubectl annotate`
 * (kubernetes/kubectl pkg/cmd/label/label.go, pkg/cmd/annotate/annotate.go):
 * without --overwrite a key that already has a different value fails
 * (label: `'app' already has a value (web), and --overwrite is false`;
 * annotate: `--overwrite is false but found the following declared
 * annotation(s): 'k' already has a value (v)`); `k-` removes (label prints
 * `label "k" not found.` when absent); prints `pod/x labeled` (`unlabeled`
 * when only removals changed it, `not labeled` when nothing did) or
 * `pod/x annotated`.
 * Simplification: keys and values are not validated against the label syntax.
 */
export function runMetadataVerb(host: KubectlHost, args: string[], flags: FlagValues, kind: MetadataVerb): number {
  const noun = kind.verb === "label" ? "label" : "annotation";
  const split = parseResourcesAndPairs(args, noun);
  if (!split.ok) return failWith(host, split.error);
  if (split.resources.length === 0) return failWith(host, "one or more resources must be specified as <resource> <name> or <resource>/<name>");
  if (split.pairs.length === 0) return failWith(host, `at least one ${noun} update is required`);
  const { set, remove } = parsePairs(split.pairs);
  const selection = selectObjects(host, split.resources, flagString(flags, "selector"), flagBool(flags, "all"));
  if (!selection.ok) return failWith(host, selection.error || "one or more resources must be specified as <resource> <name> or <resource>/<name>");
  const overwrite = flagBool(flags, "overwrite");
  let status = 0;
  for (const { type, object } of selection.found) {
    const current = object.metadata[kind.field] ?? {};
    const conflicts = Object.entries(set).filter(([k, v]) => Object.hasOwn(current, k) && current[k] !== v);
    if (!overwrite && conflicts.length > 0) {
      const lines = conflicts.map(([k]) => `'${k}' already has a value (${current[k]})`);
      host.out.err(kind.verb === "label" ? `error: ${lines.map((l) => `${l}, and --overwrite is false`).join(", ")}\n` : `error: --overwrite is false but found the following declared annotation(s): ${lines.join(", ")}\n`);
      status = 1;
      continue;
    }
    const next: KubeObject = structuredClone(object);
    const map: Record<string, string> = { ...current };
    for (const k of remove) {
      if (!Object.hasOwn(map, k) && kind.verb === "label") host.out.out(`label "${k}" not found.\n`);
      delete map[k];
    }
    Object.assign(map, set);
    if (Object.keys(map).length > 0) next.metadata[kind.field] = map;
    else delete next.metadata[kind.field];
    const changed = JSON.stringify(next.metadata[kind.field] ?? {}) !== JSON.stringify(current);
    if (changed) host.cluster.run((ctx) => dispatchUpdate(ctx, next));
    let message = "annotated";
    if (kind.verb === "label") message = !changed ? "not labeled" : !overwrite && Object.keys(map).length < Object.keys(current).length ? "unlabeled" : "labeled";
    host.out.out(`${formatKindPrefix(type)}/${object.metadata.name} ${message}\n`);
  }
  for (const m of selection.missing) host.out.err(`${m}\n`);
  return selection.missing.length > 0 ? 1 : status;
}

/** Flags label and annotate share (kubectl label --help). */
export const METADATA_FLAGS: FlagSpec[] = [
  { name: "overwrite", kind: "bool", usage: "If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels." },
  { name: "selector", short: "l", kind: "string", usage: "Selector (label query) to filter on." },
  { name: "all", kind: "bool", usage: "Select all resources, in the namespace of the specified resource types" },
  { name: "all-namespaces", short: "A", kind: "bool", usage: "If true, check the specified action in all namespaces." },
];

/** `kubectl label [--overwrite] TYPE NAME KEY=VAL… KEY-` (kubernetes/kubectl pkg/cmd/label/label.go). */
export const LABEL_COMMAND: KubectlCommand = {
  name: "label",
  flags: METADATA_FLAGS,
  run: (host, args, flags) => runMetadataVerb(host, args, flags, { verb: "label", field: "labels" }),
};
