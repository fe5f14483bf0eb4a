import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Output } from "../../core/io";
import { runDocker } from "../root";
import { createDockerHarness } from "../image/testing";

/** The lifecycle verbs, in both forms. */
const VERBS = [
  ["create"], ["container", "create"], ["start"], ["container", "start"], ["stop"], ["container", "stop"], ["kill"], ["container", "kill"],
  ["restart"], ["container", "restart"], ["pause"], ["container", "pause"], ["unpause"], ["container", "unpause"], ["rm"], ["container", "rm"],
  ["container", "remove"], ["rename"], ["container", "rename"], ["wait"], ["container", "wait"], ["container", "prune"], ["logs"], ["container", "logs"],
];

/** Words that reach the interesting paths: names, ID prefixes, flags with and without values, signals, times and policies. */
const WORDS = [
  "web", "done", "paused", "crash", "nosuch", "fdf5", "f", "3", "alpine", "sleep", "30", "true", "false", "/", "", " ", "/web",
  "-a", "-i", "-f", "-v", "-t", "-n", "-s", "--time", "--signal", "--tail", "--since", "--until", "--timestamps", "--follow", "--force",
  "--volumes", "--filter", "until=1h", "label=a", "colour=red", "KILL", "TERM", "SIGHUP", "9", "BOGUS", "-1", "0", "10", "all", "1h",
  "2025-03-01T09:00:00Z", "toString", "constructor", "__proto__", "--restart", "always", "on-failure:2", "no", "--rm", "--name", "-d", "--",
];

describe("the container lifecycle verbs", () => {
  it("never throw on arbitrary arguments; every failure is a Docker-worded message with a non-zero status", () => {
    const { engine, host, docker, clock } = createDockerHarness();
    docker("pull alpine");
    fc.assert(
      fc.property(
        fc.constantFrom(...VERBS),
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 6 }),
        fc.option(fc.constantFrom("y\n", "n\n", ""), { nil: undefined }),
        (verb, args, stdin) => {
          // A known population each run: running, exited, paused and crash-looping containers.
          for (const name of ["web", "done", "paused", "crash"]) docker(`rm -f ${name}`);
          docker("run -d --name web alpine sleep 300");
          docker("run --name done alpine false");
          docker("run -d --name paused alpine sleep 300");
          docker("pause paused");
          docker("run -d --name crash --restart always alpine false");
          const before = clock.now();
          const out = new Output();
          const code = runDocker([...verb, ...args], engine, out, { ...host, stdin });
          expect(Number.isInteger(code)).toBe(true);
          const { stdout, stderr } = out.result(code);
          expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at \S+ \(|TypeError|ReferenceError: |undefined is not|NaN|\[object /);
          expect(clock.now()).toBeGreaterThanOrEqual(before);
          if (code !== 0 && code !== 130 && !(code > 0 && verb.includes("start") && stderr === "")) {
            expect(stderr).toMatch(
              /Error response from daemon: |^docker: |requires (at least|exactly) \d|accepts no arguments|unknown (shorthand )?flag|flag needs an argument|invalid argument|bad format|cannot be empty|value is empty|Neither old nor new|failed to rename|cannot start and attach|invalid value for "(since|until)"|failed to start containers/m,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
