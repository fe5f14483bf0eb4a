import { z } from "zod";
import type { KubeObject } from "../../k8s/api/types";
import { findClusterObject, NAMESPACE, NO_CLUSTER, readClusterState } from "../cluster-params";
import { definePredicate } from "../define";

/** Decodes base64 (a Secret's data); undefined when it is not valid base64. */
function decodeBase64(text: string): string | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** A ConfigMap or Secret holds a key, optionally with a value (a Secret's data is base64, stringData is merged into it by the API server). */
export const k8sConfigKey = definePredicate({
  kind: "k8s-config-key",
  source: "kubernetes",
  summary: "A ConfigMap or Secret holds a key (`kubectl describe` lists it), optionally with a value (a Secret's base64 is decoded first).",
  params: {
    object: z.enum(["ConfigMap", "Secret"]).describe("`ConfigMap` or `Secret`"),
    name: z.string().min(1).describe("object name"),
    ...NAMESPACE,
    key: z.string().min(1).describe("data key"),
    value: z.string().optional().describe("the value it must hold (decoded, for a Secret)"),
  },
  example: { object: "ConfigMap", name: "web-config", key: "GREETING", value: "hello" },
  evaluate(check, ctx) {
    const state = readClusterState(ctx);
    if (!state) return { passed: false, detail: NO_CLUSTER };
    const object: KubeObject | undefined = findClusterObject(state, check.object, check.namespace, check.name);
    if (!object) return { passed: false, detail: `There is no ${check.object} ${check.name} in namespace ${check.namespace}.` };
    const data = (typeof object.data === "object" && object.data !== null ? object.data : {}) as Record<string, unknown>;
    const raw = Object.hasOwn(data, check.key) ? data[check.key] : undefined;
    if (typeof raw !== "string") return { passed: false, detail: `${check.object} ${check.name} has no key ${check.key} (it has ${Object.keys(data).join(", ") || "none"}).` };
    if (check.value === undefined) return { passed: true, detail: `${check.object} ${check.name} holds ${check.key}.` };
    const value = check.object === "Secret" ? decodeBase64(raw) : raw;
    if (value === check.value) return { passed: true, detail: `${check.object} ${check.name} holds ${check.key}=${check.object === "Secret" ? "(the expected value)" : value}.` };
    return { passed: false, detail: `${check.object} ${check.name}'s ${check.key} is not the expected value.` };
  },
});
