import type { KubeObject } from "../api/types";
import { dispatchDelete, dispatchRemove, listDependents, type StoreContext } from "../store/store";

/**
 * The garbage collector and namespace controller
 * (pkg/controller/garbagecollector, pkg/controller/namespace): deletes objects
 * all of whose owners are gone (background propagation), finishes
 * foreground deletions once no dependents remain, and empties a Terminating
 * namespace before removing it.
 */
export function reconcileGarbage(ctx: StoreContext): void {
  const all: KubeObject[] = [];
  const uids = new Set<string>();
  for (const b of Object.values(ctx.state.objects)) for (const o of Object.values(b)) {
    all.push(o);
    if (o.metadata.uid) uids.add(o.metadata.uid);
  }
  for (const o of all) {
    const owners = o.metadata.ownerReferences;
    if (owners && owners.length > 0 && owners.every((r) => !uids.has(r.uid))) {
      dispatchDelete(ctx, o, { propagationPolicy: "Background" });
      continue;
    }
    if (o.metadata.finalizers?.includes("foregroundDeletion")) {
      const deps = listDependents(ctx.state, o.metadata.uid);
      if (deps.length === 0) dispatchRemove(ctx, o);
      else for (const d of deps) if (!d.metadata.deletionTimestamp) dispatchDelete(ctx, d, { propagationPolicy: "Foreground" });
    }
  }
  for (const ns of all.filter((o) => o.kind === "Namespace" && o.metadata.deletionTimestamp)) {
    const inside = all.filter((o) => o.metadata.namespace === ns.metadata.name && o.kind !== "Namespace");
    const left = inside.filter((o) => o.kind !== "Event");
    if (left.length === 0) {
      for (const e of inside) dispatchRemove(ctx, e);
      dispatchRemove(ctx, ns);
    } else for (const o of left) if (!o.metadata.deletionTimestamp) dispatchDelete(ctx, o);
  }
}
