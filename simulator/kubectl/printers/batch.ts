import { formatHumanDuration, parseTimestamp } from "../../k8s/api/duration";
import { formatSelector } from "../../k8s/api/labels";
import type { KubeObject, LabelSelector, PodTemplateSpec } from "../../k8s/api/types";
import type { Job } from "../../k8s/controllers/job";
import { formatAge } from "./age";
import type { KindPrinter } from "./types";

function containersAndImages(template: PodTemplateSpec | undefined): string[] {
  const containers = template?.spec?.containers ?? [];
  return [containers.map((c) => c.name).join(","), containers.map((c) => c.image).join(",")];
}

function hasCondition(job: Job, type: string): boolean {
  return job.status?.conditions?.some((c) => c.type === type && c.status === "True") ?? false;
}

/** The Job STATUS cell (printers.go printJob, kubernetes/kubernetes#123226, in 1.30). */
export function formatJobStatus(job: Job): string {
  if (hasCondition(job, "Complete")) return "Complete";
  if (hasCondition(job, "Failed")) return "Failed";
  if (job.metadata.deletionTimestamp) return "Terminating";
  if (hasCondition(job, "Suspended")) return "Suspended";
  if (hasCondition(job, "FailureTarget")) return "FailureTarget";
  return "Running";
}

/** The Job COMPLETIONS cell: `succeeded/completions`, or `n/1 of parallelism` for work queues (printers.go printJob). */
export function formatJobCompletions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec.completions !== undefined && job.spec.completions !== null) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec.parallelism ?? 1;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** The Job DURATION cell: empty before start, running time until completion (printers.go printJob). */
export function formatJobDuration(job: Job, now: number): string {
  const start = parseTimestamp(job.status?.startTime);
  if (start === undefined) return "";
  const end = parseTimestamp(job.status?.completionTime) ?? now;
  return formatHumanDuration(end - start);
}

/** `kubectl get jobs`, kubectl/server 1.30 columns (the STATUS column is new in 1.30's release notes, #123226). */
export const JOB_PRINTER: KindPrinter = {
  columns: ["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"],
  wide: ["CONTAINERS", "IMAGES", "SELECTOR"],
  cells(o, ctx) {
    const job = o as Job;
    return [job.metadata.name, formatJobStatus(job), formatJobCompletions(job), formatJobDuration(job, ctx.now), formatAge(job, ctx.now)];
  },
  wideCells(o) {
    const job = o as Job;
    return [...containersAndImages(job.spec.template), formatSelector(job.spec.selector)];
  },
};

interface CronJobView {
  spec?: { schedule?: string; timeZone?: string; suspend?: boolean; jobTemplate?: { spec?: { template?: PodTemplateSpec; selector?: LabelSelector } } };
  status?: { active?: unknown[]; lastScheduleTime?: string };
}

/** `kubectl get cronjobs`, 1.30 columns (TIMEZONE added in 1.30, kubernetes/kubernetes#122231; printers.go printCronJob). */
export const CRONJOB_PRINTER: KindPrinter = {
  columns: ["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE"],
  wide: ["CONTAINERS", "IMAGES", "SELECTOR"],
  cells(o: KubeObject, ctx) {
    const cj = o as KubeObject & CronJobView;
    const last = parseTimestamp(cj.status?.lastScheduleTime);
    return [
      cj.metadata.name,
      cj.spec?.schedule ?? "",
      cj.spec?.timeZone ?? "<none>",
      cj.spec?.suspend ? "True" : "False",
      String(cj.status?.active?.length ?? 0),
      last === undefined ? "<none>" : formatHumanDuration(ctx.now - last),
      formatAge(cj, ctx.now),
    ];
  },
  wideCells(o) {
    const cj = o as KubeObject & CronJobView;
    const spec = cj.spec?.jobTemplate?.spec;
    return [...containersAndImages(spec?.template), spec?.selector ? formatSelector(spec.selector) : "<none>"];
  },
};
