import type { KubeObject, Pod } from "../api/types";
import { dispatchCreate, dispatchEvent, dispatchStatusWrite, listKind, type StoreContext } from "../store/store";

/** spec.volumeClaimTemplates[] of a StatefulSet (a PersistentVolumeClaim template). */
export interface ClaimTemplate {
  metadata?: { name?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { accessModes?: string[]; storageClassName?: string; resources?: { requests?: Record<string, string> }; volumeMode?: string; [field: string]: unknown };
}

/** The annotation marking the default StorageClass (storage/v1 IsDefaultStorageClassAnnotation). */
const DEFAULT_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class";

/** The cluster's default StorageClass, if one is marked (the DefaultStorageClass admission plugin). */
function findDefaultClass(ctx: StoreContext): KubeObject | undefined {
  return listKind(ctx.state, "StorageClass").find((sc) => sc.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === "true");
}

/**
 * Creates the claims a stateful pod needs and does not have yet, named
 * `⟨template⟩-⟨pod⟩`, labelled with the set's selector labels
 * (stateful_set_utils.go getPersistentVolumeClaims, stateful_pod_control.go
 * createPersistentVolumeClaims; event `create Claim www-web-0 Pod web-0 in
 * StatefulSet web success`). The claims get no ownerReference (the default
 * persistentVolumeClaimRetentionPolicy is Retain), so they outlive the set.
 * With a default StorageClass whose volumes bind at once (Docker Desktop's
 * `hostpath`), a claim is Bound to a new `pvc-⟨uid⟩` volume; otherwise it
 * stays Pending.
 * Simplification: provisioning and binding happen here, at creation, not in
 * a PersistentVolume controller and an external provisioner; a
 * WaitForFirstConsumer class binds at once as well.
 */
export function dispatchStatefulClaims(ctx: StoreContext, set: KubeObject & { spec: { selector: { matchLabels?: Record<string, string> } } }, pod: Pod, templates: readonly ClaimTemplate[], component: string): void {
  const namespace = pod.metadata.namespace ?? "default";
  for (const t of templates) {
    const name = `${t.metadata?.name ?? ""}-${pod.metadata.name}`;
    if (listKind(ctx.state, "PersistentVolumeClaim", namespace).some((c) => c.metadata.name === name)) continue;
    const spec = structuredClone(t.spec ?? {});
    const defaultClass = spec.storageClassName === undefined ? findDefaultClass(ctx) : undefined;
    if (defaultClass) spec.storageClassName = defaultClass.metadata.name;
    spec.volumeMode ??= "Filesystem";
    const claim: KubeObject = {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name, namespace, labels: { ...(t.metadata?.labels ?? {}), ...(set.spec.selector.matchLabels ?? {}) }, ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}) },
      spec,
      status: { phase: "Pending" },
    };
    if (!dispatchCreate(ctx, claim).ok) continue;
    dispatchEvent(ctx, set, "Normal", "SuccessfulCreate", `create Claim ${name} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} success`, component);
    const storageClass = spec.storageClassName ? listKind(ctx.state, "StorageClass").find((sc) => sc.metadata.name === spec.storageClassName) : undefined;
    if (storageClass) dispatchBind(ctx, claim, spec, storageClass);
  }
}

/** Provisions a volume for a claim and binds them (pv_controller.go provisionClaim, bindVolumeToClaim). */
function dispatchBind(ctx: StoreContext, claim: KubeObject, spec: NonNullable<ClaimTemplate["spec"]>, storageClass: KubeObject): void {
  const volumeName = `pvc-${claim.metadata.uid ?? ""}`;
  const capacity = { storage: spec.resources?.requests?.storage ?? "1Gi" };
  const accessModes = spec.accessModes ?? ["ReadWriteOnce"];
  const volume: KubeObject = {
    apiVersion: "v1",
    kind: "PersistentVolume",
    metadata: { name: volumeName, annotations: { "pv.kubernetes.io/provisioned-by": String(storageClass.provisioner ?? "") } },
    spec: {
      accessModes,
      capacity,
      claimRef: { apiVersion: "v1", kind: "PersistentVolumeClaim", name: claim.metadata.name, namespace: claim.metadata.namespace, uid: claim.metadata.uid },
      persistentVolumeReclaimPolicy: String(storageClass.reclaimPolicy ?? "Delete"),
      storageClassName: storageClass.metadata.name,
      volumeMode: spec.volumeMode ?? "Filesystem",
    },
    status: { phase: "Bound" },
  };
  if (!dispatchCreate(ctx, volume).ok) return;
  (claim.spec as Record<string, unknown>).volumeName = volumeName;
  claim.status = { phase: "Bound", accessModes, capacity };
  dispatchStatusWrite(ctx, claim);
}
