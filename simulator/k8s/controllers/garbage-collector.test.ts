import { describe, expect, it } from "vitest";
import { SeededIds } from "../../core/ids";
import { findTypeByKind, type ResourceType } from "../api/resources";
import type { KubeObject } from "../api/types";
import { createClusterState, dispatchCreate, dispatchDelete, listKind, listObjects, type StoreContext } from "../store/store";
import { reconcileGarbage } from "./garbage-collector";

function ctx(): StoreContext {
  const c: StoreContext = { state: createClusterState(0), now: Date.UTC(2025, 2, 1, 9), ids: new SeededIds(7) };
  dispatchCreate(c, { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  return c;
}

const owner = (o: KubeObject) => [{ apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, uid: o.metadata.uid ?? "", controller: true }];

describe("garbage collector", () => {
  it("cascades deletion: background removes dependents, orphan keeps them", () => {
    for (const policy of ["Background", "Orphan", "Foreground"] as const) {
      const c = ctx();
      const rs: KubeObject = { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "rs" }, spec: {} };
      dispatchCreate(c, rs);
      const cm: KubeObject = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "dep", ownerReferences: owner(rs) } };
      dispatchCreate(c, cm);
      dispatchDelete(c, rs, { propagationPolicy: policy });
      for (let i = 0; i < 3; i++) reconcileGarbage(c);
      const left = listObjects(c.state, findTypeByKind("ConfigMap") as ResourceType).map((o) => o.metadata.name);
      const rsLeft = listKind(c.state, "ReplicaSet").length;
      expect({ policy, left, rsLeft }).toEqual({ policy, left: policy === "Orphan" ? ["dep"] : [], rsLeft: 0 });
      if (policy === "Orphan") expect(cm.metadata.ownerReferences).toBeUndefined();
    }
  });

});
