import { formatKindPrefix } from "../../k8s/api/resources";
import { dispatchUpdate } from "../../k8s/store/store";
import { failWith, type KubectlCommand } from "../command";
import { failTarget, findTarget } from "../target";

/**
 * `kubectl scale --replicas=N TYPE NAME` (kubernetes/kubectl pkg/cmd/scale):
 * sets spec.replicas of a Deployment, ReplicaSet, ReplicationController or
 * StatefulSet; prints `deployment.apps/web scaled`.
 */
export const SCALE_COMMAND: KubectlCommand = {
  name: "scale",
  flags: [
    { name: "replicas", kind: "int", usage: "The new desired number of replicas. Required." },
    { name: "current-replicas", kind: "int", usage: "Precondition for current size." },
    { name: "filename", short: "f", kind: "list", usage: "Filename identifying the resource to set a new size" },
  ],
  run(host, args, flags) {
    const replicas = flags.replicas;
    if (typeof replicas !== "number") return failWith(host, "required flag(s) \"replicas\" not set");
    if (replicas < 0) return failWith(host, "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
    const target = findTarget(host, args);
    if (!target.ok) return failTarget(host, target);
    const { object, type } = target;
    if (!["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"].includes(object.kind)) {
      host.out.err(`error: no scaler has been implemented for {"${type.group}" "${object.kind}"}\n`);
      return 1;
    }
    const current = flags["current-replicas"];
    const spec = object.spec as { replicas?: number };
    if (typeof current === "number" && current !== (spec.replicas ?? 1)) {
      return failWith(host, `Expected replicas to be ${current}, was ${spec.replicas ?? 1}`);
    }
    const next = structuredClone(object);
    (next.spec as { replicas?: number }).replicas = replicas;
    host.cluster.run((ctx) => dispatchUpdate(ctx, next));
    host.out.out(`${formatKindPrefix(type)}/${object.metadata.name} scaled\n`);
    return 0;
  },
};
