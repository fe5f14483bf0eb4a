import { formatTimestamp, parseTimestamp } from "../api/duration";
import type { KubeObject, LabelSelector, Pod, PodTemplateSpec, WorkloadCondition } from "../api/types";
import { dispatchCreate, dispatchDelete, dispatchEvent, dispatchStatusWrite, listKind, type StoreContext } from "../store/store";
import { isActivePod } from "./pods";
import { calculatePodFromTemplate, listOwnedPods } from "./replicaset";

/** batch/v1 JobSpec, the fields the controller reads. */
export interface JobSpec {
  completions?: number;
  parallelism?: number;
  backoffLimit?: number;
  suspend?: boolean;
  manualSelector?: boolean;
  selector?: LabelSelector;
  template: PodTemplateSpec;
}

/** batch/v1 JobStatus. */
export interface JobStatus {
  active?: number;
  succeeded?: number;
  failed?: number;
  ready?: number;
  startTime?: string;
  completionTime?: string;
  conditions?: WorkloadCondition[];
  uncountedTerminatedPods?: Record<string, never>;
}

/** A batch/v1 Job. */
export interface Job extends KubeObject {
  spec: JobSpec;
  status?: JobStatus;
}

/** The job controller's pod re-creation back-off after a failure: 10 s doubling, capped at 6 min (pkg/controller/job/job_controller.go DefaultJobPodFailureBackOff, MaxJobPodFailureBackOff). */
export const JOB_BACKOFF_INITIAL_MS = 10_000;
export const JOB_BACKOFF_MAX_MS = 360_000;
const COMPONENT = "job-controller";

/** Whether the Job carries a True condition of this type (Complete, Failed…). */
export function hasJobCondition(job: Job, type: string): boolean {
  return job.status?.conditions?.some((c) => c.type === type && c.status === "True") ?? false;
}

/**
 * The API server's generateSelector for a Job without manualSelector
 * (pkg/registry/batch/job/strategy.go): selector on
 * `batch.kubernetes.io/controller-uid`, and the four job labels on the
 * template (and on the Job when it has none, SetDefaults_Job).
 * Simplification: applied by the controller's first pass, not at create time.
 */
export function dispatchJobSelector(ctx: StoreContext, job: Job): void {
  if (job.spec.selector || job.spec.manualSelector) return;
  const uid = job.metadata.uid ?? "";
  const labels = { "batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": job.metadata.name, "controller-uid": uid, "job-name": job.metadata.name };
  job.spec.selector = { matchLabels: { "batch.kubernetes.io/controller-uid": uid } };
  const template = job.spec.template;
  template.metadata = { ...template.metadata, labels: { ...labels, ...template.metadata?.labels } };
  if (!job.metadata.labels || Object.keys(job.metadata.labels).length === 0) job.metadata.labels = { ...labels };
  dispatchStatusWrite(ctx, job);
}

function finishedAt(pod: Pod): number | undefined {
  let latest: number | undefined;
  for (const s of pod.status?.containerStatuses ?? []) {
    const t = parseTimestamp(s.state.terminated?.finishedAt);
    if (t !== undefined && (latest === undefined || t > latest)) latest = t;
  }
  return latest;
}

function setCondition(job: Job, type: string, now: number, reason?: string, message?: string): void {
  const at = formatTimestamp(now);
  const conditions = ((job.status ??= {}).conditions ??= []);
  conditions.push({ type, status: "True", lastProbeTime: at, lastTransitionTime: at, ...(reason ? { reason } : {}), ...(message ? { message } : {}) } as WorkloadCondition);
}

/**
 * The Job controller for one Job (pkg/controller/job/job_controller.go
 * syncJob, manageJob): keeps up to parallelism pods running until
 * `completions` pods succeeded, counts failed pods (and, for OnFailure pods,
 * container restarts) against backoffLimit, waits the failure back-off
 * before replacing a failed pod, and ends with the Complete condition
 * (event `Completed`, "Job completed") or the Failed one (reason and event
 * `BackoffLimitExceeded`, "Job has reached the specified backoff limit"),
 * deleting the pods still running. Returns when it next has work.
 * Simplification: no Indexed completion mode, pod failure policy, or job-tracking finalizers.
 */
export function reconcileJob(ctx: StoreContext, job: Job, namespacePods: Pod[]): number | undefined {
  if (job.metadata.deletionTimestamp) return undefined;
  dispatchJobSelector(ctx, job);
  const before = JSON.stringify(job.status ?? {});
  const status = (job.status ??= {});
  const owned = listOwnedPods(namespacePods, job);
  const active = owned.filter(isActivePod);
  const succeeded = owned.filter((p) => p.status?.phase === "Succeeded").length;
  const failedPods = owned.filter((p) => p.status?.phase === "Failed");
  const restarts = job.spec.template.spec.restartPolicy === "OnFailure" ? active.reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((m, c) => m + c.restartCount, 0), 0) : 0;
  const failed = failedPods.length;
  const finished = hasJobCondition(job, "Complete") || hasJobCondition(job, "Failed");
  const completions = job.spec.completions ?? 1;
  const backoffLimit = job.spec.backoffLimit ?? 6;
  let wake: number | undefined;
  if (!finished && !job.spec.suspend) {
    status.startTime ??= formatTimestamp(ctx.now);
    if (failed + restarts > backoffLimit) {
      for (const pod of active) {
        dispatchDelete(ctx, pod);
        dispatchEvent(ctx, job, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`, COMPONENT);
      }
      setCondition(job, "Failed", ctx.now, "BackoffLimitExceeded", "Job has reached the specified backoff limit");
      dispatchEvent(ctx, job, "Warning", "BackoffLimitExceeded", "Job has reached the specified backoff limit", COMPONENT);
    } else if (succeeded >= completions) {
      setCondition(job, "Complete", ctx.now);
      status.completionTime = formatTimestamp(ctx.now);
      dispatchEvent(ctx, job, "Normal", "Completed", "Job completed", COMPONENT);
    } else {
      const want = Math.min(job.spec.parallelism ?? 1, completions - succeeded) - active.length;
      const lastFailure = failedPods.map(finishedAt).reduce<number | undefined>((a, t) => (t !== undefined && (a === undefined || t > a) ? t : a), undefined);
      const delay = failed > 0 ? Math.min(JOB_BACKOFF_INITIAL_MS * 2 ** (failed - 1), JOB_BACKOFF_MAX_MS) : 0;
      const readyAt = lastFailure === undefined ? ctx.now : lastFailure + delay;
      if (want > 0 && readyAt > ctx.now) wake = readyAt;
      else {
        for (let i = 0; i < want; i++) {
          const pod = calculatePodFromTemplate(job, job.spec.template, `${job.metadata.name}-`);
          if (dispatchCreate(ctx, pod).ok) {
            namespacePods.push(pod);
            active.push(pod);
            dispatchEvent(ctx, job, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, COMPONENT);
          }
        }
      }
    }
  }
  const live = active.filter((p) => !p.metadata.deletionTimestamp);
  if (live.length > 0) status.active = live.length;
  else delete status.active;
  if (succeeded > 0) status.succeeded = succeeded;
  if (failed > 0) status.failed = failed;
  status.ready = live.filter((p) => p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True")).length;
  status.uncountedTerminatedPods = {};
  if (JSON.stringify(status) !== before) dispatchStatusWrite(ctx, job);
  return wake;
}

/** Runs the Job controller over every Job; returns the earliest back-off wake-up. */
export function reconcileJobs(ctx: StoreContext): number | undefined {
  let wake: number | undefined;
  const byNamespace = new Map<string, Pod[]>();
  for (const p of listKind<Pod>(ctx.state, "Pod")) {
    const ns = p.metadata.namespace ?? "default";
    byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), p]);
  }
  for (const job of listKind<Job>(ctx.state, "Job")) {
    const ns = job.metadata.namespace ?? "default";
    const pods = byNamespace.get(ns) ?? [];
    byNamespace.set(ns, pods);
    const w = reconcileJob(ctx, job, pods);
    if (w !== undefined && (wake === undefined || w < wake)) wake = w;
  }
  return wake;
}
