import { formatKindPrefix } from "../../k8s/api/resources";
import type { KubeObject } from "../../k8s/api/types";
import { findObject } from "../../k8s/store/store";
import { failWith, flagBool, flagString, type KubectlCommand, type KubectlHost } from "../command";
import { selectObjects, type SelectedObject } from "../select";

/** `60s`, `2m`, `1h30m`, `500ms` (a subset of Go's time.ParseDuration), in ms; undefined when it does not parse. */
export function parseWaitTimeout(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(text)) return /^0$/.test(text) ? 0 : undefined;
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as string] ?? 0);
  return total;
}

type WaitFor = { kind: "delete" } | { kind: "condition"; type: string; value: string };

/** Reads `--for=delete` or `--for=condition=Ready[=true]` (kubectl pkg/cmd/wait conditionFuncFor). */
export function parseWaitFor(text: string): WaitFor | { error: string } {
  const lower = text.toLowerCase();
  if (lower === "delete") return { kind: "delete" };
  if (lower.startsWith("condition=")) {
    const rest = text.slice("condition=".length);
    const eq = rest.indexOf("=");
    return { kind: "condition", type: eq < 0 ? rest : rest.slice(0, eq), value: eq < 0 ? "true" : rest.slice(eq + 1) };
  }
  return { error: `unrecognized condition: "${text}"` };
}

function met(object: KubeObject | undefined, wanted: WaitFor): boolean {
  if (wanted.kind === "delete") return object === undefined;
  if (!object) return false;
  const conditions = (object.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? [];
  return conditions.some((c) => c.type.toLowerCase() === wanted.type.toLowerCase() && c.status.toLowerCase() === wanted.value.toLowerCase());
}

/** Lets virtual time pass until one object meets the condition, or its timeout ends (as rollout status does). */
function waitOne(host: KubectlHost, { type, object }: SelectedObject, wanted: WaitFor, timeoutMs: number): boolean {
  const start = host.clock.now();
  for (let i = 0; i < 10_000; i++) {
    const current = findObject(host.cluster.state, type, object.metadata.namespace, object.metadata.name);
    if (met(current && current.metadata.uid === object.metadata.uid ? current : undefined, wanted)) return true;
    const wake = host.cluster.snapshot.nextWakeMs;
    if (wake === undefined || wake - start > timeoutMs) {
      host.clock.advance(Math.max(0, start + timeoutMs - host.clock.now()));
      host.cluster.settle(host.clock.now());
      return met(findObject(host.cluster.state, type, object.metadata.namespace, object.metadata.name), wanted);
    }
    host.clock.advance(Math.max(1, wake - host.clock.now()));
    host.cluster.settle(host.clock.now());
  }
  return false;
}

/**
 * `kubectl wait --for=condition=Available deployment/x --timeout=60s`,
 * `--for=condition=Ready pod -l app=web`, `--for=delete pod/x` (kubernetes/kubectl
 * pkg/cmd/wait/wait.go): waits on the virtual clock for each object in turn
 * (default timeout 30s), printing `deployment.apps/x condition met`, or
 * `error: timed out waiting for the condition on deployments/x`.
 * Simplification: no --for=jsonpath, and a pod deleted while waiting for a condition simply times out.
 */
export const WAIT_COMMAND: KubectlCommand = {
  name: "wait",
  flags: [
    { name: "for", kind: "string", usage: "The condition to wait on: [delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]." },
    { name: "timeout", kind: "string", usage: "The length of time to wait before giving up." },
    { name: "selector", short: "l", kind: "string", usage: "Selector (label query) to filter on." },
    { name: "all", kind: "bool", usage: "Select all resources in the namespace of the specified resource types" },
    { name: "all-namespaces", short: "A", kind: "bool", usage: "If present, list the requested object(s) across all namespaces." },
  ],
  run(host, args, flags) {
    const forText = flagString(flags, "for");
    if (forText === undefined || forText === "") return failWith(host, "--for must be specified");
    const wanted = parseWaitFor(forText);
    if ("error" in wanted) return failWith(host, wanted.error);
    const timeoutText = flagString(flags, "timeout") ?? "30s";
    const timeoutMs = parseWaitTimeout(timeoutText);
    if (timeoutMs === undefined) return failWith(host, `invalid argument "${timeoutText}" for "--timeout" flag: time: invalid duration "${timeoutText}"`);
    const selection = selectObjects(host, args, flagString(flags, "selector"), flagBool(flags, "all"));
    if (!selection.ok) return failWith(host, selection.error || "resource name may not be empty");
    if (selection.missing.length > 0 && wanted.kind !== "delete") {
      for (const m of selection.missing) host.out.err(`${m}\n`);
      return 1;
    }
    if (selection.found.length === 0) return wanted.kind === "delete" ? 0 : failWith(host, "no matching resources found");
    for (const selected of selection.found) {
      if (!waitOne(host, selected, wanted, timeoutMs)) return failWith(host, `timed out waiting for the condition on ${selected.type.plural}/${selected.object.metadata.name}`);
      host.out.out(`${formatKindPrefix(selected.type)}/${selected.object.metadata.name} condition met\n`);
    }
    return 0;
  },
};
