import { matchesRequirements, parseLabelSelector } from "../../k8s/api/labels";
import type { NodeObject } from "../../k8s/api/types";
import { dispatchUpdate, listKind } from "../../k8s/store/store";
import { failWith, flagString, type KubectlCommand, type KubectlHost } from "../command";

/** The taint the node lifecycle controller puts on an unschedulable node (TaintNodesByCondition; k8s.io/api core/v1 TaintNodeUnschedulable). */
export const UNSCHEDULABLE_TAINT = "node.kubernetes.io/unschedulable";

/** The nodes a cordon/uncordon/drain names (one NAME, or -l SELECTOR); prints kubectl's errors and returns undefined when there are none. */
export function findNodesForCommand(host: KubectlHost, verb: string, args: string[], selector: string | undefined): NodeObject[] | undefined {
  const nodes = listKind<NodeObject>(host.cluster.state, "Node");
  if (selector !== undefined) {
    const parsed = parseLabelSelector(selector);
    if (!parsed.ok) {
      failWith(host, parsed.error);
      return undefined;
    }
    const matched = nodes.filter((n) => matchesRequirements(n.metadata.labels, parsed.requirements));
    if (matched.length === 0) host.out.err("No resources found\n");
    return matched;
  }
  if (args.length !== 1) {
    failWith(host, `USAGE: ${verb} NODE [flags]\nSee '${verb} -h' for help and examples`);
    return undefined;
  }
  const node = nodes.find((n) => n.metadata.name === args[0]);
  if (!node) {
    host.out.err(`Error from server (NotFound): nodes "${args[0] ?? ""}" not found\n`);
    return undefined;
  }
  return [node];
}

/**
 * Sets spec.unschedulable (pkg/drain/cordon.go CordonHelper) and prints
 * `node/NAME cordoned|uncordoned`, or `already cordoned|uncordoned` when
 * nothing changes (pkg/cmd/drain/drain.go RunCordonOrUncordon).
 * Simplification: the unschedulable taint is written with the cordon instead of by the node lifecycle controller a moment later.
 */
export function dispatchCordon(host: KubectlHost, node: NodeObject, desired: boolean, dryRun: boolean): void {
  const verb = desired ? "cordoned" : "uncordoned";
  if ((node.spec.unschedulable ?? false) === desired) {
    host.out.out(`node/${node.metadata.name} already ${verb}\n`);
    return;
  }
  if (!dryRun) {
    const next: NodeObject = structuredClone(node);
    if (desired) next.spec.unschedulable = true;
    else delete next.spec.unschedulable;
    const others = (next.spec.taints ?? []).filter((t) => t.key !== UNSCHEDULABLE_TAINT);
    const taints = desired ? [...others, { key: UNSCHEDULABLE_TAINT, effect: "NoSchedule" }] : others;
    if (taints.length > 0) next.spec.taints = taints;
    else delete next.spec.taints;
    host.cluster.run((ctx) => dispatchUpdate(ctx, next));
  }
  host.out.out(`node/${node.metadata.name} ${verb}${dryRun ? " (dry run)" : ""}\n`);
}

function cordonCommand(name: "cordon" | "uncordon"): KubectlCommand {
  return {
    name,
    flags: [
      { name: "selector", short: "l", kind: "string", usage: "Selector (label query) to filter on" },
      { name: "dry-run", kind: "string", usage: 'Must be "none", "server", or "client".' },
    ],
    run(host, args, flags) {
      const nodes = findNodesForCommand(host, name, args, flagString(flags, "selector"));
      if (!nodes) return 1;
      const dryRunText = flagString(flags, "dry-run") ?? "none";
      if (!["none", "client", "server"].includes(dryRunText)) return failWith(host, `Invalid dry-run value (${dryRunText}). Must be "none", "server", or "client".`);
      const dryRun = dryRunText !== "none";
      for (const node of nodes) dispatchCordon(host, node, name === "cordon", dryRun);
      return 0;
    },
  };
}

/** `kubectl cordon NODE` (kubernetes/kubectl pkg/cmd/drain NewCmdCordon): mark the node unschedulable. */
export const CORDON_COMMAND = cordonCommand("cordon");
/** `kubectl uncordon NODE` (pkg/cmd/drain NewCmdUncordon): mark the node schedulable again. */
export const UNCORDON_COMMAND = cordonCommand("uncordon");
