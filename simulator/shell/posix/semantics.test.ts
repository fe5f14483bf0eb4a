import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ShellFlavor } from "./errors";
import { APP_USER, createImageFs, createTestShell, runScript, TEST_EPOCH } from "./testing/harness";
import { createUnionImage } from "./testing/union-image";

/**
 * Behaviour beyond the golden tables: the step budget, users and
 * permissions, scripts and #! lines, nested shells, stdin, background jobs
 * and the clock, and interactive sessions. Expected texts were checked by
 * hand against dash 0.5.12, BusyBox 1.35.0 and bash 5.2.15 where a real
 * shell can show them (marked "verified"); budget outcomes are the
 * simulator's own contract (SIGKILL's 137).
 */
describe("the step budget", () => {
  it("kills an endless loop promptly, keeping what was printed (137)", () => {
    const start = Date.now();
    const r = runScript("dash", "echo start; while true; do :; done; echo never", { stepBudget: 20_000 });
    expect(r).toEqual({ out: "start\n", err: "", status: 137, killed: true });
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it("kills a fork bomb (bash: `:(){ :|:& };:`, and `f() { f | f; }; f`)", () => {
    expect(runScript("bash", ":(){ :|:& };:")).toMatchObject({ status: 137, killed: true });
    for (const flavor of ["dash", "ash", "bash"] as const) expect(runScript(flavor, "f() { f | f; }; f")).toMatchObject({ out: "", status: 137, killed: true });
  });

  it("kills unbounded recursion through functions and through nested sh", () => {
    expect(runScript("dash", "f() { f; }; f; echo never")).toMatchObject({ status: 137, killed: true });
    expect(runScript("dash", "printf 'sh ./r.sh\\n' > r.sh; sh r.sh")).toMatchObject({ status: 137, killed: true });
  });

  it("bounds `yes` to a terminal, and `yes | head` ends by SIGPIPE (verified: `y y`, status 0)", () => {
    expect(runScript("ash", "yes", { stepBudget: 2000 })).toMatchObject({ status: 137, killed: true });
    expect(runScript("ash", "yes | head -n 2; echo $?")).toMatchObject({ out: "y\ny\n0\n", status: 0 });
    expect(runScript("bash", "set -o pipefail; yes | head -n 1; echo $?")).toMatchObject({ out: "y\n141\n" });
  });

  it("kills `tail -f` and `sleep infinity`-style waits", () => {
    expect(runScript("dash", "tail -f /dev/null", { stepBudget: 500 })).toMatchObject({ status: 137, killed: true });
  });
});

describe("users and permissions", () => {
  it("reports writes into root-owned paths as Permission denied (verified wording)", () => {
    const script = "echo hi > /root/x; touch /etc/x; mkdir /usr/new; rm /etc/passwd; echo ok > /tmp/ok && cat /tmp/ok";
    expect(runScript("dash", script, { user: APP_USER })).toEqual({
      out: "ok\n",
      err: "sh: 1: cannot create /root/x: Permission denied\ntouch: cannot touch '/etc/x': Permission denied\nmkdir: cannot create directory '/usr/new': Permission denied\nrm: cannot remove '/etc/passwd': Permission denied\n",
      status: 0,
      killed: false,
    });
    expect(runScript("ash", script, { user: APP_USER }).err).toBe(
      "sh: can't create /root/x: Permission denied\ntouch: /etc/x: Permission denied\nmkdir: can't create directory '/usr/new': Permission denied\nrm: can't remove '/etc/passwd': Permission denied\n",
    );
    expect(runScript("bash", "echo hi > /root/x; cd /root; echo $?", { user: APP_USER })).toMatchObject({
      out: "1\n",
      err: "bash: line 1: /root/x: Permission denied\nbash: line 1: cd: /root: Permission denied\n",
    });
  });

  it("acts as the user for the whole run (nested shells too) and hands the file system back as root", () => {
    const { shell, fs } = createTestShell("dash", { user: APP_USER });
    expect(shell.run("sh -c true; echo x > /root/y").chunks).toEqual([{ stream: "stderr", text: "sh: 1: cannot create /root/y: Permission denied\n" }]);
    fs.writeFile("/root/by-engine", "ok");
    expect(fs.readFile("/root/by-engine")).toBe("ok");
  });

  it("behaves the same on the engine's overlay UnionFs", () => {
    const union = (): ReturnType<typeof createUnionImage> => createUnionImage(createImageFs("debian"), () => TEST_EPOCH);
    expect(runScript("dash", "echo hi > /root/x; mkdir /usr/new; echo ok > /tmp/ok && cat /tmp/ok; rm /etc/passwd", { user: APP_USER, fs: union() })).toMatchObject({
      out: "ok\n",
      err: "sh: 1: cannot create /root/x: Permission denied\nmkdir: cannot create directory '/usr/new': Permission denied\nrm: cannot remove '/etc/passwd': Permission denied\n",
    });
    expect(runScript("dash", "rm /etc/passwd && ls /etc && printf '#!/bin/sh\\necho run\\n' > /usr/local/bin/t && chmod +x /usr/local/bin/t && t", { fs: union() }).out).toBe("group\nhostname\nrun\n");
  });

  it("creates files owned by the user and answers whoami / id", () => {
    expect(runScript("dash", "whoami; id; touch ~/f && ls -l ~/f", { user: APP_USER }).out).toBe("app\nuid=1000(app) gid=1000(app) groups=1000(app)\n-rw-r--r-- 1 app app 0 Mar  1 09:00 /home/app/f\n");
  });

  it("gives 126 for a file without execute permission and for a directory (verified)", () => {
    expect(runScript("dash", "printf 'echo hi\\n' > x.sh; ./x.sh; echo $?")).toMatchObject({ out: "126\n", err: "sh: 1: ./x.sh: Permission denied\n" });
    expect(runScript("ash", "printf 'echo hi\\n' > x.sh; ./x.sh; echo $?")).toMatchObject({ out: "126\n", err: "sh: ./x.sh: Permission denied\n" });
    expect(runScript("bash", "./; /tmp; echo $?")).toMatchObject({ out: "126\n", err: "bash: line 1: ./: Permission denied\nbash: line 1: /tmp: Permission denied\n" });
  });
});

describe("scripts and #! lines", () => {
  it("runs ./script with its interpreter, $0 and line numbers from the file (verified)", () => {
    const make = "printf '#!/bin/sh\\necho in $0 $1\\nfoo\\n' > run.sh; chmod +x run.sh; ";
    expect(runScript("dash", make + "./run.sh a; sh run.sh b")).toMatchObject({ out: "in ./run.sh a\nin run.sh b\n", err: "./run.sh: 3: foo: not found\nrun.sh: 3: foo: not found\n", status: 127 });
    expect(runScript("ash", make + "./run.sh a")).toMatchObject({ err: "./run.sh: line 3: foo: not found\n" });
    expect(runScript("bash", make.replace("/bin/sh", "/bin/bash") + "./run.sh a")).toMatchObject({ err: "./run.sh: line 3: foo: command not found\n" });
  });

  it("reports a missing interpreter as each shell does (verified: #!/bin/bash on Alpine)", () => {
    const make = "printf '#!/bin/bash\\necho hi\\n' > b.sh; chmod +x b.sh; ./b.sh; echo $?";
    expect(runScript("ash", make)).toMatchObject({ out: "127\n", err: "sh: ./b.sh: not found\n" });
    expect(runScript("dash", make.replace("bash", "nosuch"))).toMatchObject({ out: "127\n", err: "sh: 1: ./b.sh: not found\n" });
    expect(runScript("bash", make.replace("bash\\n", "nosuch\\n"))).toMatchObject({ out: "127\n", err: "bash: line 1: ./b.sh: cannot execute: required file not found\n" });
  });

  it("runs a script without #! in a shell of the same kind, and `sh` from stdin", () => {
    expect(runScript("dash", "printf 'echo plain $0\\n' > p.sh; chmod 755 p.sh; ./p.sh").out).toBe("plain ./p.sh\n");
    expect(runScript("dash", "echo 'echo from stdin; foo' | sh")).toMatchObject({ out: "from stdin\n", err: "sh: 1: foo: not found\n", status: 127 });
  });

  it("reports a missing script file (verified)", () => {
    expect(runScript("dash", "sh nofile.sh; echo $?")).toMatchObject({ out: "2\n", err: "sh: 0: cannot open nofile.sh: No such file\n" });
    expect(runScript("ash", "sh nofile.sh; echo $?")).toMatchObject({ out: "2\n", err: "sh: can't open 'nofile.sh': No such file or directory\n" });
    expect(runScript("bash", "bash nofile.sh; echo $?")).toMatchObject({ out: "127\n", err: "bash: nofile.sh: No such file or directory\n" });
  });

  it("names the shell in messages as invoked: RUN's /bin/sh -c, docker run's sh -c, bash -c", () => {
    expect(runScript("dash", "/bin/sh -c 'apk add curl'; sh -c 'echo $0 $1' name arg")).toMatchObject({ out: "name arg\n", err: "/bin/sh: 1: apk: not found\n" });
    expect(runScript("dash", "bash -c 'apk add curl'")).toMatchObject({ err: "bash: line 1: apk: command not found\n", status: 127 });
    expect(runScript("ash", "bash -c 'echo hi'")).toMatchObject({ err: "sh: bash: not found\n", status: 127 });
    expect(runScript("dash", "/bin/sh", { argv0: "/bin/sh", stdin: "" }).status).toBe(0);
  });

  it("passes -e, -x and -c options to a nested shell", () => {
    expect(runScript("dash", "sh -ec 'false; echo no'; echo $?; sh -xc 'echo t'")).toMatchObject({ out: "1\nt\n", err: "+ echo t\n" });
  });
});

describe("stdin, exec, background jobs and the clock", () => {
  it("lets `read` take one line and leaves the rest for the next reader", () => {
    expect(runScript("dash", 'read a; echo "a=$a"; cat', { stdin: "l1\nl2\nl3\n" }).out).toBe("a=l1\nl2\nl3\n");
    expect(runScript("ash", 'while read l; do echo "[$l]"; done', { stdin: "x\ny" }).out).toBe("[x]\n");
  });

  it("keeps `exec` redirections for the rest of the shell; `exec cmd` replaces it", () => {
    expect(runScript("dash", "exec 3>/tmp/three; echo x >&3; cat /tmp/three; exec > /tmp/log; echo hidden; cat /tmp/log >&2").err).toBe("hidden\n");
    expect(runScript("dash", "exec echo replaced; echo never")).toMatchObject({ out: "replaced\n", status: 0 });
  });

  it("advances the virtual clock with sleep; a background sleep does not delay the script until wait", () => {
    expect(runScript("dash", "date +%T; sleep 90; date +%T; sleep 5 & date +%T; wait; date +%T").out).toBe("09:00:00\n09:01:30\n09:01:30\n09:01:35\n");
  });

  it("shows a background job's output after the foreground's next command (verified with dash: `echo hi &> /dev/null`)", () => {
    expect(runScript("dash", "echo bg & echo fg").out).toBe("fg\nbg\n");
    expect(runScript("dash", "echo bg & sleep 1; echo fg").out).toBe("bg\nfg\n");
  });
});

describe("interactive sessions (docker run -it IMAGE sh)", () => {
  it("keeps state between lines, words errors without line numbers (ash, bash) or with a running count (dash)", () => {
    const ash = createTestShell("ash", { mode: "interactive", cwd: "/" }).shell;
    expect(ash.prompt()).toBe("/ # ");
    expect(ash.run("x=5").status).toBe(0);
    expect(ash.run("echo $x").chunks).toEqual([{ stream: "stdout", text: "5\n" }]);
    expect(ash.run("cd /nope").chunks).toEqual([{ stream: "stderr", text: "sh: cd: can't cd to /nope: No such file or directory\n" }]);
    expect(ash.run("if true; then fi")).toMatchObject({ status: 2, exited: false });
    ash.run("cd /tmp");
    expect(ash.prompt()).toBe("/tmp # ");
    expect(ash.run("exit 3")).toMatchObject({ status: 3, exited: true });

    const dash = createTestShell("dash", { mode: "interactive" }).shell;
    expect(dash.prompt()).toBe("# ");
    expect(dash.run("foo").chunks[0]?.text).toBe("sh: 1: foo: not found\n");
    expect(dash.run("foo").chunks[0]?.text).toBe("sh: 2: foo: not found\n");

    const bash = createTestShell("bash", { mode: "interactive", cwd: "/" }).shell;
    expect(bash.prompt()).toBe("root@container:/# ");
    expect(bash.run("foo").chunks[0]?.text).toBe("bash: foo: command not found\n");
    expect(bash.run("if true; then fi").chunks[0]?.text).toBe("bash: syntax error near unexpected token `fi'\n");
  });

  it("asks for more input while a command is unfinished (PS2)", () => {
    const { shell } = createTestShell("dash", { mode: "interactive" });
    expect(shell.needsMoreInput("if true; then")).toBe(true);
    expect(shell.needsMoreInput("echo 'open")).toBe(true);
    expect(shell.needsMoreInput("cat <<EOF")).toBe(false);
    expect(shell.needsMoreInput("echo done")).toBe(false);
    expect(shell.needsMoreInput("fi")).toBe(false);
    expect(shell.prompt(true)).toBe("> ");
  });

  it("exposes the working directory and environment after a run (docker exec, WORKDIR)", () => {
    const { shell } = createTestShell("bash");
    shell.run("cd /tmp; export GREETING=hi; LOCAL=1");
    expect(shell.cwd).toBe("/tmp");
    expect(shell.env.GREETING).toBe("hi");
    expect(shell.env.LOCAL).toBeUndefined();
    expect(shell.getVar("LOCAL")).toBe("1");
  });
});

const WORDS = [
  "echo", "printf", "cat", "ls", "-l", "-la", "cd", "..", "/", "/tmp", "/nope", "mkdir", "-p", "rm", "-rf", "cp", "mv", "touch", "chmod", "755", "+x", "ln", "-s",
  "grep", "-v", "sed", "s/a/b/", "wc", "-l", "sort", "uniq", "tr", "a-z", "A-Z", "cut", "-d:", "-f1", "head", "tail", "-n", "2", "find", ".", "-name", "'*.txt'",
  "xargs", "tee", "tar", "-cf", "x.tar", "sleep", "1", "date", "uname", "-a", "id", "whoami", "env", "seq", "5", "expr", "1", "+", "yes", "sh", "-c", "bash",
  "f.txt", "x", "$x", "${x:-d}", "$(echo", ")", "`", "$((1+2))", "\"a b\"", "'q'", "*", "?", "~", "x=1", "IFS=:", "|", "||", "&&", ";", "&", ">", ">>", "<", "2>&1",
  "<<EOF", "EOF", "\n", "if", "then", "fi", "for", "i", "in", "do", "done", "while", "true", "false", "case", "esac", "f()", "{", "}", "(", "return", "exit", "set", "-e",
  "-u", "-x", "read", "eval", "export", "unset", "shift", "trap", "local", "test", "[", "]", "[[", "]]", "!", "#", "\\", "exec", "command", "-v", "type", "wait",
];

describe("the interpreter on random command lines", () => {
  it("never throws, and ends every run with a status from 0 to 255", () => {
    fc.assert(
      fc.property(fc.constantFrom<ShellFlavor>("dash", "ash", "bash"), fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }), fc.string({ maxLength: 20 }), (flavor, words, stdin) => {
        const r = runScript(flavor, words.join(" "), { stepBudget: 3000, stdin });
        expect(r.status).toBeGreaterThanOrEqual(0);
        expect(r.status).toBeLessThanOrEqual(255);
        expect(r.err).not.toContain("internal error");
      }),
      { numRuns: 400 },
    );
  });
});

describe("a terminal on stdout (docker run -t)", () => {
  // Verified on a pty: BusyBox byte for byte; GNU ls pads with a tab where it can (tabsize 8), which looks the same.
  it("makes ls lay out columns, but not into a pipe or a file", () => {
    const files = Object.fromEntries(["alpha", "beta", "gamma", "delta.txt"].map((n) => [`/data/${n}`, ""]));
    const gnu = createTestShell("dash", { tty: true, files, cwd: "/data" }).shell;
    expect(gnu.run("ls; ls | cat").chunks.map((c) => c.text).join("")).toBe("alpha  beta  delta.txt  gamma\nalpha\nbeta\ndelta.txt\ngamma\n");
    const busybox = createTestShell("ash", { tty: true, files, cwd: "/data" }).shell;
    expect(busybox.run("ls").chunks.map((c) => c.text).join("")).toBe("alpha      beta       delta.txt  gamma\n");
  });
});
