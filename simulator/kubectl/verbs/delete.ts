import { matchesRequirements, parseLabelSelector } from "../../k8s/api/labels";
import { formatKindPrefix, findTypeForKind, type ResourceType } from "../../k8s/api/resources";
import type { KubeObject } from "../../k8s/api/types";
import { calculateNotFound, dispatchDelete, findObject, listObjects, type PropagationPolicy } from "../../k8s/store/store";
import { failWith, flagBool, flagList, flagString, formatApiError, type KubectlCommand } from "../command";
import { parseResourceArgs } from "../resource-args";
import { readManifestSources } from "../sources";

const CASCADE: Record<string, PropagationPolicy> = { background: "Background", true: "Background", foreground: "Foreground", orphan: "Orphan", false: "Orphan" };

/**
 * `kubectl delete` (kubernetes/kubectl pkg/cmd/delete/delete.go): by name,
 * `-f`, `-l` or `--all`, with `--cascade`, `--grace-period` and `--force`;
 * prints `⟨resource⟩ "⟨name⟩" deleted` per object (1.33 wording, without the
 * namespace suffix 1.34 added).
 */
export const DELETE_COMMAND: KubectlCommand = {
  name: "delete",
  flags: [
    { name: "filename", short: "f", kind: "list", usage: "containing the resource to delete." },
    { name: "selector", short: "l", kind: "string", usage: "Selector (label query) to filter on." },
    { name: "all", kind: "bool", usage: "Delete all resources, in the namespace of the specified resource types." },
    { name: "cascade", kind: "string", usage: 'Must be "background", "orphan", or "foreground".' },
    { name: "grace-period", kind: "int", usage: "Period of time in seconds given to the resource to terminate gracefully." },
    { name: "force", kind: "bool", usage: "If true, immediately remove resources from API." },
    { name: "now", kind: "bool", usage: "If true, resources are signaled for immediate shutdown (same as --grace-period=1)." },
    { name: "wait", kind: "bool", usage: "If true, wait for resources to be gone before returning." },
    { name: "recursive", short: "R", kind: "bool", usage: "Process the directory used in -f, --filename recursively." },
    { name: "ignore-not-found", kind: "bool", usage: "Treat \"resource not found\" as a successful delete." },
  ],
  run(host, args, flags) {
    const cascadeText = flagString(flags, "cascade") ?? "background";
    const policy = CASCADE[cascadeText];
    if (!policy) return failWith(host, `invalid cascade value (${cascadeText}). Must be "background", "foreground", or "orphan".`);
    const force = flagBool(flags, "force");
    let grace = typeof flags["grace-period"] === "number" ? (flags["grace-period"] as number) : undefined;
    if (flagBool(flags, "now")) grace = 1;
    if (force && grace === undefined) grace = 0;
    if (force) host.out.err("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
    const targets: { type: ResourceType; object: KubeObject }[] = [];
    const errors: string[] = [];
    const files = flagList(flags, "filename");
    const state = host.cluster.state;
    if (files.length > 0) {
      const read = readManifestSources(host, files, flagBool(flags, "recursive"));
      if (!read.ok) return failWith(host, read.error);
      for (const { documents } of read.sources) for (const doc of documents) {
        if (!doc.ok) {
          errors.push(`error: ${doc.error}`);
          continue;
        }
        const type = findTypeForKind(doc.object.apiVersion, doc.object.kind);
        if (!type) {
          errors.push(`error: resource mapping not found for name: "${doc.object.metadata.name}" namespace: "${doc.object.metadata.namespace ?? ""}" from "${files[0]}": no matches for kind "${doc.object.kind}" in version "${doc.object.apiVersion}"\nensure CRDs are installed first`);
          continue;
        }
        const o = findObject(state, type, doc.object.metadata.namespace ?? host.namespace, doc.object.metadata.name);
        if (o) targets.push({ type, object: o });
        else errors.push(formatApiError(calculateNotFound(type, doc.object.metadata.name), `error when deleting "${files[0]}"`));
      }
    } else {
      if (args.length === 0) return failWith(host, "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
      const parsed = parseResourceArgs(args);
      if (!parsed.ok) return failWith(host, parsed.error);
      const selector = flagString(flags, "selector");
      const all = flagBool(flags, "all");
      for (const { type, names } of parsed.selections) {
        if (names.length > 0) {
          for (const name of names) {
            const o = findObject(state, type, host.namespace, name);
            if (o) targets.push({ type, object: o });
            else if (!flagBool(flags, "ignore-not-found")) errors.push(formatApiError(calculateNotFound(type, name)));
          }
          continue;
        }
        if (selector === undefined && !all) return failWith(host, `resource(s) were provided, but no name was specified`);
        let list = listObjects(state, type, type.namespaced ? host.namespace : undefined);
        if (selector !== undefined) {
          const sel = parseLabelSelector(selector);
          if (!sel.ok) return failWith(host, sel.error);
          list = list.filter((o) => matchesRequirements(o.metadata.labels, sel.requirements));
        }
        for (const o of list) targets.push({ type, object: o });
      }
      if (targets.length === 0 && errors.length === 0) host.out.err(`No resources found\n`);
    }
    for (const { type, object } of targets) {
      host.cluster.run((ctx) => dispatchDelete(ctx, object, { propagationPolicy: policy, ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}) }));
      host.out.out(`${formatKindPrefix(type)} "${object.metadata.name}" ${force ? "force deleted" : "deleted"}\n`);
    }
    // --wait (default true): block until the objects are gone, as the virtual clock lets the kubelet finish.
    if (flags.wait !== false) {
      for (let i = 0; i < 1000; i++) {
        host.cluster.settle(host.clock.now());
        const left = targets.some(({ type, object }) => findObject(host.cluster.state, type, object.metadata.namespace, object.metadata.name)?.metadata.uid === object.metadata.uid);
        const wake = host.cluster.snapshot.nextWakeMs;
        if (!left || wake === undefined) break;
        host.clock.advance(Math.max(1, wake - host.clock.now()));
      }
    }
    for (const e of errors) host.out.err(`${e}\n`);
    return errors.length > 0 ? 1 : 0;
  },
};
