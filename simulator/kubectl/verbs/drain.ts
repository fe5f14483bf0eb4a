import type { KubeObject, Pod } from "../../k8s/api/types";
import { dispatchDelete, listKind } from "../../k8s/store/store";
import { failWith, flagBool, flagString, type KubectlCommand, type KubectlHost } from "../command";
import { dispatchCordon, findNodesForCommand } from "./cordon";

/** The drain filters' messages (kubernetes/kubectl pkg/drain/filters.go). */
const DAEMONSET_FATAL = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
const DAEMONSET_WARNING = "ignoring DaemonSet-managed Pods";
const LOCAL_STORAGE_FATAL = "Pods with local storage (use --delete-emptydir-data to override)";
const LOCAL_STORAGE_WARNING = "deleting Pods with local storage";
const UNMANAGED_FATAL = "Pods declare no controller (use --force to override)";
const UNMANAGED_WARNING = "deleting Pods that declare no controller";

/** What drain will do with a node's pods: delete these, and the messages the filters raised (message → pods, in first-seen order). */
export interface DrainPlan {
  deletable: Pod[];
  errors: Map<string, string[]>;
  warnings: Map<string, string[]>;
}

function controllerOf(pod: Pod): { kind: string; name: string } | undefined {
  return pod.metadata.ownerReferences?.find((r) => r.controller === true);
}

/**
 * pkg/drain/filters.go GetPodsForDeletion over one node's pods, filter by
 * filter: DaemonSet-managed pods (error, or skipped with a warning under
 * --ignore-daemonsets), mirror (static) pods skipped silently, emptyDir pods
 * (error unless --delete-emptydir-data), pods with no controller (error
 * unless --force); finished pods are always deletable.
 */
export function calculateDrainPlan(state: KubectlHost["cluster"]["state"], nodeName: string, options: { ignoreDaemonSets: boolean; deleteEmptyDir: boolean; force: boolean }): DrainPlan {
  const plan: DrainPlan = { deletable: [], errors: new Map(), warnings: new Map() };
  const note = (map: Map<string, string[]>, msg: string, pod: Pod): void => void map.set(msg, [...(map.get(msg) ?? []), `${pod.metadata.namespace ?? "default"}/${pod.metadata.name}`]);
  const daemonSets = new Set(listKind<KubeObject>(state, "DaemonSet").map((d) => `${d.metadata.namespace ?? ""}/${d.metadata.name}`));
  for (const pod of listKind<Pod>(state, "Pod")) {
    if (pod.spec.nodeName !== nodeName) continue;
    const finished = pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
    const controller = controllerOf(pod);
    if (controller?.kind === "DaemonSet" && !finished) {
      const exists = daemonSets.has(`${pod.metadata.namespace ?? ""}/${controller.name}`);
      if (exists || !options.force) {
        if (options.ignoreDaemonSets) note(plan.warnings, DAEMONSET_WARNING, pod);
        else note(plan.errors, DAEMONSET_FATAL, pod);
        continue;
      }
    }
    // Static pods show up as mirror pods owned by their Node (kubelet config.mirror); the API server cannot delete them.
    if (controller?.kind === "Node" || pod.metadata.annotations?.["kubernetes.io/config.mirror"] !== undefined) continue;
    const volumes = (pod.spec.volumes as { emptyDir?: unknown }[] | undefined) ?? [];
    if (!finished && volumes.some((v) => v.emptyDir !== undefined)) {
      if (!options.deleteEmptyDir) {
        note(plan.errors, LOCAL_STORAGE_FATAL, pod);
        continue;
      }
      note(plan.warnings, LOCAL_STORAGE_WARNING, pod);
    }
    if (!finished && !controller) {
      if (!options.force) {
        note(plan.errors, UNMANAGED_FATAL, pod);
        continue;
      }
      note(plan.warnings, UNMANAGED_WARNING, pod);
    }
    plan.deletable.push(pod);
  }
  return plan;
}

function formatMessages(map: Map<string, string[]>, prefix: string): string[] {
  return [...map.entries()].map(([msg, pods]) => `${prefix}${msg}: ${pods.join(", ")}`);
}

/** Lets virtual time pass until every evicted pod is gone (drain.go waitForDelete polls every second), or the timeout ends. */
function waitForDeletion(host: KubectlHost, uids: Set<string>, timeoutMs: number): boolean {
  const start = host.clock.now();
  const remaining = (): boolean => listKind<Pod>(host.cluster.state, "Pod").some((p) => uids.has(p.metadata.uid ?? ""));
  for (let i = 0; i < 10_000 && remaining(); i++) {
    const wake = host.cluster.snapshot.nextWakeMs;
    if (wake === undefined || (timeoutMs > 0 && wake - start > timeoutMs)) return false;
    host.clock.advance(Math.max(1, wake - host.clock.now()));
    host.cluster.settle(host.clock.now());
  }
  return !remaining();
}

/** Go's time.ParseDuration for the plain forms drain's --timeout takes (`0s`, `90s`, `5m`); undefined when it does not parse. */
function parseTimeout(text: string): number | undefined {
  if (text === "0") return 0;
  const m = /^(\d+)(ms|s|m|h)$/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as "ms" | "s" | "m" | "h"]);
}

/**
 * `kubectl drain NODE` (kubernetes/kubectl pkg/cmd/drain/drain.go RunDrain):
 * cordons the node, refuses with `error: unable to drain node "N" due to
 * error:…, continuing command...` and the pending-nodes list when a filter
 * objects, else prints the filters' `Warning:` line, `evicting pod ns/name`
 * for each pod, waits on the virtual clock for each to go (`pod/name
 * evicted`) and ends with `node/N drained`.
 * Simplification: no PodDisruptionBudget checks (evictions always succeed), no --pod-selector, no --dry-run.
 */
export const DRAIN_COMMAND: KubectlCommand = {
  name: "drain",
  flags: [
    { name: "selector", short: "l", kind: "string", usage: "Selector (label query) to filter on" },
    { name: "ignore-daemonsets", kind: "bool", usage: "Ignore DaemonSet-managed pods." },
    { name: "delete-emptydir-data", kind: "bool", usage: "Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained)." },
    { name: "force", kind: "bool", usage: "Continue even if there are pods that do not declare a controller." },
    { name: "grace-period", kind: "int", usage: "Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used." },
    { name: "timeout", kind: "string", usage: "The length of time to wait before giving up, zero means infinite" },
    { name: "disable-eviction", kind: "bool", usage: "Force drain to use delete, even if eviction is supported." },
  ],
  run(host, args, flags) {
    const timeoutText = flagString(flags, "timeout") ?? "0s";
    const timeoutMs = parseTimeout(timeoutText);
    if (timeoutMs === undefined) return failWith(host, `invalid argument "${timeoutText}" for "--timeout" flag: time: invalid duration "${timeoutText}"`);
    const nodes = findNodesForCommand(host, "drain", args, flagString(flags, "selector"));
    if (!nodes) return 1;
    const grace = typeof flags["grace-period"] === "number" ? flags["grace-period"] : -1;
    const verb = flagBool(flags, "disable-eviction") ? "deleted" : "evicted";
    const pending: { node: string; errors: string[] }[] = [];
    for (const node of nodes) {
      dispatchCordon(host, node, true, false);
      const plan = calculateDrainPlan(host.cluster.state, node.metadata.name, { ignoreDaemonSets: flagBool(flags, "ignore-daemonsets"), deleteEmptyDir: flagBool(flags, "delete-emptydir-data"), force: flagBool(flags, "force") });
      if (plan.errors.size > 0) {
        const errors = formatMessages(plan.errors, "cannot delete ");
        host.out.err(`error: unable to drain node "${node.metadata.name}" due to error:${errors.length === 1 ? errors[0] : `[${errors.join(", ")}]`}, continuing command...\n`);
        pending.push({ node: node.metadata.name, errors });
        continue;
      }
      const warnings = formatMessages(plan.warnings, "");
      if (warnings.length > 0) host.out.err(`Warning: ${warnings.join("; ")}\n`);
      const uids = new Set<string>();
      for (const pod of plan.deletable) {
        if (verb === "evicted") host.out.out(`evicting pod ${pod.metadata.namespace ?? "default"}/${pod.metadata.name}\n`);
        uids.add(pod.metadata.uid ?? "");
        host.cluster.run((ctx) => dispatchDelete(ctx, pod, grace >= 0 ? { gracePeriodSeconds: grace } : {}), host.clock.now());
      }
      host.cluster.settle(host.clock.now());
      if (!waitForDeletion(host, uids, timeoutMs)) {
        host.out.err(`error: unable to drain node "${node.metadata.name}" due to error:global timeout reached: ${timeoutText}, continuing command...\n`);
        pending.push({ node: node.metadata.name, errors: [`global timeout reached: ${timeoutText}`] });
        continue;
      }
      for (const pod of plan.deletable) host.out.out(`pod/${pod.metadata.name} ${verb}\n`);
      host.out.out(`node/${node.metadata.name} drained\n`);
    }
    if (pending.length === 0) return 0;
    host.out.err(`There are pending nodes to be drained:\n${pending.map((p) => ` ${p.node}\n`).join("")}${pending.flatMap((p) => p.errors).map((e) => `${e}\n`).join("")}`);
    return 1;
  },
};
