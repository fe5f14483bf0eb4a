import type { FlagValues } from "../../cli/flags";
import { getOwn } from "../../core/own";
import { matchesRequirements, parseLabelSelector } from "../../k8s/api/labels";
import { parseQuantity } from "../../k8s/api/quantity";
import type { NodeObject, Pod } from "../../k8s/api/types";
import { calculatePodCpu, isMetricsApiAvailable } from "../../k8s/controllers/metrics";
import { listKind } from "../../k8s/store/store";
import { failWith, flagString, type KubectlCommand, type KubectlHost } from "../command";
import { formatKubectlTable } from "../table";

/** Memory a running container holds in the model (Simplification: a flat 8Mi each; only CPU follows load). */
const CONTAINER_MEMORY = 8 * 2 ** 20;
/** What the node's system daemons and kernel use beyond the pods (Simplification: fixed figures). */
const NODE_OVERHEAD = { cpuMillis: 120, memory: 900 * 2 ** 20 };

/** The resource names `kubectl top` takes, with their aliases. */
const TOP_KINDS: Record<string, "pod" | "node"> = { pod: "pod", pods: "pod", po: "pod", node: "node", nodes: "node", no: "node" };

const mi = (bytes: number): string => `${Math.round(bytes / 2 ** 20)}Mi`;

function runningPods(host: KubectlHost, all: boolean): Pod[] {
  return (all ? listKind<Pod>(host.cluster.state, "Pod") : listKind<Pod>(host.cluster.state, "Pod", host.namespace)).filter((p) => p.status?.phase === "Running" && !p.metadata.deletionTimestamp);
}

function topPods(host: KubectlHost, args: readonly string[], flags: FlagValues): number {
  const all = host.allNamespaces;
  const selector = flagString(flags, "selector");
  const parsed = selector ? parseLabelSelector(selector) : undefined;
  if (parsed && !parsed.ok) return failWith(host, parsed.error);
  const use = calculatePodCpu(host.cluster.state);
  const name = args[0];
  const pods = runningPods(host, all).filter((p) => (name === undefined || p.metadata.name === name) && (!parsed?.ok || matchesRequirements(p.metadata.labels, parsed.requirements)));
  if (pods.length === 0) {
    if (name !== undefined) return failWith(host, `pods "${name}" not found`);
    host.out.err(all ? "No resources found\n" : `No resources found in ${host.namespace} namespace.\n`);
    return 0;
  }
  const rows = pods.map((p) => [...(all ? [p.metadata.namespace ?? "default"] : []), p.metadata.name, `${use.get(p.metadata.uid ?? "") ?? 0}m`, mi(CONTAINER_MEMORY * p.spec.containers.length)]);
  if (flagString(flags, "sort-by") === "cpu") rows.sort((a, b) => parseInt(b[all ? 2 : 1] ?? "0") - parseInt(a[all ? 2 : 1] ?? "0"));
  host.out.out(formatKubectlTable([[...(all ? ["NAMESPACE"] : []), "NAME", "CPU(cores)", "MEMORY(bytes)"], ...rows]));
  return 0;
}

function topNodes(host: KubectlHost, args: readonly string[]): number {
  const use = calculatePodCpu(host.cluster.state);
  const nodes = listKind<NodeObject>(host.cluster.state, "Node").filter((n) => args[0] === undefined || n.metadata.name === args[0]);
  if (nodes.length === 0) return failWith(host, `nodes "${args[0] ?? ""}" not found`);
  const rows = nodes.map((n) => {
    const pods = listKind<Pod>(host.cluster.state, "Pod").filter((p) => p.spec.nodeName === n.metadata.name && p.status?.phase === "Running");
    const cpu = NODE_OVERHEAD.cpuMillis + pods.reduce((s, p) => s + (use.get(p.metadata.uid ?? "") ?? 0), 0);
    const memory = NODE_OVERHEAD.memory + pods.reduce((s, p) => s + CONTAINER_MEMORY * p.spec.containers.length, 0);
    const cpuCap = (parseQuantity(n.status.allocatable.cpu) ?? 1) * 1000;
    const memCap = parseQuantity(n.status.allocatable.memory) ?? 1;
    return [n.metadata.name, `${cpu}m`, `${Math.floor((cpu * 100) / cpuCap)}%`, mi(memory), `${Math.floor((memory * 100) / memCap)}%`];
  });
  host.out.out(formatKubectlTable([["NAME", "CPU(cores)", "CPU%", "MEMORY(bytes)", "MEMORY%"], ...rows]));
  return 0;
}

/**
 * `kubectl top pod|node` (kubectl pkg/cmd/top): CPU and memory from the
 * resource metrics API. Without metrics-server (Docker Desktop's default)
 * it fails with `error: Metrics API not available` (top_pod.go); with it,
 * figures come from the metrics model (k8s/controllers/metrics.ts).
 */
export const TOP_COMMAND: KubectlCommand = {
  name: "top",
  flags: [
    { name: "selector", short: "l", kind: "string", usage: "Selector (label query) to filter on." },
    { name: "sort-by", kind: "string", usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'." },
  ],
  run(host, args, flags) {
    const [what, ...rest] = args;
    const kind = getOwn(TOP_KINDS, what ?? "");
    if (what === undefined) return failWith(host, "You must specify a resource type: node, pod");
    if (kind === undefined) return failWith(host, `unknown command "${what}" for "kubectl top"`);
    if (!isMetricsApiAvailable(host.cluster.state)) return failWith(host, "Metrics API not available");
    return kind === "pod" ? topPods(host, rest, flags) : topNodes(host, rest);
  },
};
