import { formatTimestamp } from "../../k8s/api/duration";
import type { Deployment, PodTemplateSpec } from "../../k8s/api/types";
import { dispatchUpdate } from "../../k8s/store/store";
import { calculatePodTemplateHash } from "../../k8s/api/names";
import { failWith, flagString, type KubectlCommand, type KubectlHost } from "../command";
import { failTarget, findTarget } from "../target";
import { listRevisions, runRolloutHistory } from "./rollout-history";
import { runRolloutStatus } from "./rollout-status";
import { runWorkloadRolloutStatus } from "./rollout-status-workloads";

const SUBCOMMANDS = ["history", "pause", "restart", "resume", "status", "undo"];

function parseDuration(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+)(ms|s|m|h)?$/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? "s"] ?? 1000);
}

function withoutHash(t: PodTemplateSpec): PodTemplateSpec {
  const copy = structuredClone(t);
  if (copy.metadata?.labels) delete copy.metadata.labels["pod-template-hash"];
  return copy;
}

function undo(host: KubectlHost, d: Deployment, toRevision: number): number {
  if (d.spec.paused) return failWith(host, `you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again`);
  const history = listRevisions(host.cluster.state, d);
  let target = toRevision > 0 ? history.get(toRevision) : undefined;
  if (toRevision === 0) {
    const revisions = [...history.keys()].sort((a, b) => b - a);
    if (revisions.length < 2) return failWith(host, `no rollout history found for deployment "${d.metadata.name}"`);
    target = history.get(revisions[1] as number);
  }
  if (!target) return failWith(host, `unable to find specified revision ${toRevision} in history`);
  const template = withoutHash(target.spec.template);
  const revision = target.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? "";
  if (calculatePodTemplateHash(template) === calculatePodTemplateHash(d.spec.template)) {
    host.out.out(`deployment.apps/${d.metadata.name} skipped rollback (current template already matches revision ${revision})\n`);
    return 0;
  }
  const next = structuredClone(d);
  next.spec.template = template;
  const cause = target.metadata.annotations?.["kubernetes.io/change-cause"];
  if (cause) next.metadata.annotations = { ...(next.metadata.annotations ?? {}), "kubernetes.io/change-cause": cause };
  host.cluster.run((ctx) => dispatchUpdate(ctx, next));
  host.out.out(`deployment.apps/${d.metadata.name} rolled back\n`);
  return 0;
}

/**
 * `kubectl rollout status|history|undo|restart|pause|resume` for Deployments
 * (kubernetes/kubectl pkg/cmd/rollout, pkg/polymorphichelpers; fidelity
 * reference §5.6). `status` waits on the virtual clock.
 * StatefulSets and DaemonSets: status only (rollout-status-workloads.ts); their history, undo and restart are not simulated.
 */
export const ROLLOUT_COMMAND: KubectlCommand = {
  name: "rollout",
  flags: [
    { name: "revision", kind: "int", usage: "See the details, including podTemplate of the revision specified" },
    { name: "to-revision", kind: "int", usage: "The revision to rollback to. Default to 0 (last revision)." },
    { name: "timeout", kind: "string", usage: "The length of time to wait before ending watch." },
    { name: "watch", short: "w", kind: "string", usage: "Watch the status of the rollout until it's done." },
    { name: "filename", short: "f", kind: "list", usage: "Filename identifying the resource." },
  ],
  run(host, args, flags) {
    const [sub, ...rest] = args;
    if (sub === undefined || !SUBCOMMANDS.includes(sub)) {
      if (sub !== undefined) return failWith(host, `unknown command "${sub}" for "kubectl rollout"`);
      host.out.out("Manage the deployment of one or more resources.\n\nAvailable Commands:\n  history       View rollout history\n  pause         Mark the provided resource as paused\n  restart       Restart a resource\n  resume        Resume a paused resource\n  status        Show the status of the rollout\n  undo          Undo a previous rollout\n");
      return 0;
    }
    if (rest.length === 0) return failWith(host, "required resource not specified");
    const target = findTarget(host, rest);
    if (!target.ok) return failTarget(host, target);
    if (sub === "status" && (target.object.kind === "StatefulSet" || target.object.kind === "DaemonSet")) return runWorkloadRolloutStatus(host, target.object, parseDuration(flagString(flags, "timeout")), flagString(flags, "watch") !== "false");
    if (target.object.kind !== "Deployment") return failWith(host, `no ${sub === "status" ? "status viewer" : sub === "history" ? "history viewer" : "rollbacker"} has been implemented for "${target.object.kind}"`);
    const d = target.object as Deployment;
    const name = d.metadata.name;
    switch (sub) {
      case "status":
        return runRolloutStatus(host, d, parseDuration(flagString(flags, "timeout")), flagString(flags, "watch") !== "false");
      case "history":
        return runRolloutHistory(host, d, typeof flags.revision === "number" ? flags.revision : undefined);
      case "undo":
        return undo(host, d, typeof flags["to-revision"] === "number" ? flags["to-revision"] : 0);
      case "restart": {
        if (d.spec.paused) return failWith(host, `deployments.apps "${name}" can't restart paused deployment (run rollout resume first)`);
        const next = structuredClone(d);
        next.spec.template.metadata = { ...(next.spec.template.metadata ?? {}), annotations: { ...(next.spec.template.metadata?.annotations ?? {}), "kubectl.kubernetes.io/restartedAt": formatTimestamp(host.clock.now()) } };
        host.cluster.run((ctx) => dispatchUpdate(ctx, next));
        host.out.out(`deployment.apps/${name} restarted\n`);
        return 0;
      }
      default: {
        const pause = sub === "pause";
        if (Boolean(d.spec.paused) === pause) return failWith(host, `deployments.apps "${name}" is already ${pause ? "paused" : "resumed"}`);
        const next = structuredClone(d);
        if (pause) next.spec.paused = true;
        else delete next.spec.paused;
        host.cluster.run((ctx) => dispatchUpdate(ctx, next));
        host.out.out(`deployment.apps/${name} ${pause ? "paused" : "resumed"}\n`);
        return 0;
      }
    }
  },
};

