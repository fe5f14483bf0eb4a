import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Output } from "../../core/io";
import { runDocker } from "../root";
import { createDockerHarness } from "../image/testing";

/** Words that reach cp's paths: container and host paths, trailing `/` and `/.`, `-`, flags, unknown names. */
const WORDS = [
  "web", "web:", "web:/", "web:/etc", "web:/etc/", "web:/etc/.", "web:/tmp/x", "web:tmp", "web:/nope", "nope:/etc", "toString:/x", "web:/etc/hostname",
  "/", "/work", "/work/", "/work/.", "/work/a.txt", "a.txt", "./a:b", ".", "..", "-", "", " ", ":", "::", "-q", "-q=false", "-a", "-L", "--quiet", "--bogus",
];

describe("docker cp", () => {
  it("never throws on arbitrary arguments; every failure is worded and non-zero", () => {
    const { engine, host, docker, fs } = createDockerHarness();
    fs.mkdir("/work", { recursive: true });
    fs.writeFile("/work/a.txt", "hello\n");
    docker("run -d --name web alpine sleep 300");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 4 }), fc.boolean(), (args, tty) => {
        const out = new Output();
        const code = runDocker(["cp", ...args], engine, out, { ...host, tty });
        const { stdout, stderr } = out.result(code);
        expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at \S+ \(|TypeError|ReferenceError: |undefined is not|NaN|\[object /);
        if (code !== 0) {
          expect([1, 125]).toContain(code);
          expect(stderr).toMatch(
            /^(Error response from daemon: |lstat |invalid output path|no such directory|cannot copy directory|cannot overwrite|must specify|copying between|source can not|destination can not|Dockyard: tar|"docker cp" requires|unknown (shorthand )?flag|invalid argument|invalid container name)/m,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("copies a file in and back out with the tar stream's size on a terminal", () => {
    const { docker, fs } = createDockerHarness();
    fs.mkdir("/work", { recursive: true });
    fs.writeFile("/work/a.txt", "hello\n");
    docker("run -d --name web alpine sleep 300");
    const into = docker("cp /work/a.txt web:/root/", { tty: true });
    expect(into.stderr).toBe("Successfully copied 2.05kB to web:/root/\n");
    expect(docker("exec web cat /root/a.txt").stdout).toBe("hello\n");
    expect(docker("cp web:/root/a.txt /work/b.txt").stderr).toBe("");
    expect(fs.readFile("/work/b.txt")).toBe("hello\n");
  });
});
