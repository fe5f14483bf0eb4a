import { describe, expect, it } from "vitest";
import { calculateRestartDecision, createRestartBookkeeping, findRestartPolicyError, parseRestartPolicy } from "./restart-policy";
import { calculateSignalEffect, parseSignal } from "./programs/signals";

describe("restart policies", () => {
  it("parse as docker/cli's ParseRestartPolicy does", () => {
    expect(parseRestartPolicy("")).toEqual({ ok: true, policy: undefined });
    expect(parseRestartPolicy("on-failure:5")).toEqual({ ok: true, policy: { Name: "on-failure", MaximumRetryCount: 5 } });
    expect(parseRestartPolicy("always")).toEqual({ ok: true, policy: { Name: "always", MaximumRetryCount: 0 } });
    expect(parseRestartPolicy(":1")).toEqual({ ok: false, error: "invalid restart policy format: no policy provided before colon" });
    expect(parseRestartPolicy("always:2:3")).toEqual({ ok: false, error: "invalid restart policy format: maximum retry count must be an integer" });
  });

  it("are validated as the daemon validates them", () => {
    expect(findRestartPolicyError({ Name: "always", MaximumRetryCount: 0 })).toBeUndefined();
    expect(findRestartPolicyError({ Name: "always", MaximumRetryCount: -2 })).toBe(
      "invalid restart policy: maximum retry count can only be used with 'on-failure' and cannot be negative",
    );
  });

  it("back off from 100 ms, doubling to a minute, reset after a 10 s run", () => {
    const book = createRestartBookkeeping();
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      const d = calculateRestartDecision({ Name: "always", MaximumRetryCount: 0 }, book, 1, 0, i);
      book.delayMs = d.delayMs;
      delays.push(d.delayMs);
    }
    expect(delays.slice(0, 4)).toEqual([100, 200, 400, 800]);
    expect(delays[11]).toBe(60_000);
    expect(calculateRestartDecision({ Name: "always", MaximumRetryCount: 0 }, book, 0, 10_000, 12).delayMs).toBe(100);
  });

  it("on-failure restarts non-zero exits up to its maximum; a manual stop cancels every policy", () => {
    const book = createRestartBookkeeping();
    const policy = { Name: "on-failure" as const, MaximumRetryCount: 2 };
    expect(calculateRestartDecision(policy, book, 1, 0, 1).restart).toBe(true);
    expect(calculateRestartDecision(policy, book, 1, 0, 2).restart).toBe(false);
    expect(calculateRestartDecision(policy, book, 0, 0, 0).restart).toBe(false);
    expect(calculateRestartDecision({ Name: "always", MaximumRetryCount: 0 }, { ...book, manuallyStopped: true }, 1, 0, 0).restart).toBe(false);
  });
});

describe("signals", () => {
  it("parse names with or without SIG, any case, and numbers", () => {
    expect(parseSignal("sigterm")).toEqual({ ok: true, number: 15 });
    expect(parseSignal("KILL")).toEqual({ ok: true, number: 9 });
    expect(parseSignal("2")).toEqual({ ok: true, number: 2 });
    expect(parseSignal("nope")).toEqual({ ok: false, error: "Invalid signal: nope" });
  });

  it("are ignored by PID 1 without a handler; registry (Go) exits 2; SIGKILL is 137", () => {
    expect(calculateSignalEffect("/bin/sleep", 15)).toEqual({ exits: false });
    expect(calculateSignalEffect("/bin/sh", 15)).toEqual({ exits: false });
    expect(calculateSignalEffect("/bin/registry", 15)).toEqual({ exits: true, code: 2 });
    expect(calculateSignalEffect("/entrypoint.sh", 2)).toEqual({ exits: true, code: 2 });
    expect(calculateSignalEffect("/bin/sleep", 9)).toEqual({ exits: true, code: 137 });
  });
});
