import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { VirtualClock } from "../core/clock";
import { Output } from "../core/io";
import { MemoryFs } from "../vfs/memory-fs";
import { HOST_BUILTINS } from "./builtins/index";
import { formatColumns } from "./builtins/ls";
import { ShellInterpreter } from "./interpreter";
import { createShellSession, formatPrompt, type HostNetwork } from "./session";

// Expected outputs are those of bash 5.2 with GNU coreutils 9.1 and curl 7.88 (Debian 12),
// checked against the real tools.

const HOME = "/home/learner/workspace";

function setup() {
  const clock = new VirtualClock();
  const fs = new MemoryFs(() => clock.now());
  fs.mkdir(HOME, { recursive: true });
  const session = createShellSession(HOME);
  const requests: { host: string; port: number; path: string }[] = [];
  const network: HostNetwork = {
    httpGet(host, port, path) {
      requests.push({ host, port, path });
      return "refused";
    },
  };
  const shell = new ShellInterpreter({ fs, session, clock, network, commands: HOST_BUILTINS });
  const run = (line: string) => {
    const out = new Output();
    const code = shell.runLine(line, out);
    return out.result(code);
  };
  return { fs, session, clock, run, requests };
}

describe("echo and redirections", () => {
  it("prints its arguments joined by spaces", () => {
    const { run } = setup();
    expect(run('echo hello   "big  world"')).toMatchObject({ stdout: "hello big  world\n", stderr: "", exitCode: 0 });
    expect(run("echo -n no newline").stdout).toBe("no newline");
    expect(run("echo -e 'a\\tb\\n'").stdout).toBe("a\tb\n\n");
    expect(run("echo 'a\\tb'").stdout).toBe("a\\tb\n");
    expect(run("echo -x").stdout).toBe("-x\n");
    expect(run("echo").stdout).toBe("\n");
  });

  it("> truncates and >> appends", () => {
    const { run, fs } = setup();
    expect(run("echo one > notes.txt")).toMatchObject({ stdout: "", exitCode: 0 });
    run("echo two >> notes.txt");
    expect(fs.readFile(`${HOME}/notes.txt`)).toBe("one\ntwo\n");
    run("echo three > notes.txt");
    expect(fs.readFile(`${HOME}/notes.txt`)).toBe("three\n");
    run(">> new.txt");
    expect(fs.readFile(`${HOME}/new.txt`)).toBe("");
  });

  it("routes stderr with 2>, 2>&1 and &>", () => {
    const { run, fs } = setup();
    expect(run("cat nope 2> err.txt")).toMatchObject({ stdout: "", stderr: "", exitCode: 1 });
    expect(fs.readFile(`${HOME}/err.txt`)).toBe("cat: nope: No such file or directory\n");
    expect(run("cat nope > all.txt 2>&1")).toMatchObject({ stderr: "", exitCode: 1 });
    expect(fs.readFile(`${HOME}/all.txt`)).toBe("cat: nope: No such file or directory\n");
    // 2>&1 before > sends stderr to where stdout pointed then: the terminal's stdout.
    expect(run("cat nope 2>&1 > out.txt")).toMatchObject({ stdout: "cat: nope: No such file or directory\n", stderr: "" });
    expect(fs.readFile(`${HOME}/out.txt`)).toBe("");
    run("nope &> both.txt");
    expect(fs.readFile(`${HOME}/both.txt`)).toBe("bash: nope: command not found\n");
  });

  it("reports redirection failures as bash does, with status 1", () => {
    const { run, fs } = setup();
    fs.mkdir(`${HOME}/dir`);
    fs.writeFile(`${HOME}/f`, "");
    expect(run("echo hi > dir")).toMatchObject({ stderr: "bash: dir: Is a directory\n", exitCode: 1 });
    expect(run("echo hi > nodir/x")).toMatchObject({ stderr: "bash: nodir/x: No such file or directory\n", exitCode: 1 });
    expect(run("echo hi > f/x")).toMatchObject({ stderr: "bash: f/x: Not a directory\n", exitCode: 1 });
    expect(run("cat < missing")).toMatchObject({ stderr: "bash: missing: No such file or directory\n", exitCode: 1 });
  });

  it("feeds < files and pipes to stdin", () => {
    const { run } = setup();
    run("echo piped > in.txt");
    expect(run("cat < in.txt").stdout).toBe("piped\n");
    expect(run("echo through | cat").stdout).toBe("through\n");
    expect(run("echo a | cat - in.txt").stdout).toBe("a\npiped\n");
  });

  it("sends a pipeline stage's stderr to the terminal and only stdout down the pipe", () => {
    const { run } = setup();
    expect(run("cat nope | cat")).toMatchObject({ stdout: "", stderr: "cat: nope: No such file or directory\n", exitCode: 0 });
  });
});

describe("cat", () => {
  it("concatenates files and reports each failure", () => {
    const { run, fs } = setup();
    fs.writeFile(`${HOME}/a`, "A\n");
    fs.mkdir(`${HOME}/d`);
    expect(run("cat a x a")).toMatchObject({ stdout: "A\nA\n", stderr: "cat: x: No such file or directory\n", exitCode: 1 });
    expect(run("cat d")).toMatchObject({ stderr: "cat: d: Is a directory\n", exitCode: 1 });
    expect(run("cat a/x")).toMatchObject({ stderr: "cat: a/x: Not a directory\n", exitCode: 1 });
  });
});

describe("ls", () => {
  it("lists names in columns, sorted, hiding dot files", () => {
    const { run, fs } = setup();
    fs.writeFile(`${HOME}/b.txt`, "");
    fs.writeFile(`${HOME}/a.txt`, "");
    fs.writeFile(`${HOME}/.hidden`, "");
    fs.mkdir(`${HOME}/dir`);
    expect(run("ls")).toMatchObject({ stdout: "a.txt  b.txt  dir\n", exitCode: 0 });
    expect(run("ls -a").stdout).toBe(".  ..  .hidden  a.txt  b.txt  dir\n");
    expect(run("ls -A").stdout).toBe(".hidden  a.txt  b.txt  dir\n");
    expect(run("ls -1").stdout).toBe("a.txt\nb.txt\ndir\n");
    expect(run("ls -F").stdout).toBe("a.txt  b.txt  dir/\n");
    expect(run("ls dir").stdout).toBe("");
  });

  it("fills columns top to bottom within 80 cells", () => {
    const { run, fs } = setup();
    for (let i = 1; i <= 20; i++) fs.writeFile(`${HOME}/file${String(i).padStart(2, "0")}`, "");
    const rows = run("ls").stdout.split("\n");
    expect(rows).toEqual([
      "file01  file03  file05  file07  file09  file11  file13  file15  file17  file19",
      "file02  file04  file06  file08  file10  file12  file14  file16  file18  file20",
      "",
    ]);
  });

  it("needs the line to be shorter than 80 cells (ls.c: line_len < line_length)", () => {
    const a39 = "a".repeat(39);
    const b39 = "b".repeat(39);
    expect(formatColumns([a39, b39])).toBe(`${a39}\n${b39}\n`);
    expect(formatColumns([a39.slice(1), b39])).toBe(`${a39.slice(1)}  ${b39}\n`);
    const letters = [..."Aabcdefghijklmnopqrstuvwxyz"];
    expect(formatColumns(letters)).toBe(letters.join("  ") + "\n");
  });

  it("prints files before directories, with headers for several operands", () => {
    const { run, fs } = setup();
    fs.mkdir(`${HOME}/d1`);
    fs.writeFile(`${HOME}/d1/x`, "");
    fs.mkdir(`${HOME}/d2`);
    fs.writeFile(`${HOME}/f`, "");
    expect(run("ls d1 f d2").stdout).toBe("f\n\nd1:\nx\n\nd2:\n");
  });

  it("reports a missing operand with exit status 2, and still lists the rest", () => {
    const { run, fs } = setup();
    fs.writeFile(`${HOME}/f`, "");
    expect(run("ls x")).toMatchObject({ stdout: "", stderr: "ls: cannot access 'x': No such file or directory\n", exitCode: 2 });
    expect(run("ls x f")).toMatchObject({ stdout: "f\n", exitCode: 2 });
    expect(run("ls f/x")).toMatchObject({ stderr: "ls: cannot access 'f/x': Not a directory\n", exitCode: 2 });
    // GNU quotearg switches to double quotes for a name with ' and no shell-special characters.
    expect(run("ls \"it's\"").stderr).toBe("ls: cannot access \"it's\": No such file or directory\n");
    expect(run("ls \"it's*\"").stderr).toBe("ls: cannot access 'it'\\''s*': No such file or directory\n");
    expect(run("ls 'a b'").stderr).toBe("ls: cannot access 'a b': No such file or directory\n");
  });

  it("rejects unknown options", () => {
    const { run } = setup();
    expect(run("ls -z")).toMatchObject({ stderr: "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", exitCode: 2 });
  });

  it("prints a long listing with -l", () => {
    const { run, fs, clock } = setup();
    clock.set(Date.UTC(2025, 2, 1, 9, 5));
    fs.writeFile(`${HOME}/hello.txt`, "hello\n");
    expect(run("ls -l").stdout).toBe("total 4\n-rw-r--r-- 1 learner learner 6 Mar  1 09:05 hello.txt\n");
  });
});

describe("cd and pwd", () => {
  it("moves around and remembers OLDPWD", () => {
    const { run, session, fs } = setup();
    fs.mkdir(`${HOME}/src/app`, { recursive: true });
    expect(run("pwd").stdout).toBe(`${HOME}\n`);
    expect(run("cd src/app && pwd").stdout).toBe(`${HOME}/src/app\n`);
    expect(run("cd ../.. && pwd").stdout).toBe(`${HOME}\n`);
    expect(run("cd /tmp").stderr).toBe("bash: cd: /tmp: No such file or directory\n");
    expect(run("cd / && pwd").stdout).toBe("/\n");
    expect(run("cd -").stdout).toBe(`${HOME}\n`);
    expect(session.cwd).toBe(HOME);
    run("cd src");
    expect(run("cd").exitCode).toBe(0);
    expect(session.cwd).toBe(HOME);
    expect(run("cd ~/src && pwd").stdout).toBe(`${HOME}/src\n`);
    expect(session.vars.PWD).toBe(`${HOME}/src`);
  });

  it("reports errors with bash's wording", () => {
    const { run, fs } = setup();
    fs.writeFile(`${HOME}/f`, "");
    expect(run("cd nope")).toMatchObject({ stderr: "bash: cd: nope: No such file or directory\n", exitCode: 1 });
    expect(run("cd f")).toMatchObject({ stderr: "bash: cd: f: Not a directory\n", exitCode: 1 });
    expect(run("cd f/x")).toMatchObject({ stderr: "bash: cd: f/x: Not a directory\n", exitCode: 1 });
    expect(run("cd a b")).toMatchObject({ stderr: "bash: cd: too many arguments\n", exitCode: 1 });
  });

  it("shows the directory in the prompt with ~ for home", () => {
    const { run, session, fs } = setup();
    fs.mkdir(`${HOME}/src`);
    expect(formatPrompt(session)).toBe("learner@dockyard:~$ ");
    run("cd src");
    expect(formatPrompt(session)).toBe("learner@dockyard:~/src$ ");
    run("cd /");
    expect(formatPrompt(session)).toBe("learner@dockyard:/$ ");
  });
});

describe("mkdir, touch, rm, cp, mv", () => {
  it("mkdir creates directories; -p creates parents and tolerates existing ones", () => {
    const { run, fs } = setup();
    expect(run("mkdir a").exitCode).toBe(0);
    expect(run("mkdir a")).toMatchObject({ stderr: "mkdir: cannot create directory ‘a’: File exists\n", exitCode: 1 });
    expect(run("mkdir x/y")).toMatchObject({ stderr: "mkdir: cannot create directory ‘x/y’: No such file or directory\n", exitCode: 1 });
    expect(run("mkdir -p x/y/z a").exitCode).toBe(0);
    expect(fs.stat(`${HOME}/x/y/z`)).toMatchObject({ type: "dir" });
    expect(run("mkdir")).toMatchObject({ stderr: "mkdir: missing operand\nTry 'mkdir --help' for more information.\n", exitCode: 1 });
    expect(run("mkdir -v b").stdout).toBe("mkdir: created directory ‘b’\n");
  });

  it("mkdir through a file says Not a directory, naming the file with -p", () => {
    const { run } = setup();
    run("touch f");
    expect(run("mkdir f/b").stderr).toBe("mkdir: cannot create directory ‘f/b’: Not a directory\n");
    expect(run("mkdir -p f/b/c").stderr).toBe("mkdir: cannot create directory ‘f’: Not a directory\n");
    expect(run("mkdir -p f").stderr).toBe("mkdir: cannot create directory ‘f’: File exists\n");
  });

  it("touch creates empty files and keeps existing content", () => {
    const { run, fs } = setup();
    fs.writeFile(`${HOME}/keep`, "data");
    expect(run("touch new keep").exitCode).toBe(0);
    expect(fs.readFile(`${HOME}/new`)).toBe("");
    expect(fs.readFile(`${HOME}/keep`)).toBe("data");
    expect(run("touch nodir/x")).toMatchObject({ stderr: "touch: cannot touch 'nodir/x': No such file or directory\n", exitCode: 1 });
    expect(run("touch")).toMatchObject({ stderr: "touch: missing file operand\nTry 'touch --help' for more information.\n", exitCode: 1 });
  });

  it("rm removes files, directories only with -r, and -f silences missing files", () => {
    const { run, fs } = setup();
    run("mkdir -p d/sub && touch d/sub/f file");
    expect(run("rm d")).toMatchObject({ stderr: "rm: cannot remove 'd': Is a directory\n", exitCode: 1 });
    expect(run("rm nope")).toMatchObject({ stderr: "rm: cannot remove 'nope': No such file or directory\n", exitCode: 1 });
    expect(run("rm file/x").stderr).toBe("rm: cannot remove 'file/x': Not a directory\n");
    expect(run("rm -f nope").exitCode).toBe(0);
    expect(run("rm -r d file").exitCode).toBe(0);
    expect(fs.readdir(HOME)).toEqual([]);
    expect(run("rm")).toMatchObject({ stderr: "rm: missing operand\nTry 'rm --help' for more information.\n", exitCode: 1 });
  });

  it("cp copies files, and directories with -r", () => {
    const { run, fs } = setup();
    run("mkdir -p src/lib && echo one > src/a && echo two > src/lib/b");
    expect(run("cp src/a copy").exitCode).toBe(0);
    expect(fs.readFile(`${HOME}/copy`)).toBe("one\n");
    expect(run("cp src dst")).toMatchObject({ stderr: "cp: -r not specified; omitting directory 'src'\n", exitCode: 1 });
    expect(run("cp -r src dst").exitCode).toBe(0);
    expect(fs.readFile(`${HOME}/dst/lib/b`)).toBe("two\n");
    expect(run("cp -r src dst").exitCode).toBe(0);
    expect(fs.readFile(`${HOME}/dst/src/a`)).toBe("one\n"); // into the existing directory
    expect(run("cp nope x")).toMatchObject({ stderr: "cp: cannot stat 'nope': No such file or directory\n", exitCode: 1 });
    expect(run("cp src/a")).toMatchObject({
      stderr: "cp: missing destination file operand after 'src/a'\nTry 'cp --help' for more information.\n",
      exitCode: 1,
    });
    expect(run("cp src/a copy nodir")).toMatchObject({ stderr: "cp: target 'nodir': Not a directory\n", exitCode: 1 });
  });

  it("cp refuses to copy a file onto itself", () => {
    const { run } = setup();
    run("touch z");
    expect(run("cp z z")).toMatchObject({ stderr: "cp: 'z' and 'z' are the same file\n", exitCode: 1 });
    expect(run("cp z .")).toMatchObject({ stderr: "cp: 'z' and './z' are the same file\n", exitCode: 1 });
  });

  it("cp -r of a directory into itself stops instead of recursing forever", () => {
    const { run, fs } = setup();
    run("mkdir a && touch a/f1");
    expect(run("cp -r a a/new")).toMatchObject({ stderr: "cp: cannot copy a directory, 'a', into itself, 'a/new'\n", exitCode: 1 });
    expect(fs.readdir(`${HOME}/a`)).toEqual(["f1", "new"]);
    expect(fs.readdir(`${HOME}/a/new`)).toEqual(["f1"]);
    expect(run("cp -r a a").stderr).toBe("cp: cannot copy a directory, 'a', into itself, 'a/a'\n");
    expect(run("cp -r / x")).toMatchObject({ stderr: "cp: cannot copy a directory, '/', into itself, 'x'\n", exitCode: 1 });
    expect(run("cp -r / ..")).toMatchObject({ stderr: "cp: cannot copy a directory, '/', into itself, '..'\n", exitCode: 1 });
  });

  it("mv renames and moves into directories", () => {
    const { run, fs } = setup();
    run("echo x > a && mkdir d");
    expect(run("mv a b").exitCode).toBe(0);
    expect(fs.readFile(`${HOME}/b`)).toBe("x\n");
    expect(run("mv b d").exitCode).toBe(0);
    expect(fs.readFile(`${HOME}/d/b`)).toBe("x\n");
    expect(run("mv nope x")).toMatchObject({ stderr: "mv: cannot stat 'nope': No such file or directory\n", exitCode: 1 });
    expect(run("mv d/b")).toMatchObject({
      stderr: "mv: missing destination file operand after 'd/b'\nTry 'mv --help' for more information.\n",
    });
  });

  it("mv refuses a move onto itself or into its own subdirectory", () => {
    const { run, fs } = setup();
    run("mkdir d && touch z");
    expect(run("mv z .")).toMatchObject({ stderr: "mv: 'z' and './z' are the same file\n", exitCode: 1 });
    expect(run("mv d d")).toMatchObject({ stderr: "mv: cannot move 'd' to a subdirectory of itself, 'd/d'\n", exitCode: 1 });
    expect(run("mv d d/x").stderr).toBe("mv: cannot move 'd' to a subdirectory of itself, 'd/x'\n");
    expect(run("mv / x").exitCode).toBe(1);
    expect(fs.stat(`${HOME}/d`)).toMatchObject({ type: "dir" });
  });
});

describe("command lookup, status and variables", () => {
  it("reports an unknown command with status 127", () => {
    const { run } = setup();
    expect(run("nope")).toMatchObject({ stdout: "", stderr: "bash: nope: command not found\n", exitCode: 127 });
    expect(run("echo $?").stdout).toBe("127\n");
    expect(run("echo $?").stdout).toBe("0\n");
    expect(run("./script.sh")).toMatchObject({ stderr: "bash: ./script.sh: No such file or directory\n", exitCode: 127 });
  });

  it("does not mistake Object.prototype members for commands or variables", () => {
    const { run } = setup();
    expect(run("constructor")).toMatchObject({ stderr: "bash: constructor: command not found\n", exitCode: 127 });
    expect(run("toString")).toMatchObject({ exitCode: 127 });
    expect(run("echo $constructor $toString \"$__proto__\"")).toMatchObject({ stdout: "\n", exitCode: 0 });
    expect(run("echo x$constructor\"$toString\"y").stdout).toBe("xy\n");
  });

  it("prefix assignments go to the command only; bare assignments set shell variables", () => {
    const { run, session } = setup();
    expect(run("A=1 echo $A").stdout).toBe("\n");
    expect(session.vars.A).toBeUndefined();
    expect(run("A=1; echo $A").stdout).toBe("1\n");
    expect(run("B=2 env").stdout).toContain("B=2\n");
    expect(session.vars.B).toBeUndefined();
    expect(run('GREETING="hello world"; echo "$GREETING!"').stdout).toBe("hello world!\n");
    expect(run("export C=3 && env").stdout).toContain("C=3\n");
    expect(run("export 1x=2")).toMatchObject({ stderr: "bash: export: `1x=2': not a valid identifier\n", exitCode: 1 });
  });

  it("short-circuits && and ||, left to right", () => {
    const { run } = setup();
    expect(run("true && echo yes").stdout).toBe("yes\n");
    expect(run("false && echo yes").stdout).toBe("");
    expect(run("false || echo fallback").stdout).toBe("fallback\n");
    expect(run("true || echo never").stdout).toBe("");
    expect(run("false && echo a || echo b").stdout).toBe("b\n");
    expect(run("true || echo a && echo c").stdout).toBe("c\n");
    expect(run("nope || echo $?").stdout).toBe("127\n");
    expect(run("false; echo $?").stdout).toBe("1\n");
    expect(run("false && true").exitCode).toBe(1);
  });

  it("reports syntax errors with status 2 and runs nothing", () => {
    const { run, fs } = setup();
    expect(run("echo a && && echo b")).toMatchObject({
      stdout: "",
      stderr: "bash: syntax error near unexpected token `&&'\n",
      exitCode: 2,
    });
    expect(run("echo $?").stdout).toBe("2\n");
    expect(run("echo 'oops > f").stderr).toBe("bash: unexpected EOF while looking for matching `''\n");
    expect(fs.stat(`${HOME}/f`)).toBeNull();
    expect(run("echo a |")).toMatchObject({ stdout: "", stderr: "bash: syntax error: unexpected end of file\n", exitCode: 2 });
  });

  it("runs $(...) in a subshell: output captured, cd/variables/exit do not leak", () => {
    const { run, session, fs } = setup();
    fs.mkdir(`${HOME}/sub`);
    expect(run("echo [$(echo a   b)] \"$(pwd)\"").stdout).toBe(`[a b] ${HOME}\n`);
    expect(run("echo $(cd sub; pwd)").stdout).toBe(`${HOME}/sub\n`);
    expect(session.cwd).toBe(HOME);
    expect(run("X=1; echo $(X=2; echo $X) $X").stdout).toBe("2 1\n");
    expect(run("echo $(exit 3); echo after").stdout).toBe("\nafter\n");
    expect(session.exited).toBe(false);
  });

  it("gives an assignment-only command the status of its last command substitution", () => {
    const { run } = setup();
    expect(run("A=$(false); echo $?").stdout).toBe("1\n");
    expect(run("A=$(true); echo $?").stdout).toBe("0\n");
    expect(run("A=x; echo $?").stdout).toBe("0\n");
  });

  it("expands $HOME, $PWD and a leading ~", () => {
    const { run, fs } = setup();
    expect(run("echo $HOME $PWD $USER").stdout).toBe(`${HOME} ${HOME} learner\n`);
    fs.writeFile(`${HOME}/f`, "in home\n");
    expect(run("echo ~ ~/x '~' \\~ x~").stdout).toBe(`${HOME} ${HOME}/x ~ ~ x~\n`);
    expect(run("cd / && cat ~/f && ls ~").stdout).toBe("in home\nf\n");
    expect(run("echo hi > ~/g && cat ~/g").stdout).toBe("hi\n");
  });
});

describe("sleep, curl, history, exit", () => {
  it("sleep advances the virtual clock and validates its operand", () => {
    const { run, clock } = setup();
    const start = clock.now();
    expect(run("sleep 2").exitCode).toBe(0);
    expect(clock.now() - start).toBe(2000);
    run("sleep 1m 0.5");
    expect(clock.now() - start).toBe(62_500);
    run("sleep .25s");
    expect(clock.now() - start).toBe(62_750);
    expect(run("sleep abc")).toMatchObject({
      stderr: "sleep: invalid time interval ‘abc’\nTry 'sleep --help' for more information.\n",
      exitCode: 1,
    });
    expect(run("sleep")).toMatchObject({ stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", exitCode: 1 });
    expect(clock.now() - start).toBe(62_750);
  });

  it("curl to a closed localhost port fails like curl 7.88 with exit 7", () => {
    const { run, requests } = setup();
    expect(run("curl localhost")).toMatchObject({
      stdout: "",
      stderr: "curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n",
      exitCode: 7,
    });
    expect(run("curl http://localhost:8080/api?x=1").stderr).toBe(
      "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n",
    );
    expect(requests).toEqual([
      { host: "localhost", port: 80, path: "/" },
      { host: "localhost", port: 8080, path: "/api" },
    ]);
    expect(run("curl -s localhost")).toMatchObject({ stderr: "", exitCode: 7 });
    expect(run("curl -sS localhost").stderr).toContain("curl: (7)");
    expect(run("echo $?").stdout).toBe("7\n");
  });

  it("history prints %5d and two spaces", () => {
    const { run, session } = setup();
    session.history.push("ls", "docker ps", "history");
    expect(run("history").stdout).toBe("    1  ls\n    2  docker ps\n    3  history\n");
    expect(run("history 1").stdout).toBe("    3  history\n");
    for (let i = 4; i <= 12; i++) session.history.push(`cmd${i}`);
    expect(run("history 2").stdout).toBe("   11  cmd11\n   12  cmd12\n");
    run("history -c");
    expect(session.history).toEqual([]);
  });

  it("exit sets session.exited and stops the rest of the line", () => {
    const { run, session } = setup();
    expect(run("exit 3; echo after")).toMatchObject({ stdout: "", exitCode: 3 });
    expect(session.exited).toBe(true);
  });

  it("exit without a number keeps the last status", () => {
    const { run, session } = setup();
    run("false");
    expect(run("exit").exitCode).toBe(1);
    expect(session.exited).toBe(true);
  });

  it("exit with a bad number says so and exits with 2", () => {
    const { run, session } = setup();
    expect(run("exit abc")).toMatchObject({ stderr: "bash: exit: abc: numeric argument required\n", exitCode: 2 });
    expect(session.exited).toBe(true);
  });
});

describe("interpreter properties", () => {
  it("never throws on arbitrary lines, and every status is a byte", () => {
    const piece = fc.constantFrom(
      "echo", "cat", "ls", "cd", "mkdir -p", "rm -r", "cp -r", "mv", "touch", "sleep", "curl", "history", "true", "false",
      "nope", " ", "a", "b/c", "..", "/", ">", ">>", "<", "2>&1", "|", "&&", "||", ";", "'", '"', "$", "$?", "$(", ")",
      "${X:-d}", "X=1", "-f", "-z", "constructor", "__proto__", "~",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const { run, session } = setup();
        const result = run(pieces.join(" "));
        expect(Number.isInteger(result.exitCode)).toBe(true);
        expect(result.exitCode).toBeGreaterThanOrEqual(0);
        expect(result.exitCode).toBeLessThan(256);
        expect(session.lastExit).toBe(result.exitCode);
        expect(result.stderr).not.toMatch(/TypeError|RangeError|Maximum call stack|undefined|\[object /);
      }),
      { numRuns: 600 },
    );
  });
});
