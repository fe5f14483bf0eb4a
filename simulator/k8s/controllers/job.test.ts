import { describe, expect, it } from "vitest";
import { SeededIds } from "../../core/ids";
import { formatTimestamp } from "../api/duration";
import type { Pod } from "../api/types";
import { createClusterState, dispatchCreate, listKind, type StoreContext } from "../store/store";
import { hasJobCondition, JOB_BACKOFF_INITIAL_MS, reconcileJobs, type Job } from "./job";

const T0 = Date.UTC(2025, 2, 1, 9);

function ctx(): StoreContext {
  const c: StoreContext = { state: createClusterState(0), now: T0, ids: new SeededIds(7) };
  dispatchCreate(c, { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  return c;
}

function job(spec: Partial<Job["spec"]> = {}, restartPolicy = "Never"): Job {
  return { apiVersion: "batch/v1", kind: "Job", metadata: { name: "pi" }, spec: { completions: 1, parallelism: 1, backoffLimit: 6, template: { spec: { restartPolicy, containers: [{ name: "pi", image: "busybox" }] } }, ...spec } };
}

/** Ends every active pod as the kubelet would: Succeeded or Failed with a terminated container. */
function finish(c: StoreContext, phase: "Succeeded" | "Failed", restarts = 0): void {
  for (const p of listKind<Pod>(c.state, "Pod")) {
    if (p.status?.phase === "Succeeded" || p.status?.phase === "Failed") continue;
    p.status = { phase, containerStatuses: [{ name: "pi", image: "busybox", imageID: "", ready: false, started: false, restartCount: restarts, state: { terminated: { exitCode: phase === "Succeeded" ? 0 : 1, finishedAt: formatTimestamp(c.now) } }, lastState: {} }] };
  }
}

describe("job controller", () => {
  it("names pods <job>-<5 chars>, labels them with the generated selector, and completes after `completions` successes", () => {
    const c = ctx();
    const j = job({ completions: 3, parallelism: 2 });
    dispatchCreate(c, j);
    reconcileJobs(c);
    const pods = listKind<Pod>(c.state, "Pod");
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^pi-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.labels?.["batch.kubernetes.io/job-name"]).toBe("pi");
      expect(p.metadata.labels?.["controller-uid"]).toBe(j.metadata.uid);
    }
    expect(j.spec.selector).toEqual({ matchLabels: { "batch.kubernetes.io/controller-uid": j.metadata.uid } });
    expect(j.status?.active).toBe(2);
    finish(c, "Succeeded");
    reconcileJobs(c);
    expect(listKind<Pod>(c.state, "Pod")).toHaveLength(3); // only one more is needed
    finish(c, "Succeeded");
    reconcileJobs(c);
    expect(hasJobCondition(j, "Complete")).toBe(true);
    expect(j.status?.succeeded).toBe(3);
    expect(j.status?.completionTime).toBe(formatTimestamp(T0));
    expect(listKind<Pod>(c.state, "Pod")).toHaveLength(3);
  });

  it("backs off 10 s, then 20 s before replacing failed pods, and fails past backoffLimit", () => {
    const c = ctx();
    const j = job({ backoffLimit: 1 });
    dispatchCreate(c, j);
    reconcileJobs(c);
    finish(c, "Failed");
    expect(reconcileJobs(c)).toBe(T0 + JOB_BACKOFF_INITIAL_MS);
    expect(listKind<Pod>(c.state, "Pod")).toHaveLength(1);
    c.now = T0 + JOB_BACKOFF_INITIAL_MS;
    reconcileJobs(c);
    expect(listKind<Pod>(c.state, "Pod")).toHaveLength(2);
    finish(c, "Failed");
    reconcileJobs(c);
    expect(hasJobCondition(j, "Failed")).toBe(true);
    expect(j.status?.conditions?.[0]?.reason).toBe("BackoffLimitExceeded");
    expect(j.status?.failed).toBe(2);
    const events = listKind(c.state, "Event").map((e) => (e as unknown as { reason: string }).reason);
    expect(events).toContain("BackoffLimitExceeded");
  });

  it("counts OnFailure container restarts against backoffLimit and deletes the running pod", () => {
    const c = ctx();
    const j = job({ backoffLimit: 2 }, "OnFailure");
    dispatchCreate(c, j);
    reconcileJobs(c);
    const [pod] = listKind<Pod>(c.state, "Pod");
    if (!pod) throw new Error("no pod");
    pod.status = { phase: "Running", containerStatuses: [{ name: "pi", image: "busybox", imageID: "", ready: false, started: false, restartCount: 3, state: { waiting: { reason: "CrashLoopBackOff" } }, lastState: {} }] };
    reconcileJobs(c);
    expect(hasJobCondition(j, "Failed")).toBe(true);
    // An unscheduled pod goes at once; a scheduled one would be Terminating.
    expect(listKind<Pod>(c.state, "Pod").filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(0);
  });

  it("creates nothing while suspended", () => {
    const c = ctx();
    dispatchCreate(c, job({ suspend: true }));
    reconcileJobs(c);
    expect(listKind<Pod>(c.state, "Pod")).toHaveLength(0);
  });
});
