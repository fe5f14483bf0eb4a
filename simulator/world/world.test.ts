import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryFs } from "../vfs/memory-fs";
import { runTranscript } from "./transcript";
import { createWorld } from "./world";

describe("world", () => {
  it("gives the same transcript for the same script every run", () => {
    const script = "docker run hello-world\ndocker run -d alpine sleep 30\nsleep 10\ndocker ps -a\n";
    expect(runTranscript(createWorld(), script).text).toBe(runTranscript(createWorld(), script).text);
  });

  it("different seeds give different IDs and names", () => {
    const a = createWorld({ seed: 1 });
    const b = createWorld({ seed: 2 });
    a.run("docker run -d alpine sleep 5");
    b.run("docker run -d alpine sleep 5");
    expect(a.run("docker ps -q").stdout).not.toBe(b.run("docker ps -q").stdout);
  });

  it("snapshot and restore put engine, clock, IDs and shell back", () => {
    const world = createWorld();
    world.run("docker run hello-world");
    world.run("mkdir app && cd app");
    const snap = world.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    const after = world.run("docker run -d alpine sleep 100").stdout;
    world.run("sleep 50");
    world.run("cd /");
    world.restore(snap);
    expect(world.prompt()).toBe("learner@dockyard:~/app$ ");
    expect(world.run("docker ps -a -q").stdout.trim().split("\n")).toHaveLength(1);
    // The same ID comes out again: the generator state was restored too.
    expect(world.run("docker run -d alpine sleep 100").stdout).toBe(after);
  });

  it("a snapshot is a copy: later commands do not change it", () => {
    const world = createWorld();
    const snap = world.snapshot();
    world.run("docker run hello-world");
    expect(Object.keys(snap.engine.runtime.containers)).toHaveLength(0);
  });

  it("the shell writes into the workspace the editor reads", () => {
    const workspace = createMemoryFs({ "/app.py": "print('hi')\n" });
    const world = createWorld({ workspace });
    world.run("echo 'print(1)' >> app.py");
    expect(workspace.readFile("/app.py")).toBe("print('hi')\nprint(1)\n");
    expect(world.snapshot().workspace).toEqual({ "/app.py": "print('hi')\nprint(1)\n" });
    expect(world.run("cat app.py").stdout).toBe("print('hi')\nprint(1)\n");
  });

  it("$(pwd) expands to the workspace path", () => {
    const world = createWorld();
    expect(world.run("echo $(pwd)").stdout).toBe("/home/learner/workspace\n");
  });

  it("records history and flags exit and clear", () => {
    const world = createWorld();
    world.run("docker images");
    expect(world.run("clear").clear).toBe(true);
    expect(world.run("history").stdout).toBe("    1  docker images\n    2  clear\n    3  history\n");
    const exit = world.run("exit 3");
    expect(exit.exit).toBe(true);
    expect(exit.exitCode).toBe(3);
  });

  it("time only moves when a command waits", () => {
    const world = createWorld();
    world.run("docker run -d --name s1 alpine sleep 60");
    for (let i = 0; i < 50; i++) world.run("docker ps");
    expect(world.run("docker ps --format '{{.Status}}'").stdout).toBe("Up Less than a second\n");
    world.run("sleep 61");
    expect(world.run("docker ps -a --format '{{.Status}}'").stdout).toBe("Exited (0) 1 second ago\n");
  });
});

const WORDS = [
  "docker", "run", "ps", "images", "pull", "version", "container", "image", "ls", "hello-world", "alpine",
  "alpine:3.21", "-a", "-q", "-d", "--rm", "--name", "web", "--format", "{{.ID}}", "json", "table", "sleep",
  "1", "echo", "hi", "cat", "x", "ls", "cd", "..", "mkdir", "-p", "rm", "-rf", "&&", "||", ";", "|", ">", ">>",
  "'", '"', "$?", "$(pwd)", "curl", "localhost:80", "--help", "-h", "Nginx", "@sha256:zz", "--pull", "never",
];

describe("command fronts under random input", () => {
  it("never throw, and every failure has a message and a non-zero status", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), (words) => {
        const world = createWorld();
        const line = words.join(" ");
        const result = world.run(line);
        expect(Number.isInteger(result.exitCode)).toBe(true);
        if (result.exitCode !== 0 && result.exitCode !== 1) {
          // 1 can be a plain false/grep-like status; other codes always explain themselves.
          expect(result.stderr.length + result.stdout.length).toBeGreaterThan(0);
        }
        expect(result.stdout + result.stderr).not.toMatch(/at .*\.ts:\d+|TypeError|ReferenceError|undefined is not/);
      }),
      { numRuns: 3000 },
    );
  });

  it("docker with arbitrary arguments never throws and errors are docker-worded", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }), (args) => {
        const world = createWorld();
        const quoted = args.map((a) => `'${a.replace(/'/g, "")}'`).join(" ");
        const result = world.run(`docker ${quoted}`);
        if (result.exitCode !== 0) expect(result.stderr.length).toBeGreaterThan(0);
        expect(result.stderr).not.toMatch(/TypeError|ReferenceError|\.ts:\d+/);
      }),
      { numRuns: 3000 },
    );
  });
});
