import type { ResourceType } from "../k8s/api/resources";
import type { KubeObject } from "../k8s/api/types";
import { calculateNotFound, findObject } from "../k8s/store/store";
import { formatApiError, type KubectlHost } from "./command";
import { parseResourceArgs } from "./resource-args";

/** One object named by `TYPE NAME` or `TYPE/NAME`, or the error text kubectl prints (without `error: ` for API errors). */
export type Target = { ok: true; type: ResourceType; object: KubeObject } | { ok: false; message: string };

/** Resolves the single object a verb like scale, rollout or logs acts on. */
export function findTarget(host: KubectlHost, args: readonly string[], allowed?: readonly string[]): Target {
  const parsed = parseResourceArgs(args);
  if (!parsed.ok) return { ok: false, message: `error: ${parsed.error || "required resource not specified"}` };
  const sel = parsed.selections[0];
  if (!sel || sel.names.length === 0) return { ok: false, message: "error: required resource not specified" };
  if (allowed && !allowed.includes(sel.type.kind)) return { ok: false, message: `error: no ${args[0]?.split("/")[0]} with name "${sel.names[0]}"` };
  const name = sel.names[0] as string;
  const object = findObject(host.cluster.state, sel.type, host.namespace, name);
  if (!object) return { ok: false, message: formatApiError(calculateNotFound(sel.type, name)) };
  return { ok: true, type: sel.type, object };
}

/** Prints a target error and returns 1. */
export function failTarget(host: KubectlHost, target: { ok: false; message: string }): number {
  host.out.err(`${target.message}\n`);
  return 1;
}
