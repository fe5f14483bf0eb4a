import { parseCronSchedule } from "../../k8s/api/cron-schedule";
import type { KubeObject } from "../../k8s/api/types";

/** The flags `kubectl create job|cronjob` reads. */
export interface BatchGeneratorInput {
  name: string;
  image: string | undefined;
  command: string[];
  schedule?: string;
  restart?: string;
}

/**
 * `kubectl create job NAME --image=I [-- COMMAND [args...]]`
 * (kubernetes/kubectl pkg/cmd/create/create_job.go createJob): one container
 * named after the job, restartPolicy Never, no labels of its own.
 * Simplification: `--from=cronjob/NAME` is not supported.
 */
export function calculateCreateJob(input: BatchGeneratorInput): KubeObject | string {
  if (!input.image) return "either --image or --from must be specified";
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name: input.name },
    spec: { template: { metadata: {}, spec: { containers: [{ name: input.name, image: input.image, ...(input.command.length > 0 ? { command: input.command } : {}), resources: {} }], restartPolicy: "Never" } } },
  };
}

/**
 * `kubectl create cronjob NAME --image=I --schedule='*\/1 * * * *' [--restart=OnFailure] [-- COMMAND…]`
 * (kubernetes/kubectl pkg/cmd/create/create_cronjob.go): --image and --schedule
 * required, restart OnFailure by default (Never also allowed).
 */
export function calculateCreateCronJob(input: BatchGeneratorInput): KubeObject | string {
  const missing = [input.image ? "" : '"image"', input.schedule ? "" : '"schedule"'].filter(Boolean);
  if (missing.length > 0) return `required flag(s) ${missing.join(", ")} not set`;
  const restart = input.restart ?? "OnFailure";
  if (restart !== "OnFailure" && restart !== "Never") return `restart must be either OnFailure or Never`;
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name: input.name },
    spec: {
      schedule: input.schedule ?? "",
      jobTemplate: {
        metadata: { name: input.name },
        spec: { template: { metadata: {}, spec: { containers: [{ name: input.name, image: input.image ?? "", ...(input.command.length > 0 ? { command: input.command } : {}), resources: {} }], restartPolicy: restart } } },
      },
    },
  };
}

/** The API server's schedule check: `spec.schedule: Invalid value: "…": <robfig error>` (pkg/apis/batch/validation validateScheduleFormat), or undefined when it parses. */
export function calculateScheduleError(schedule: string): string | undefined {
  const parsed = parseCronSchedule(schedule);
  return parsed.ok ? undefined : parsed.error;
}
