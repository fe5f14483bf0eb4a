import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateCreateCronJob, calculateCreateJob, calculateScheduleError } from "./create-batch";

describe("kubectl create job / cronjob generators", () => {
  it("builds create_job.go's Job and create_cronjob.go's CronJob", () => {
    const job = calculateCreateJob({ name: "once", image: "busybox", command: ["echo", "hi"] });
    expect(job).toMatchObject({ kind: "Job", spec: { template: { spec: { restartPolicy: "Never", containers: [{ name: "once", image: "busybox", command: ["echo", "hi"] }] } } } });
    const cj = calculateCreateCronJob({ name: "tick", image: "busybox", command: [], schedule: "*/2 * * * *" });
    expect(cj).toMatchObject({ kind: "CronJob", spec: { schedule: "*/2 * * * *", jobTemplate: { spec: { template: { spec: { restartPolicy: "OnFailure" } } } } } });
  });
  it("fails with kubectl's words on missing flags", () => {
    expect(calculateCreateJob({ name: "x", image: undefined, command: [] })).toBe("either --image or --from must be specified");
    expect(calculateCreateCronJob({ name: "x", image: undefined, command: [] })).toBe('required flag(s) "image", "schedule" not set');
    expect(calculateCreateCronJob({ name: "x", image: "b", command: [], schedule: "@daily", restart: "Always" })).toBe("restart must be either OnFailure or Never");
    expect(calculateScheduleError("* * *")).toBe("expected exactly 5 fields, found 3: * * *");
  });
  it("never throws on any input", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), fc.array(fc.string()), fc.option(fc.string(), { nil: undefined }), fc.option(fc.string(), { nil: undefined }), (name, image, command, schedule, restart) => {
        const input = { name, image, command, schedule, restart };
        expect(["object", "string"]).toContain(typeof calculateCreateJob(input));
        expect(["object", "string"]).toContain(typeof calculateCreateCronJob(input));
        expect(["undefined", "string"]).toContain(typeof calculateScheduleError(schedule ?? ""));
      }),
      { numRuns: 200 },
    );
  });
});
