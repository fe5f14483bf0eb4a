import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Output } from "../../core/io";
import { runDocker } from "../root";
import { createDockerHarness } from "../image/testing";

/** The verbs added for exec, files, volumes and networks, in their forms. */
const VERBS = [
  ["exec"], ["container", "exec"], ["diff"], ["port"], ["top"], ["container", "top"],
  ["volume", "create"], ["volume", "ls"], ["volume", "rm"], ["volume", "inspect"], ["volume", "prune"],
  ["network", "create"], ["network", "ls"], ["network", "rm"], ["network", "inspect"], ["network", "connect"], ["network", "disconnect"], ["network", "prune"],
];

/** Words that reach the interesting paths. */
const WORDS = [
  "web", "done", "paused", "nosuch", "data", "app-net", "bridge", "host", "none", "-d", "-e", "A=b", "-w", "/tmp", "/nope", "-u", "nobody", "-t", "-i",
  "ls", "sh", "-c", "echo hi", "bash", "5000", "80/udp", "-f", "-a", "-q", "--filter", "dangling=true", "name=da", "type=custom", "bogus=1",
  "--format", "{{.Name}}", "{{.Nope}}", "{{", "--alias", "x1", "--no-trunc", "--driver", "overlay", "", "/", "--",
];

describe("exec, diff, port, top, volume and network verbs", () => {
  it("never throw on arbitrary arguments; every failure is a Docker-worded message with a non-zero status", () => {
    const { engine, host, docker } = createDockerHarness();
    docker("pull alpine");
    fc.assert(
      fc.property(
        fc.constantFrom(...VERBS),
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 6 }),
        (verb, args) => {
          for (const name of ["web", "done", "paused"]) docker(`rm -f ${name}`);
          docker("network rm app-net");
          docker("network create app-net");
          docker("run -d --name web --network app-net -v data:/data alpine sleep 300");
          docker("run --name done alpine true");
          docker("run -d --name paused alpine sleep 300");
          docker("pause paused");
          const out = new Output();
          const code = runDocker([...verb, ...args], engine, out, { ...host, stdin: "y\n" });
          expect(Number.isInteger(code)).toBe(true);
          const { stdout, stderr } = out.result(code);
          expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at \S+ \(|TypeError|ReferenceError: |undefined is not|NaN|\[object /);
          if (code !== 0) {
            expect(stderr).toMatch(
              /Error response from daemon: |^Error: |OCI runtime exec failed|requires (at least|exactly|at most) \d|accepts no arguments|unknown (shorthand )?flag|flag needs an argument|invalid argument|bad format|value is empty|template|conflicting options|^docker: |can't|not found|No such|: /m,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
