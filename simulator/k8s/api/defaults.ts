import { getOwn } from "../../core/own";
import type { Container, KubeObject, PodSpec, PodTemplateSpec } from "./types";

/** An object as plain JSON fields, for defaulting kinds the simulator keeps generically. */
type Fields = Record<string, unknown>;

function obj(value: unknown): Fields | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : undefined;
}

/**
 * imagePullPolicy's default: `Always` for `:latest` or no tag, else
 * `IfNotPresent` (kubernetes/website concepts/containers/images.md).
 */
export function calculateDefaultPullPolicy(image: string): string {
  if (image.includes("@")) return "IfNotPresent";
  const lastSlash = image.lastIndexOf("/");
  const colon = image.indexOf(":", lastSlash + 1);
  if (colon < 0) return "Always";
  return image.slice(colon + 1) === "latest" ? "Always" : "IfNotPresent";
}

function defaultContainer(c: Container): void {
  if (typeof c.image === "string" && c.imagePullPolicy === undefined) c.imagePullPolicy = calculateDefaultPullPolicy(c.image);
  c.terminationMessagePath ??= "/dev/termination-log";
  c.terminationMessagePolicy ??= "File";
  c.resources ??= {};
  for (const p of Array.isArray(c.ports) ? c.ports : []) p.protocol ??= "TCP";
}

/** Pod spec defaults (pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container). */
export function dispatchPodSpecDefaults(spec: PodSpec): void {
  spec.restartPolicy ??= "Always";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= "ClusterFirst";
  spec.schedulerName ??= "default-scheduler";
  spec.securityContext ??= {};
  for (const c of Array.isArray(spec.containers) ? spec.containers : []) if (obj(c)) defaultContainer(c);
  for (const c of Array.isArray(spec.initContainers) ? spec.initContainers : []) if (obj(c)) defaultContainer(c);
}

function defaultTemplate(template: PodTemplateSpec | undefined): void {
  if (template === undefined || !obj(template)) return;
  template.metadata ??= {};
  if (obj(template.spec)) dispatchPodSpecDefaults(template.spec);
}

const KIND_DEFAULTS: Record<string, (o: Fields) => void> = {
  Pod(o) {
    const spec = obj(o.spec) as PodSpec | undefined;
    if (!spec) return;
    dispatchPodSpecDefaults(spec);
    // The ServiceAccount admission plugin, not defaulting, sets this (plugin/pkg/admission/serviceaccount).
    spec.serviceAccountName ??= "default";
    spec.enableServiceLinks ??= true;
    spec.priority ??= 0;
  },
  Deployment(o) {
    const spec = obj(o.spec);
    if (!spec) return;
    spec.replicas ??= 1;
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
    const strategy = (obj(spec.strategy) ?? (spec.strategy = {})) as Fields;
    strategy.type ??= "RollingUpdate";
    if (strategy.type === "RollingUpdate") {
      const ru = (obj(strategy.rollingUpdate) ?? (strategy.rollingUpdate = {})) as Fields;
      ru.maxSurge ??= "25%";
      ru.maxUnavailable ??= "25%";
    }
    defaultTemplate(spec.template as PodTemplateSpec | undefined);
  },
  ReplicaSet(o) {
    const spec = obj(o.spec);
    if (!spec) return;
    spec.replicas ??= 1;
    defaultTemplate(spec.template as PodTemplateSpec | undefined);
  },
  ReplicationController(o) {
    const spec = obj(o.spec);
    if (!spec) return;
    spec.replicas ??= 1;
    const template = obj(spec.template);
    // SetDefaults_ReplicationController: the selector defaults to the template's labels.
    if (spec.selector === undefined && template && obj(obj(template.metadata)?.labels)) spec.selector = { ...(obj(obj(template.metadata)?.labels) as Fields) };
    defaultTemplate(spec.template as PodTemplateSpec | undefined);
  },
  StatefulSet(o) {
    const spec = obj(o.spec);
    if (!spec) return;
    spec.replicas ??= 1;
    spec.podManagementPolicy ??= "OrderedReady";
    spec.revisionHistoryLimit ??= 10;
    spec.updateStrategy ??= { type: "RollingUpdate", rollingUpdate: { partition: 0 } };
    defaultTemplate(spec.template as PodTemplateSpec | undefined);
  },
  DaemonSet(o) {
    const spec = obj(o.spec);
    if (!spec) return;
    spec.revisionHistoryLimit ??= 10;
    spec.updateStrategy ??= { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } };
    defaultTemplate(spec.template as PodTemplateSpec | undefined);
  },
  Job(o) {
    const spec = obj(o.spec);
    if (!spec) return;
    spec.backoffLimit ??= 6;
    spec.completions ??= 1;
    spec.parallelism ??= 1;
    defaultTemplate(spec.template as PodTemplateSpec | undefined);
  },
  /** SetDefaults_CronJob (pkg/apis/batch/v1/defaults.go), and the Job defaults on jobTemplate. */
  CronJob(o) {
    const spec = obj(o.spec);
    if (!spec) return;
    spec.concurrencyPolicy ??= "Allow";
    spec.suspend ??= false;
    spec.successfulJobsHistoryLimit ??= 3;
    spec.failedJobsHistoryLimit ??= 1;
    const jobSpec = obj(obj(spec.jobTemplate)?.spec);
    if (jobSpec) {
      jobSpec.backoffLimit ??= 6;
      jobSpec.completions ??= 1;
      jobSpec.parallelism ??= 1;
      defaultTemplate(jobSpec.template as PodTemplateSpec | undefined);
    }
  },
  Service(o) {
    const spec = obj(o.spec);
    if (!spec) return;
    spec.type ??= "ClusterIP";
    if (spec.type !== "ExternalName") {
      spec.sessionAffinity ??= "None";
      spec.ipFamilies ??= ["IPv4"];
      spec.ipFamilyPolicy ??= "SingleStack";
      spec.internalTrafficPolicy ??= "Cluster";
    }
    if (spec.type === "NodePort" || spec.type === "LoadBalancer") spec.externalTrafficPolicy ??= "Cluster";
    for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
      const port = obj(p);
      if (!port) continue;
      port.protocol ??= "TCP";
      port.targetPort ??= port.port;
    }
  },
  Secret(o) {
    o.type ??= "Opaque";
  },
  Namespace(o) {
    o.spec = { finalizers: ["kubernetes"] };
    o.status = { phase: "Active" };
    const meta = obj(o.metadata) as Fields;
    meta.labels = { ...(obj(meta.labels) ?? {}), "kubernetes.io/metadata.name": String(meta.name) };
  },
};

/** Server-side defaults for an object about to be stored (fidelity reference §5.10; pkg/apis/<group>/v1/defaults.go). */
export function dispatchDefaults(object: KubeObject): void {
  const apply = getOwn(KIND_DEFAULTS, object.kind);
  if (apply) apply(object as unknown as Fields);
}
