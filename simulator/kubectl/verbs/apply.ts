import { findObject, dispatchCreate, dispatchUpdate } from "../../k8s/store/store";
import { formatKindPrefix } from "../../k8s/api/resources";
import { calculateUpdateErrors } from "../../k8s/api/validation";
import type { KubeObject, Service } from "../../k8s/api/types";
import { dispatchDefaults } from "../../k8s/api/defaults";
import { formatCanonicalJson } from "../../k8s/api/names";
import { failWith, flagBool, flagList, flagString, formatApiError, type KubectlCommand } from "../command";
import { calculateThreeWayMerge, dispatchServiceAllocation, LAST_APPLIED, prepareObject } from "../objects";
import { readManifestSources } from "../sources";

/**
 * The manifest as kubectl records it in last-applied-configuration: compact
 * JSON of what was applied with sorted keys and `"annotations":{}` kept
 * (encoding/json over the unstructured object), plus a newline.
 */
function formatLastApplied(raw: KubeObject, namespace: string | undefined): string {
  const copy = structuredClone(raw);
  if (namespace && !copy.metadata.namespace) copy.metadata.namespace = namespace;
  copy.metadata.annotations ??= {};
  delete copy.metadata.annotations[LAST_APPLIED];
  return `${formatCanonicalJson(copy)}\n`;
}

/**
 * `kubectl apply -f` (kubernetes/kubectl pkg/cmd/apply/apply.go): for each
 * object, create it when absent (`created`), leave it when the manifest equals
 * the last applied one (`unchanged`), else merge the change into the live
 * object (`configured`). Objects that fail are reported after the others, and
 * the exit status is 1.
 */
export const APPLY_COMMAND: KubectlCommand = {
  name: "apply",
  flags: [
    { name: "filename", short: "f", kind: "list", usage: "The files that contain the configurations to apply." },
    { name: "recursive", short: "R", kind: "bool", usage: "Process the directory used in -f, --filename recursively." },
    { name: "dry-run", kind: "string", usage: 'Must be "none", "server", or "client".' },
    { name: "output", short: "o", kind: "string", usage: "Output format." },
    { name: "server-side", kind: "bool", usage: "If true, apply runs in the server instead of the client." },
    { name: "kustomize", short: "k", kind: "string", usage: "Process a kustomization directory." },
    { name: "validate", kind: "string", usage: "Validation mode." },
  ],
  run(host, args, flags) {
    const files = flagList(flags, "filename");
    if (files.length === 0) return failWith(host, "must specify one of -f and -k");
    if (args.length > 0) return failWith(host, `Unexpected args: [${args.join(" ")}]\nSee 'kubectl apply -h' for help and examples`);
    const dryRun = flagString(flags, "dry-run");
    if (dryRun !== undefined && !["none", "client", "server"].includes(dryRun)) return failWith(host, `Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`);
    const dry = dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : "";
    const read = readManifestSources(host, files, flagBool(flags, "recursive"));
    if (!read.ok) return failWith(host, read.error);
    const errors: string[] = [];
    let any = false;
    const cluster = host.cluster;
    for (const { source, documents } of read.sources) {
      for (const doc of documents) {
        if (!doc.ok) {
          errors.push(`error: ${doc.error}`);
          continue;
        }
        any = true;
        const prepared = prepareObject(doc.object, host.namespace, host.explicitNamespace, source);
        const existingType = prepared.ok ? prepared.type : undefined;
        const existing = existingType ? findObject(cluster.state, existingType, prepared.ok ? prepared.object.metadata.namespace : undefined, doc.object.metadata.name) : undefined;
        if (!prepared.ok) {
          errors.push(prepared.api ? formatApiError(prepared.api, `error when ${existing ? "applying patch" : "creating"} "${source}"`) : prepared.error);
          continue;
        }
        const { object, type } = prepared;
        const prefix = formatKindPrefix(type);
        const lastApplied = formatLastApplied(doc.object, type.namespaced ? object.metadata.namespace : undefined);
        if (!existing) {
          object.metadata.annotations = { ...(object.metadata.annotations ?? {}), [LAST_APPLIED]: lastApplied };
          if (dry) {
            host.out.out(`${prefix}/${object.metadata.name} created${dry}\n`);
            continue;
          }
          const created = cluster.run((ctx) => {
            if (object.kind === "Service") dispatchServiceAllocation(ctx.state, ctx.ids, object as Service);
            return dispatchCreate(ctx, object);
          });
          if (!created.ok) errors.push(formatApiError(created.error, `error when creating "${source}"`));
          else host.out.out(`${prefix}/${object.metadata.name} created${dry}\n`);
          continue;
        }
        if (existing.metadata.annotations?.[LAST_APPLIED] === lastApplied) {
          host.out.out(`${prefix}/${object.metadata.name} unchanged${dry}\n`);
          continue;
        }
        const previous = existing.metadata.annotations?.[LAST_APPLIED];
        let last: Record<string, unknown> | undefined;
        try {
          last = previous ? (JSON.parse(previous) as Record<string, unknown>) : undefined;
        } catch {
          last = undefined;
        }
        const merged = structuredClone(existing) as Record<string, unknown>;
        const next = structuredClone(doc.object) as Record<string, unknown>;
        delete next.status;
        calculateThreeWayMerge(merged, last, next);
        const mergedObject = merged as KubeObject;
        mergedObject.metadata.annotations = { ...(mergedObject.metadata.annotations ?? {}), [LAST_APPLIED]: lastApplied };
        if (type.namespaced) mergedObject.metadata.namespace = existing.metadata.namespace;
        dispatchDefaults(mergedObject);
        const updateErrors = calculateUpdateErrors(existing, mergedObject);
        if (updateErrors.length > 0) {
          errors.push(formatApiError({ reason: "Invalid", message: "", kind: object.kind, name: object.metadata.name, causes: updateErrors }));
          continue;
        }
        if (!dry) {
          const updated = cluster.run((ctx) => dispatchUpdate(ctx, mergedObject));
          if (!updated.ok) {
            errors.push(formatApiError(updated.error, `error when applying patch "${source}"`));
            continue;
          }
        }
        host.out.out(`${prefix}/${object.metadata.name} configured${dry}\n`);
      }
    }
    if (!any && errors.length === 0) return failWith(host, "no objects passed to apply");
    for (const e of errors) host.out.err(`${e}\n`);
    return errors.length > 0 ? 1 : 0;
  },
};
