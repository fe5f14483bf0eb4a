import { getOwn } from "../../core/own";
import type { Deployment, KubeObject, Pod, Service } from "../../k8s/api/types";
import { matchesRequirements, parseLabelSelector } from "../../k8s/api/labels";
import { calculateNotFound, findObject, listObjects, type ClusterState } from "../../k8s/store/store";
import { failWith, flagString, formatApiError, type KubectlCommand } from "../command";
import { parseResourceArgs } from "../resource-args";
import { formatGoTabwriter } from "../tabwriter";
import { formatDeploymentDescription } from "./describe-deployment";
import { formatEvents, formatMultiline, formatRfc1123z } from "./describe-events";
import { formatPodDescription } from "./describe-pod";
import { formatServiceDescription } from "./describe-service";

/** Describers by kind (kubectl pkg/describe DescriberFor). */
const DESCRIBERS: Record<string, (state: ClusterState, o: KubeObject, now: number) => string> = {
  Pod: (s, o, now) => formatPodDescription(s, o as Pod, now),
  Deployment: (s, o, now) => formatDeploymentDescription(s, o as Deployment, now),
  Service: (s, o, now) => formatServiceDescription(s, o as Service, now),
};

/**
 * Kinds without a describer of their own get the generic one (kubectl's
 * GenericDescriber): name, namespace, labels, annotations, events.
 * Simplification: the kind-specific fields of those kinds are not listed.
 */
function formatGeneric(state: ClusterState, o: KubeObject, now: number): string {
  let text = `Name:\t${o.metadata.name}\n`;
  if (o.metadata.namespace) text += `Namespace:\t${o.metadata.namespace}\n`;
  text += formatMultiline("Labels:", o.metadata.labels, "=");
  const annotations = { ...(o.metadata.annotations ?? {}) };
  delete annotations["kubectl.kubernetes.io/last-applied-configuration"];
  text += formatMultiline("Annotations:", annotations, ": ");
  text += `CreationTimestamp:\t${formatRfc1123z(o.metadata.creationTimestamp)}\n`;
  return text + formatEvents(state, o, now);
}

/** `kubectl describe TYPE [NAME…|-l]`: one description per object, blank line between them. */
export const DESCRIBE_COMMAND: KubectlCommand = {
  name: "describe",
  flags: [{ name: "selector", short: "l", kind: "string", usage: "Selector (label query) to filter on." }],
  run(host, args, flags) {
    if (args.length === 0) return failWith(host, "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n");
    const parsed = parseResourceArgs(args);
    if (!parsed.ok) return failWith(host, parsed.error);
    const state = host.cluster.state;
    const objects: KubeObject[] = [];
    const errors: string[] = [];
    for (const { type, names } of parsed.selections) {
      if (names.length === 0) {
        let list = listObjects(state, type, type.namespaced ? (host.allNamespaces ? undefined : host.namespace) : undefined);
        const sel = flagString(flags, "selector");
        if (sel !== undefined) {
          const p = parseLabelSelector(sel);
          if (!p.ok) return failWith(host, p.error);
          list = list.filter((o) => matchesRequirements(o.metadata.labels, p.requirements));
        }
        objects.push(...list);
        continue;
      }
      for (const name of names) {
        const o = findObject(state, type, host.namespace, name);
        if (o) objects.push(o);
        else errors.push(formatApiError(calculateNotFound(type, name)));
      }
    }
    const now = host.clock.now();
    // describe.go: the first description as is, each next one after "\n\n".
    host.out.out(objects.map((o) => formatGoTabwriter((getOwn(DESCRIBERS, o.kind) ?? formatGeneric)(state, o, now), 0, 2)).join("\n\n"));
    for (const e of errors) host.out.err(`${e}\n`);
    if (objects.length === 0 && errors.length === 0) host.out.err(`No resources found in ${host.namespace} namespace.\n`);
    return errors.length > 0 ? 1 : 0;
  },
};
