import { formatKindPrefix } from "../../k8s/api/resources";
import type { KubeObject } from "../../k8s/api/types";
import type { HorizontalPodAutoscaler } from "../../k8s/controllers/hpa";
import { dispatchCreate } from "../../k8s/store/store";
import { failWith, formatApiError, type KubectlCommand } from "../command";
import { prepareObject } from "../objects";
import { failTarget, findTarget } from "../target";

const SCALABLE = ["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"];

/**
 * `kubectl autoscale (-f FILENAME | TYPE NAME) --max=N [--min=N]
 * [--cpu-percent=N] [--name=NAME]` (kubectl pkg/cmd/autoscale/autoscale.go):
 * creates an autoscaling/v2 HorizontalPodAutoscaler named after the target
 * with a cpu Utilization metric and prints
 * `horizontalpodautoscaler.autoscaling/web autoscaled`; --max is required
 * and must not be below --min (Validate's wording).
 * Simplification: a kind without a scale subresource fails with
 * `error: cannot autoscale a Pod` (the real message appends discovery detail).
 */
export const AUTOSCALE_COMMAND: KubectlCommand = {
  name: "autoscale",
  flags: [
    { name: "max", kind: "int", usage: "The upper limit for the number of pods that can be set by the autoscaler. Required." },
    { name: "min", kind: "int", usage: "The lower limit for the number of pods that can be set by the autoscaler." },
    { name: "cpu-percent", kind: "int", usage: "The target average CPU utilization (represented as a percent of requested CPU) over all the pods." },
    { name: "name", kind: "string", usage: "The name for the newly created object." },
    { name: "dry-run", kind: "string", usage: 'Must be "none", "server", or "client".' },
  ],
  run(host, args, flags) {
    const max = typeof flags.max === "number" ? flags.max : -1;
    const min = typeof flags.min === "number" ? flags.min : -1;
    if (max < 1) return failWith(host, `--max=MAXPODS is required and must be at least 1, max: ${max}`);
    if (max < min) return failWith(host, `--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
    const target = findTarget(host, args);
    if (!target.ok) return failTarget(host, target);
    const { object } = target;
    if (!SCALABLE.includes(object.kind)) return failWith(host, `cannot autoscale a ${object.kind}`);
    const name = typeof flags.name === "string" && flags.name !== "" ? flags.name : object.metadata.name;
    const cpu = typeof flags["cpu-percent"] === "number" ? flags["cpu-percent"] : -1;
    const hpa: HorizontalPodAutoscaler = {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata: { name, namespace: object.metadata.namespace ?? host.namespace },
      spec: {
        scaleTargetRef: { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name },
        ...(min >= 0 ? { minReplicas: min } : {}),
        maxReplicas: max,
        ...(cpu >= 0 ? { metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: cpu } } }] } : {}),
      },
    };
    const dry = typeof flags["dry-run"] === "string" && flags["dry-run"] !== "none" ? ` (${flags["dry-run"]} dry run)` : "";
    const prepared = prepareObject(hpa as unknown as KubeObject, host.namespace, host.explicitNamespace, "STDIN");
    if (!prepared.ok) {
      host.out.err(`${prepared.api ? formatApiError(prepared.api) : prepared.error}\n`);
      return 1;
    }
    if (!dry) {
      const created = host.cluster.run((ctx) => dispatchCreate(ctx, prepared.object));
      if (!created.ok) {
        host.out.err(`${formatApiError(created.error)}\n`);
        return 1;
      }
    }
    host.out.out(`${formatKindPrefix(prepared.type)}/${name} autoscaled${dry}\n`);
    return 0;
  },
};
