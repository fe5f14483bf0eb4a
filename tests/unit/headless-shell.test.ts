import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

/** The headless shell's fixed interface: `npm run --silent sim -- [--workspace DIR] [--script FILE]`. */
const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function sim(args: string[], input?: string) {
  const result = spawnSync(TSX, [path.join(ROOT, "scripts", "sim.ts"), ...args], { input: input ?? "", encoding: "utf8", cwd: ROOT });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("headless shell", () => {
  it("echoes each stdin line as `$ line` and prints stdout and stderr in order, on stdout", () => {
    const { stdout, stderr, status } = sim([], "echo one\nnope\necho two\n");
    expect(stdout).toBe("$ echo one\none\n$ nope\nbash: nope: command not found\n$ echo two\ntwo\n");
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });

  it("prints what Docker prints for the first lesson's commands", () => {
    const { stdout } = sim([], "docker run hello-world\ndocker ps -a\ndocker images\n");
    expect(stdout).toContain("$ docker run hello-world\nUnable to find image 'hello-world:latest' locally\nlatest: Pulling from library/hello-world\n");
    expect(stdout).toContain("\nHello from Docker!\n");
    expect(stdout).toMatch(/\$ docker ps -a\nCONTAINER ID   IMAGE         COMMAND    CREATED\s+STATUS\s+PORTS     NAMES\n[0-9a-f]{12}   hello-world   "\/hello"   .*Exited \(0\)/);
    expect(stdout).toMatch(/\$ docker images\nREPOSITORY    TAG       IMAGE ID       CREATED\s+SIZE\nhello-world   latest    74cc54e27dc4   .* ago   10.1kB\n/);
  });

  it("writes into --workspace DIR and reads --script FILE", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sim-test-"));
    try {
      fs.writeFileSync(path.join(dir, "app.py"), "print('a')\n");
      const script = path.join(dir, "..", `${path.basename(dir)}.sh`);
      fs.writeFileSync(script, "echo \"print('b')\" >> app.py\nmkdir -p src\ntouch src/x\nls\n");
      const { stdout } = sim(["--workspace", dir, "--script", script]);
      fs.rmSync(script);
      expect(fs.readFileSync(path.join(dir, "app.py"), "utf8")).toBe("print('a')\nprint('b')\n");
      expect(fs.existsSync(path.join(dir, "src", "x"))).toBe(true);
      expect(stdout).toContain("$ ls\napp.py  src\n");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits with the last command's status and stops at exit", () => {
    expect(sim([], "false\n").status).toBe(1);
    const { stdout, status } = sim([], "exit 4\necho never\n");
    expect(stdout).toBe("$ exit 4\n");
    expect(status).toBe(4);
  });

  it("gives the same output every run (virtual time)", () => {
    const script = "docker run -d alpine sleep 100\nsleep 30\ndocker ps\n";
    expect(sim([], script).stdout).toBe(sim([], script).stdout);
  });

  it("rejects bad arguments with usage", () => {
    const { stderr, status } = sim(["--bogus"]);
    expect(stderr).toContain("sim: unknown argument: --bogus");
    expect(stderr).toContain("usage: npm run --silent sim --");
    expect(status).toBe(2);
    expect(sim(["--workspace", "/nonexistent/dir"], "").status).toBe(2);
  });
});

describe("headless shell: dockerfile parse", () => {
  const CORPUS = path.resolve(ROOT, "../shared/corpus/dockerfile-parser");
  it("prints `==> FILE <==` and the BuildKit dump, or error:, and exits 1 on any failure", () => {
    const good = path.join(CORPUS, "testfiles", "env", "Dockerfile");
    const bad = path.join(CORPUS, "testfiles-negative", "shykes-nested-json", "Dockerfile");
    const ok = sim(["dockerfile", "parse", good]);
    expect(ok.stdout).toBe(`==> ${good} <==\n${fs.readFileSync(path.join(CORPUS, "testfiles", "env", "result"), "utf8")}`);
    expect(ok.status).toBe(0);
    const failed = sim(["dockerfile", "parse", good, bad]);
    expect(failed.stdout).toContain(`==> ${bad} <==\nerror: dockerfile parse error on line 1: when using JSON array syntax, arrays must be comprised of strings only\n`);
    expect(failed.status).toBe(1);
  });
});
