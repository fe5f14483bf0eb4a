import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runTranscript } from "./transcript";
import { createWorld, type World } from "./world";

/**
 * What an interactive terminal shows for each line: the prompt in force
 * (the host's, or the container shell's during a session), the line, its output.
 */
function runInteractiveTranscript(world: World, script: string): string {
  let text = "";
  for (const line of script.split("\n").filter((l, i, all) => l !== "" || i < all.length - 1)) {
    text += `${world.prompt()}${line}\n`;
    for (const chunk of world.run(line).chunks) text += chunk.text;
  }
  return text;
}

const DIR = path.resolve(__dirname, "testdata");

/** Golden transcripts: interactive-*.sh run with a terminal on stdin, the rest as `--script` runs them. */
describe("container sessions: golden transcripts", () => {
  for (const script of fs.readdirSync(DIR).filter((f) => f.endsWith(".sh")).sort()) {
    it(script, () => {
      const source = fs.readFileSync(path.join(DIR, script), "utf8");
      const text = script.startsWith("interactive-") ? runInteractiveTranscript(createWorld({ tty: true }), source) : runTranscript(createWorld(), source).text;
      const goldenPath = path.join(DIR, script.replace(/\.sh$/, ".golden"));
      if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(goldenPath, text);
      expect(text).toBe(fs.readFileSync(goldenPath, "utf8"));
    });
  }
});

describe("container sessions", () => {
  it("docker run -it returns the shell's exit status at the host and the container exits with it", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -it --name box alpine");
    expect(world.session()).toMatchObject({ kind: "run" });
    expect(world.prompt()).toBe("/ # ");
    const exit = world.run("exit 7");
    expect(exit.exitCode).toBe(7);
    expect(world.session()).toBeUndefined();
    expect(world.run("docker inspect -f '{{.State.ExitCode}}' box").stdout).toBe("7\n");
  });

  it("writes persist in the container's layer across sessions; exec leaves the container running", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -dit --name web debian");
    world.run("docker exec -it web bash");
    expect(world.prompt()).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    world.run("mkdir -p /srv/app && cd /srv/app && echo v1 > version");
    expect(world.prompt()).toMatch(/:\/srv\/app# $/);
    world.run("exit");
    expect(world.run("docker exec web cat /srv/app/version").stdout).toBe("v1\n");
    expect(world.run("docker ps --format '{{.Status}}'").stdout).toMatch(/^Up /);
    expect(world.run("docker diff web").stdout).toContain("A /srv/app/version");
  });

  it("Ctrl+D ends the session with the last status; bash says exit", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -it --rm ubuntu");
    world.run("false");
    const eof = world.endOfInput();
    expect(eof.stdout).toBe("exit\n");
    expect(eof.exitCode).toBe(1);
    expect(world.run("docker ps -a -q").stdout).toBe("");
  });

  it("a snapshot taken in a session restores into it while the container runs", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -dit --name web alpine");
    world.run("docker exec -it web sh");
    world.run("cd /tmp && export GREETING=hi");
    const snap = world.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    world.run("exit");
    world.restore(snap);
    expect(world.prompt()).toBe("/tmp # ");
    expect(world.run("echo $GREETING").stdout).toBe("hi\n");
    world.run("exit");
    // A snapshot whose container is gone restores at the host prompt.
    world.run("docker rm -f web");
    const gone = world.snapshot();
    world.restore({ ...snap, engine: gone.engine });
    expect(world.session()).toBeUndefined();
    expect(world.prompt()).toBe("learner@dockyard:~$ ");
  });

  it("the headless script mode refuses -it as docker does without a terminal", () => {
    const result = createWorld().run("docker run -it alpine sh");
    expect(result.stderr).toBe("the input device is not a TTY\n");
    expect(result.exitCode).toBe(1);
  });
});

const WORDS = ["docker", "run", "-it", "-i", "-t", "-d", "--rm", "--name", "box", "alpine", "ubuntu", "sh", "bash", "exec", "start", "-ai", "attach", "exit", "3", "ls", "cd", "/tmp", "echo", "$?", ";", "&&", "'", "for", "do", "done", "toString"];

describe("container sessions under random input", () => {
  it("never throw; every line gets a prompt, and a session always ends at exit", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (lines) => {
        const world = createWorld({ tty: true });
        for (const words of lines) {
          const result = world.run(words.join(" "));
          expect(Number.isInteger(result.exitCode)).toBe(true);
          expect(result.stdout + result.stderr).not.toMatch(/TypeError|ReferenceError|internal error|\.ts:\d+/);
          expect(typeof world.prompt()).toBe("string");
        }
        for (let i = 0; i < 5 && world.session(); i++) world.run("'");
        for (let i = 0; i < 5 && world.session(); i++) world.run("exit");
        expect(world.session()).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe("Ctrl+C at a container shell's prompt", () => {
  it("drops an unfinished command and shows PS1 again", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -it alpine");
    world.run("echo 'open");
    expect(world.prompt()).toBe("> ");
    expect(world.interrupt()).toBeUndefined();
    expect(world.prompt()).toBe("/ # ");
    expect(world.run("echo ok").stdout).toBe("ok\n");
  });
});

describe("detaching with Ctrl+P Ctrl+Q", () => {
  it("leaves the container running: run detaches quietly, exec and attach print read escape sequence (1)", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -it --name box alpine");
    expect(world.detach()).toMatchObject({ exitCode: 0, stderr: "" });
    expect(world.session()).toBeUndefined();
    expect(world.run("docker ps --format '{{.Names}} {{.Status}}'").stdout).toMatch(/^box Up/);
    world.run("docker attach box");
    expect(world.detach()).toMatchObject({ exitCode: 1, stderr: "read escape sequence\n" });
    world.run("docker exec -it box sh");
    expect(world.detach()?.stderr).toBe("read escape sequence\n");
    expect(world.run("echo $?").stdout).toBe("1\n");
    expect(world.detach()).toBeUndefined();
  });
});

describe("attaching again after a detach", () => {
  it("finds the main shell where it was left; a restarted container starts a fresh one", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -it --name box alpine");
    world.run("cd /etc && export MARK=1");
    world.detach();
    world.run("docker attach box");
    expect(world.prompt()).toBe("/etc # ");
    expect(world.run("echo $MARK").stdout).toBe("1\n");
    world.detach();
    world.run("docker restart -t 0 box");
    world.run("docker attach box");
    expect(world.prompt()).toBe("/ # ");
  });
});

describe("session command fronts under random arguments", () => {
  it("attach, exec -it and start -ai never throw; failures explain themselves with a non-zero status", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -dit --name web alpine");
    world.run("docker create --name idle alpine");
    const args = fc.array(fc.constantFrom("web", "idle", "nope", "sh", "bash", "-i", "-t", "-it", "-ai", "--no-stdin", "--sig-proxy=false", "-u", "nobody", "-w", "/tmp", "--detach-keys", "ctrl-x", "toString", "''"), { maxLength: 5 });
    fc.assert(
      fc.property(fc.constantFrom("attach", "exec -it", "start -ai", "exec -i", "start -a"), args, (verb, rest) => {
        const result = world.run(`docker ${verb} ${rest.join(" ")}`);
        // With a TTY (exec -t; attach/start to the -t container) stderr reaches the client merged into stdout (`exec -it web sh web`).
        if (result.exitCode !== 0) expect(result.stderr.length + (verb !== "exec -i" ? result.stdout.length : 0)).toBeGreaterThan(0);
        expect(result.stdout + result.stderr).not.toMatch(/TypeError|ReferenceError|internal error|\.ts:\d+/);
        world.detach();
        if (result.running) world.interrupt();
        while (world.session()) world.endOfInput();
        if (world.poll()) for (let i = 0; i < 3; i++) world.interrupt();
      }),
      { numRuns: 400 },
    );
  });
});
