import { formatKindPrefix } from "../../k8s/api/resources";
import type { PodSpec } from "../../k8s/api/types";
import { dispatchDefaults } from "../../k8s/api/defaults";
import { dispatchUpdate } from "../../k8s/store/store";
import { failWith, type KubectlCommand } from "../command";
import { failTarget, findTarget } from "../target";
import { getOwn } from "../../core/own";
import type { FlagValues } from "../../cli/flags";
import type { KubectlHost } from "../command";
import { runSetEnv } from "./set-env";
import { runSetResources } from "./set-resources";

/** `kubectl set` subcommands besides image, one file each. */
const SET_SUBCOMMANDS: Record<string, (host: KubectlHost, args: string[], flags: FlagValues) => number> = { env: runSetEnv, resources: runSetResources };

/**
 * `kubectl set image TYPE/NAME CONTAINER=IMAGE…` (kubernetes/kubectl
 * pkg/cmd/set/set_image.go): changes the pod template's images (a new
 * rollout for a Deployment); `*` sets every container; prints
 * `deployment.apps/web image updated`, or `error: unable to find container named "x"`.
 * `set env` and `set resources` live in set-env.ts and set-resources.ts.
 */
export const SET_COMMAND: KubectlCommand = {
  name: "set",
  flags: [
    { name: "all", kind: "bool", usage: "Select all resources in the namespace of the specified resource types" },
    { name: "selector", short: "l", kind: "string", usage: "Selector (label query) to filter on" },
    { name: "containers", short: "c", kind: "string", usage: "The names of containers in the selected pod templates to change - may use wildcards" },
    { name: "list", kind: "bool", usage: "If true, display the environment and any changes in the standard format (set env)" },
    { name: "limits", kind: "string", usage: "The resource requirement requests for this container (set resources)" },
    { name: "requests", kind: "string", usage: "The resource requirement requests for this container (set resources)" },
  ],
  run(host, args, flags) {
    const [sub, ...rest] = args;
    const runner = sub === undefined ? undefined : getOwn(SET_SUBCOMMANDS, sub);
    if (runner) return runner(host, rest, flags);
    if (sub !== "image") {
      if (sub === undefined) return failWith(host, "Usage: kubectl set SUBCOMMAND");
      return failWith(host, `unknown command "${sub}" for "kubectl set"`);
    }
    const pairs = rest.filter((a) => a.includes("="));
    const resources = rest.filter((a) => !a.includes("="));
    if (pairs.length === 0) return failWith(host, "at least one image update is required");
    const target = findTarget(host, resources);
    if (!target.ok) return failTarget(host, target);
    const { object, type } = target;
    const next = structuredClone(object);
    const spec = next.kind === "Pod" ? (next.spec as PodSpec) : ((next.spec as { template?: { spec?: PodSpec } }).template?.spec as PodSpec | undefined);
    if (!spec) return failWith(host, `no pod template in ${object.kind}`);
    for (const pair of pairs) {
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const image = pair.slice(eq + 1);
      const matches = [...spec.containers, ...(spec.initContainers ?? [])].filter((c) => name === "*" || c.name === name);
      if (matches.length === 0) return failWith(host, `unable to find container named "${name}"`);
      for (const c of matches) {
        c.image = image;
        // imagePullPolicy keeps the value it was defaulted to (the API server defaults only missing fields).
      }
    }
    dispatchDefaults(next);
    const changed = JSON.stringify(next.spec) !== JSON.stringify(object.spec);
    if (changed) host.cluster.run((ctx) => dispatchUpdate(ctx, next));
    host.out.out(`${formatKindPrefix(type)}/${object.metadata.name} image updated\n`);
    return 0;
  },
};
