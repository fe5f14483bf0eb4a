import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runTranscript } from "../../simulator/world/transcript";
import { createWorld } from "../../simulator/world/world";

/** Words a learner might put after `kubectl autoscale` / `kubectl top`, plus noise. */
const WORD = fc.oneof(
  fc.constantFrom("deployment", "deploy/web", "web", "pod", "pods", "node", "nodes", "svc", "toString", "constructor", "--max=3", "--max=0", "--min=2", "--min=-4", "--cpu-percent=50", "--name=x", "-l", "app=web", "-A", "--sort-by=cpu", "--max", "x"),
  fc.stringMatching(/^[a-z0-9=-]{0,8}$/),
);

describe("kubectl autoscale and top fronts", () => {
  it("property: any arguments give kubectl's wording and an exit code, never a crash or stack trace", () => {
    const world = createWorld({});
    runTranscript(world, "kubectl create deployment web --image=nginx\n");
    fc.assert(
      fc.property(fc.constantFrom("autoscale", "top"), fc.array(WORD, { maxLength: 5 }), (verb, words) => {
        const { text, exitCode } = runTranscript(world, `kubectl ${verb} ${words.join(" ")}\n`);
        expect(text).not.toMatch(/at .*\.ts:\d+|TypeError|ReferenceError|undefined is not/);
        expect(exitCode === 0 || exitCode === 1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("autoscale refuses a missing --max with autoscale.go's wording", () => {
    const world = createWorld({});
    const run = runTranscript(world, "kubectl create deployment web --image=nginx\nkubectl autoscale deployment web --min=2\n");
    expect(run.text).toContain("error: --max=MAXPODS is required and must be at least 1, max: -1");
    expect(run.exitCode).toBe(1);
  });
});
