import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Probe } from "../api/probe";
import type { Container, Pod } from "../api/types";
import type { ContainerRuntime } from "../store/store";
import { calculateFirstProbeAt, calculateReady, calculateStarted, reconcileProbes } from "./probes";

const pod: Pod = { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [] } } as unknown as Pod;
const runtime = (): ContainerRuntime => ({ phase: "running", backoffMs: 0, logs: "", startedAt: 0 });

describe("probe workers", () => {
  it("skips ticks before initialDelaySeconds and keeps the period grid", () => {
    expect(calculateFirstProbeAt(0, { initialDelaySeconds: 0 })).toBe(0);
    expect(calculateFirstProbeAt(1000, { initialDelaySeconds: 5, periodSeconds: 3 })).toBe(7000);
    expect(calculateFirstProbeAt(0, { initialDelaySeconds: 10 })).toBe(10_000);
  });

  it("kills only after failureThreshold failures in a row, with one Unhealthy event per failure", () => {
    const c: Container = { name: "web", image: "nginx", livenessProbe: { httpGet: { port: 80 }, periodSeconds: 5, failureThreshold: 3 } };
    const rt = runtime();
    const fail = (): { ok: boolean; output: string } => ({ ok: false, output: "HTTP probe failed with statuscode: 404" });
    let pass = reconcileProbes(pod, c, rt, 5_000, fail);
    expect(pass.kill).toBeUndefined();
    expect(pass.events.map((e) => e.message)).toEqual(["Liveness probe failed: HTTP probe failed with statuscode: 404", "Liveness probe failed: HTTP probe failed with statuscode: 404"]);
    expect(pass.wake).toBe(10_000);
    pass = reconcileProbes(pod, c, rt, 10_000, fail);
    expect(pass.kill).toBe("Liveness");
  });

  it("readiness starts failing, needs successThreshold successes, never kills", () => {
    const c: Container = { name: "web", image: "nginx", readinessProbe: { tcpSocket: { port: 80 }, periodSeconds: 1, successThreshold: 2 } };
    const rt = runtime();
    expect(calculateReady(c, rt)).toBe(false);
    reconcileProbes(pod, c, rt, 0, () => ({ ok: true, output: "" }));
    expect(calculateReady(c, rt)).toBe(false);
    reconcileProbes(pod, c, rt, 1000, () => ({ ok: true, output: "" }));
    expect(calculateReady(c, rt)).toBe(true);
    const pass = reconcileProbes(pod, c, rt, 60_000, () => ({ ok: false, output: "x" }));
    expect(pass.kill).toBeUndefined();
    expect(calculateReady(c, rt)).toBe(false);
  });

  it("a startup probe gates liveness and readiness until it succeeds", () => {
    const c: Container = { name: "web", image: "nginx", startupProbe: { exec: { command: ["true"] }, periodSeconds: 10 }, livenessProbe: { exec: { command: ["false"] }, periodSeconds: 10, failureThreshold: 1 } };
    const rt = runtime();
    const calls: string[] = [];
    const pass = reconcileProbes(pod, c, rt, 0, (_p, _c, probe: Probe) => {
      calls.push(probe.exec?.command?.[0] ?? "");
      return { ok: probe.exec?.command?.[0] === "true" ? false : false, output: "" };
    });
    expect(calls).toEqual(["true"]);
    expect(calculateStarted(c, rt)).toBe(false);
    expect(pass.kill).toBeUndefined();
    const ok = reconcileProbes(pod, c, rt, 10_000, (_p, _c, probe) => ({ ok: probe === c.startupProbe, output: "" }));
    expect(calculateStarted(c, rt)).toBe(true);
    expect(ok.kill).toBe("Liveness");
  });

  it("property: a probe that always succeeds never kills and leaves the container ready", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 600_000 }), (period, delay, success, now) => {
        const probe: Probe = { httpGet: { port: 80 }, periodSeconds: period, initialDelaySeconds: delay, successThreshold: success };
        const c: Container = { name: "w", image: "nginx", livenessProbe: probe, readinessProbe: probe };
        const rt = runtime();
        const pass = reconcileProbes(pod, c, rt, now, () => ({ ok: true, output: "" }));
        expect(pass.kill).toBeUndefined();
        expect(pass.events).toEqual([]);
        expect(pass.wake === undefined || pass.wake > now).toBe(true);
        const runs = now >= delay * 1000 ? Math.floor((now - calculateFirstProbeAt(0, probe)) / (period * 1000)) + 1 : 0;
        expect(calculateReady(c, rt)).toBe(runs >= success);
      }),
    );
  });
});
