import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Output } from "../../core/io";
import { runDocker } from "../root";
import { createDockerHarness } from "./testing";

/** The verbs this area added, as typed. */
const VERBS = [
  ["history"], ["image", "history"], ["image", "inspect"], ["inspect"], ["tag"], ["image", "tag"], ["rmi"], ["image", "rm"],
  ["image", "remove"], ["image", "prune"], ["system", "df"], ["builder", "prune"], ["search"], ["save"], ["image", "save"],
  ["load"], ["image", "load"],
];

/** Words that reach the interesting paths: names, IDs, flags with and without values, filters and templates. */
const WORDS = [
  "alpine", "alpine:latest", "nginx", "hello-world", "Alpine", "nosuch", "aded1e1a5b37", "sha256:", "sha256:abc", "a", "B", "x@sha256:1",
  "-a", "-f", "-q", "-s", "-v", "-H", "-H=false", "--no-trunc", "--no-prune", "--force", "--all", "--verbose", "--quiet",
  "--format", "json", "table", "{{.ID}}", "{{.Nope}}", "{{json .}}", "{{", "--filter", "until=1h", "label=a", "dangling=true",
  "stars=3", "is-official=true", "nofilter", "--limit", "0", "101", "-1", "--type", "image", "container", "volume", "bogus",
  "-o", "/out.tar", "/", "-i", "--input", "--", "", " ",
];

describe("the image verbs", () => {
  it("never throw on arbitrary arguments: a numeric status, and no stack traces", () => {
    const { engine, host, docker } = createDockerHarness();
    docker("pull alpine");
    docker("run -d --name c1 alpine sleep 30");
    fc.assert(
      fc.property(
        fc.constantFrom(...VERBS),
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 10 })), { maxLength: 6 }),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        fc.boolean(),
        (verb, args, stdin, tty) => {
          const out = new Output();
          const code = runDocker([...verb, ...args], engine, out, { ...host, tty, stdin });
          expect(typeof code).toBe("number");
          expect(Number.isInteger(code)).toBe(true);
          const { stdout, stderr } = out.result(code);
          expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at \S+ \(|TypeError|ReferenceError: |undefined is not/);
        },
      ),
      { numRuns: 400 },
    );
  });
});
