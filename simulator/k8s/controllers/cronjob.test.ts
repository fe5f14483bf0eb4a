import { describe, expect, it } from "vitest";
import { SeededIds } from "../../core/ids";
import { formatTimestamp } from "../api/duration";
import { createClusterState, dispatchCreate, listKind, type StoreContext } from "../store/store";
import { calculateCronJobName, reconcileCronJobs, type CronJob } from "./cronjob";
import type { Job } from "./job";

const T0 = Date.UTC(2025, 2, 1, 9);

function setup(extra: Partial<CronJob["spec"]> = {}): { c: StoreContext; cj: CronJob } {
  const c: StoreContext = { state: createClusterState(0), now: T0, ids: new SeededIds(7) };
  dispatchCreate(c, { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  const cj: CronJob = { apiVersion: "batch/v1", kind: "CronJob", metadata: { name: "hello" }, spec: { schedule: "*/5 * * * *", jobTemplate: { spec: { template: { spec: { restartPolicy: "OnFailure", containers: [{ name: "c", image: "busybox" }] } } } }, ...extra } };
  dispatchCreate(c, cj);
  return { c, cj };
}

const complete = (j: Job, now: number): void => {
  j.status = { startTime: formatTimestamp(now), completionTime: formatTimestamp(now), conditions: [{ type: "Complete", status: "True" }] };
};

describe("cronjob controller", () => {
  it("creates <name>-<minutes> at each scheduled time and asks to wake at the next", () => {
    const { c, cj } = setup();
    expect(reconcileCronJobs(c)).toBe(T0 + 5 * 60_000);
    expect(listKind(c.state, "Job")).toHaveLength(0);
    c.now = T0 + 5 * 60_000;
    reconcileCronJobs(c);
    const jobs = listKind<Job>(c.state, "Job");
    expect(jobs.map((j) => j.metadata.name)).toEqual([calculateCronJobName("hello", c.now)]);
    expect(jobs[0]?.metadata.name).toBe("hello-29013665");
    expect(cj.status?.active).toHaveLength(1);
    expect(cj.status?.lastScheduleTime).toBe(formatTimestamp(c.now));
  });
  it("runs only the latest missed time, and keeps successfulJobsHistoryLimit finished jobs", () => {
    const { c } = setup({ successfulJobsHistoryLimit: 2 });
    for (let i = 1; i <= 4; i++) {
      c.now = T0 + i * 5 * 60_000 + (i === 1 ? 20 * 60_000 : 0) + (i > 1 ? 20 * 60_000 : 0);
      reconcileCronJobs(c);
      for (const j of listKind<Job>(c.state, "Job")) if (!j.status?.conditions) complete(j, c.now);
    }
    reconcileCronJobs(c);
    expect(listKind<Job>(c.state, "Job").filter((j) => !j.metadata.deletionTimestamp)).toHaveLength(2);
  });
  it("creates nothing while suspended, and Forbid skips while a job runs", () => {
    const s = setup({ suspend: true });
    s.c.now = T0 + 60 * 60_000;
    expect(reconcileCronJobs(s.c)).toBeUndefined();
    expect(listKind(s.c.state, "Job")).toHaveLength(0);
    const f = setup({ concurrencyPolicy: "Forbid" });
    f.c.now = T0 + 5 * 60_000;
    reconcileCronJobs(f.c);
    f.c.now = T0 + 10 * 60_000;
    reconcileCronJobs(f.c);
    expect(listKind(f.c.state, "Job")).toHaveLength(1);
  });
});
