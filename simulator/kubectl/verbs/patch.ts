import { parse } from "yaml";
import { formatKindPrefix } from "../../k8s/api/resources";
import type { KubeObject } from "../../k8s/api/types";
import { dispatchDefaults } from "../../k8s/api/defaults";
import { calculateUpdateErrors, calculateValidationErrors } from "../../k8s/api/validation";
import { dispatchUpdate } from "../../k8s/store/store";
import { failWith, flagString, formatApiError, type KubectlCommand, type KubectlHost } from "../command";
import { calculateJsonPatch, calculateMergePatch, calculateStrategicMergePatch, parseJsonPatch, type Json, type PatchResult } from "../patch-merge";
import { failTarget, findTarget } from "../target";

const PATCH_TYPES = ["json", "merge", "strategic"];

/**
 * Reads `-p` as kubectl does (yaml.ToJSON: JSON, or YAML turned into JSON),
 * or `unable to parse "…": yaml: …`.
 * Simplification: the YAML error text is the yaml package's first line, not go-yaml's.
 */
export function parsePatchText(text: string): { ok: true; patch: Json } | { ok: false; error: string } {
  try {
    const value = parse(text, { version: "1.2", logLevel: "error" }) as Json | undefined;
    return { ok: true, patch: value ?? null };
  } catch (error) {
    const message = ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return { ok: false, error: `unable to parse "${text}": yaml: ${message}` };
  }
}

/** Applies a patch of the given type to an object, with the API server's error for a bad one. */
export function calculatePatched(object: KubeObject, patch: Json, type: string): { ok: true; object: KubeObject } | { ok: false; error: string } {
  const current = structuredClone(object) as unknown as Json;
  let result: PatchResult;
  if (type === "json") {
    const ops = parseJsonPatch(patch);
    if (!ops.ok) return { ok: false, error: `Error from server (BadRequest): ${ops.error}` };
    result = calculateJsonPatch(current, ops.ops);
    // apiserver patch.go: a failing JSON patch is a 422 with the generic message.
    if (!result.ok) return { ok: false, error: "The request is invalid: the server rejected our request due to an error in our request" };
  } else if (type === "merge") {
    result = { ok: true, value: calculateMergePatch(current, patch) };
  } else {
    result = calculateStrategicMergePatch(current, patch);
    if (!result.ok) return { ok: false, error: `Error from server: ${result.error}` };
  }
  const next = result.value as unknown as KubeObject;
  if (next === null || typeof next !== "object" || Array.isArray(next)) return { ok: false, error: "Error from server (BadRequest): Object 'Kind' is missing in 'null'" };
  return { ok: true, object: next };
}

/**
 * Stores a patched or edited object as the API server does after decoding:
 * the name must match the URL, status and server-set metadata are kept,
 * defaults are filled, the object is validated (create and update rules),
 * and nothing is written when it did not change. Returns whether it
 * changed, or the error kubectl prints.
 */
export function dispatchPatchedObject(host: KubectlHost, object: KubeObject, next: KubeObject): { ok: true; changed: boolean } | { ok: false; error: string } {
  if (typeof next.metadata !== "object" || next.metadata === null) next.metadata = { name: object.metadata.name };
  if (next.metadata.name !== object.metadata.name) {
    return { ok: false, error: `Error from server (BadRequest): the name of the object (${String(next.metadata.name)}) does not match the name on the URL (${object.metadata.name})` };
  }
  next.kind = object.kind;
  next.apiVersion = object.apiVersion;
  if (object.metadata.namespace !== undefined) next.metadata.namespace = object.metadata.namespace;
  if (object.status !== undefined) next.status = structuredClone(object.status);
  else delete next.status;
  dispatchDefaults(next);
  const errors = [...calculateValidationErrors(next), ...calculateUpdateErrors(object, next)];
  if (errors.length > 0) return { ok: false, error: formatApiError({ reason: "Invalid", message: "", kind: object.kind, name: object.metadata.name, causes: errors }) };
  const strip = (o: KubeObject): string => {
    const { resourceVersion: _rv, generation: _g, ...meta } = o.metadata;
    return JSON.stringify({ ...o, metadata: meta });
  };
  if (strip(next) === strip(object)) return { ok: true, changed: false };
  const stored = host.cluster.run((ctx) => dispatchUpdate(ctx, next));
  if (!stored.ok) return { ok: false, error: formatApiError(stored.error) };
  return { ok: true, changed: true };
}

/**
 * `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`
 * (kubernetes/kubectl pkg/cmd/patch/patch.go): prints
 * `deployment.apps/web patched`, or `patched (no change)` when the object
 * came back the same; a Deployment whose template changed rolls out.
 * Simplification: no --local, -f, --subresource or -o; unknown fields are
 * kept rather than refused by strict field validation.
 */
export const PATCH_COMMAND: KubectlCommand = {
  name: "patch",
  flags: [
    { name: "patch", short: "p", kind: "string", usage: "The patch to be applied to the resource JSON file." },
    { name: "patch-file", kind: "string", usage: "A file containing a patch to be applied to the resource." },
    { name: "type", kind: "string", usage: "The type of patch being provided; one of [json merge strategic]" },
  ],
  run(host, args, flags) {
    let text = flagString(flags, "patch");
    const file = flagString(flags, "patch-file");
    if (text !== undefined && file !== undefined) return failWith(host, "--patch and --patch-file are mutually exclusive");
    if (!text && !file) return failWith(host, "must specify --patch or --patch-file containing the contents of the patch");
    const type = flagString(flags, "type") ?? "strategic";
    if (!PATCH_TYPES.includes(type)) return failWith(host, `--type must be one of [${PATCH_TYPES.join(" ")}], not "${type}"`);
    if (file !== undefined) {
      const full = file.startsWith("/") ? file : `${host.cwd}/${file}`;
      if (host.fs.stat(full)?.type !== "file") return failWith(host, `unable to read patch file: open ${file}: no such file or directory`);
      text = host.fs.readFile(full);
    }
    const parsed = parsePatchText(text ?? "");
    if (!parsed.ok) return failWith(host, parsed.error);
    const target = findTarget(host, args);
    if (!target.ok) return failTarget(host, target);
    const patched = calculatePatched(target.object, parsed.patch, type);
    if (!patched.ok) {
      host.out.err(`${patched.error}\n`);
      return 1;
    }
    const stored = dispatchPatchedObject(host, target.object, patched.object);
    if (!stored.ok) {
      host.out.err(`${stored.error}\n`);
      return 1;
    }
    host.out.out(`${formatKindPrefix(target.type)}/${target.object.metadata.name} patched${stored.changed ? "" : " (no change)"}\n`);
    return 0;
  },
};
