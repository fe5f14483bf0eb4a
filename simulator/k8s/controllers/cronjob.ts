import { calculateNextCronTime, parseCronSchedule } from "../api/cron-schedule";
import { dispatchDefaults } from "../api/defaults";
import { formatTimestamp, parseTimestamp } from "../api/duration";
import type { KubeObject } from "../api/types";
import { dispatchCreate, dispatchDelete, dispatchEvent, dispatchStatusWrite, listKind, type StoreContext } from "../store/store";
import { hasJobCondition, type Job, type JobSpec } from "./job";

/** A batch/v1 CronJob, the fields the controller reads. */
export interface CronJob extends KubeObject {
  spec: {
    schedule: string;
    suspend?: boolean;
    concurrencyPolicy?: string;
    successfulJobsHistoryLimit?: number;
    failedJobsHistoryLimit?: number;
    jobTemplate: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec: JobSpec };
  };
  status?: { active?: { apiVersion: string; kind: string; name: string; namespace: string; uid: string }[]; lastScheduleTime?: string; lastSuccessfulTime?: string };
}

const COMPONENT = "cronjob-controller";

/** The Job name for a scheduled time: `<cronjob>-<minutes since the epoch>` (cronjob/utils.go getJobName, getTimeHashInMinutes). */
export function calculateCronJobName(cronJob: string, scheduledMs: number): string {
  return `${cronJob}-${Math.floor(scheduledMs / 60_000)}`;
}

function isFinished(job: Job): boolean {
  return hasJobCondition(job, "Complete") || hasJobCondition(job, "Failed");
}

function ownedJobs(ctx: StoreContext, cj: CronJob): Job[] {
  return listKind<Job>(ctx.state, "Job", cj.metadata.namespace).filter((j) => j.metadata.ownerReferences?.some((r) => r.controller && r.uid === cj.metadata.uid));
}

function trimHistory(ctx: StoreContext, cj: CronJob, jobs: Job[], limit: number): void {
  const sorted = [...jobs].sort((a, b) => (parseTimestamp(a.status?.startTime ?? a.metadata.creationTimestamp) ?? 0) - (parseTimestamp(b.status?.startTime ?? b.metadata.creationTimestamp) ?? 0));
  for (const job of sorted.slice(0, Math.max(0, sorted.length - limit))) {
    dispatchDelete(ctx, job, { propagationPolicy: "Background" });
    dispatchEvent(ctx, cj, "Normal", "SuccessfulDelete", `Deleted job ${job.metadata.name}`, COMPONENT);
  }
}

/**
 * The CronJob controller for one CronJob (pkg/controller/cronjob/
 * cronjob_controllerv2.go syncCronJob): keeps status.active in step with its
 * Jobs (event `SawCompletedJob`), deletes finished Jobs past
 * successfulJobsHistoryLimit (3) / failedJobsHistoryLimit (1), and when the
 * latest scheduled time has passed creates the Job `<name>-<minutes>` from
 * jobTemplate (event `SuccessfulCreate` "Created job …"), honouring suspend
 * and concurrencyPolicy Forbid/Replace. Only the most recent missed time
 * runs, as the real controller does. Returns the next scheduled time.
 * Simplification: no startingDeadlineSeconds; timeZone is ignored (UTC).
 */
export function reconcileCronJob(ctx: StoreContext, cj: CronJob): number | undefined {
  if (cj.metadata.deletionTimestamp) return undefined;
  const before = JSON.stringify(cj.status ?? {});
  const status = (cj.status ??= {});
  const jobs = ownedJobs(ctx, cj);
  const active = jobs.filter((j) => !isFinished(j) && !j.metadata.deletionTimestamp);
  for (const ref of status.active ?? []) {
    const job = jobs.find((j) => j.metadata.uid === ref.uid);
    if (job && isFinished(job)) {
      dispatchEvent(ctx, cj, "Normal", "SawCompletedJob", `Saw completed job: ${job.metadata.name}, status: ${hasJobCondition(job, "Complete") ? "Complete" : "Failed"}`, COMPONENT);
      if (hasJobCondition(job, "Complete") && job.status?.completionTime) status.lastSuccessfulTime = job.status.completionTime;
    }
  }
  trimHistory(ctx, cj, jobs.filter((j) => hasJobCondition(j, "Complete")), cj.spec.successfulJobsHistoryLimit ?? 3);
  trimHistory(ctx, cj, jobs.filter((j) => hasJobCondition(j, "Failed")), cj.spec.failedJobsHistoryLimit ?? 1);
  const schedule = parseCronSchedule(cj.spec.schedule ?? "");
  let wake: number | undefined;
  if (schedule.ok && !cj.spec.suspend) {
    const since = parseTimestamp(status.lastScheduleTime) ?? parseTimestamp(cj.metadata.creationTimestamp) ?? ctx.now;
    let due: number | undefined;
    for (let t = calculateNextCronTime(schedule.value, since), n = 0; t !== undefined && t <= ctx.now && n < 100_000; t = calculateNextCronTime(schedule.value, t), n++) due = t;
    if (due !== undefined) {
      const policy = cj.spec.concurrencyPolicy ?? "Allow";
      if (policy === "Replace") for (const j of active) {
        dispatchDelete(ctx, j, { propagationPolicy: "Background" });
        dispatchEvent(ctx, cj, "Normal", "SuccessfulDelete", `Deleted job ${j.metadata.name}`, COMPONENT);
      }
      if (policy === "Forbid" && active.length > 0) {
        dispatchEvent(ctx, cj, "Normal", "JobAlreadyActive", "Not starting job because prior execution is running and concurrency policy is Forbid", COMPONENT);
      } else {
        const template = cj.spec.jobTemplate ?? { spec: { template: { spec: { containers: [] } } } };
        const job: Job = {
          apiVersion: "batch/v1",
          kind: "Job",
          metadata: {
            name: calculateCronJobName(cj.metadata.name, due),
            namespace: cj.metadata.namespace ?? "default",
            ...(template.metadata?.labels ? { labels: { ...template.metadata.labels } } : {}),
            annotations: { ...template.metadata?.annotations, "batch.kubernetes.io/cronjob-scheduled-timestamp": formatTimestamp(due) },
            ownerReferences: [{ apiVersion: cj.apiVersion, kind: cj.kind, name: cj.metadata.name, uid: cj.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
          },
          spec: structuredClone(template.spec),
        };
        dispatchDefaults(job);
        const created = dispatchCreate(ctx, job);
        if (created.ok) {
          dispatchEvent(ctx, cj, "Normal", "SuccessfulCreate", `Created job ${job.metadata.name}`, COMPONENT);
          active.push(job);
        }
      }
      status.lastScheduleTime = formatTimestamp(due);
    }
    wake = calculateNextCronTime(schedule.value, ctx.now);
  }
  const live = active.filter((j) => !j.metadata.deletionTimestamp);
  if (live.length > 0) status.active = live.map((j) => ({ apiVersion: "batch/v1", kind: "Job", name: j.metadata.name, namespace: j.metadata.namespace ?? "default", uid: j.metadata.uid ?? "" }));
  else delete status.active;
  if (JSON.stringify(status) !== before) dispatchStatusWrite(ctx, cj);
  return wake;
}

/** Runs the CronJob controller over every CronJob; returns the earliest next schedule. */
export function reconcileCronJobs(ctx: StoreContext): number | undefined {
  let wake: number | undefined;
  for (const cj of listKind<CronJob>(ctx.state, "CronJob")) {
    const w = reconcileCronJob(ctx, cj);
    if (w !== undefined && (wake === undefined || w < wake)) wake = w;
  }
  return wake;
}
