import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Output } from "../../core/io";
import { runDocker } from "../root";
import { createDockerHarness } from "../image/testing";

/** The verbs of the resources work, in both forms where docker has them. */
const VERBS = [["stats"], ["container", "stats"], ["run", "-d"], ["create"], ["update"], ["container", "update"], ["commit"], ["container", "commit"], ["export"], ["container", "export"], ["info"], ["system", "info"], ["system", "prune"], ["events"], ["system", "events"]];

/** Words that reach the interesting paths: names, resource values good and bad, flags, templates. */
const WORDS = [
  "web", "done", "nosuch", "toString", "alpine", "sleep", "300", "tail", "/dev/zero", "-a", "--all", "--no-stream", "--no-trunc", "--format",
  "json", "table", "{{.Name}}", "{{.Bogus}}", "table {{.ID}}\\t{{.PIDs}}", "-m", "--memory", "--memory-swap", "--memory-reservation", "--cpus",
  "-c", "--cpu-shares", "--pids-limit", "--since", "--until", "10m", "yesterday", "-f", "type=container", "event=die", "bogus=1", "--volumes", "until=24h", "--health-cmd", "true", "--health-interval", "500us", "1s", "--no-healthcheck", "--health-retries", "--force", "--restart", "always", "on-failure:x", "bogus", "-o", "/out.tar", "/nodir/x.tar", "-c", "CMD [\"x\"]", "RUN x", "ENV A=b", "Repo", "repo:tag", "repo@sha256:abc", "4m", "6m", "64m", "1g", "1G", "-1", "0", "0.5", "3/2", "3", "1e-10", "abc", "200m", "--", "",
];

describe("stats and the resource flags", () => {
  it("never throw on arbitrary arguments; every failure is a Docker-worded message with a non-zero status", () => {
    const { engine, host, docker } = createDockerHarness();
    docker("pull alpine");
    docker("run -d --name web -m 64m alpine sleep 300");
    docker("run --name done alpine true");
    fc.assert(
      fc.property(fc.constantFrom(...VERBS), fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 6 }), fc.boolean(), (verb, args, tty) => {
        const out = new Output();
        const code = runDocker([...verb, ...args], engine, out, { ...host, tty });
        expect(Number.isInteger(code)).toBe(true);
        const { stdout, stderr } = out.result(code);
        expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at \S+ \(|TypeError|ReferenceError: |undefined is not|NaN|\[object /);
        if (code !== 0 && verb[0] !== "run") {
          expect(stderr).toMatch(
            /Error response from daemon: |^docker: |requires (at least|exactly) \d|unknown (shorthand )?flag|flag needs an argument|invalid argument|template|can't evaluate|invalid reference format|Unable to find image|value is empty|you must provide|restart policy|not a valid change command|refusing to|invalid output path|cowardly|requires at least 1 and at most|dockerfile parse error|failed to parse value|accepts no arguments|ERROR: The "until"|bad format of filter|invalid filter|Healthcheck|healthcheck|cannot be negative/m,
          );
        }
      }),
      { numRuns: 250 },
    );
  });
});
