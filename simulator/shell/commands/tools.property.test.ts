import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../core/clock";
import { createLayer } from "../../vfs/layer";
import { calculateResolvedPath } from "../../vfs/path";
import { UnionFs } from "../../vfs/union-fs";
import { WritableLayer } from "../../vfs/writable-layer";
import { Budget } from "../posix/state";
import { createFakeNetwork, createImageEntries, createImageEnv, NODE_USER, ROOT, type TestImageKind } from "../testing/image-shell";
import { createCommandTable } from "./index";
import type { PosixCommandContext, ShellUser } from "./types";

const TOKENS: Record<string, string[]> = {
  npm: ["install", "i", "ci", "run", "start", "test", "uninstall", "init", "-y", "cache", "clean", "--force", "ls", "-g", "-D", "--omit=dev", "--production", "--", "express", "lodash@^4", "nosuch", "build", "-v", "--version", "@types/node", "react@18"],
  yarn: ["install", "add", "run", "build", "--frozen-lockfile", "--production", "-D", "cors", "nosuch", "--version", "cache", "clean", "--"],
  useradd: ["-m", "-r", "-u", "1000", "-g", "users", "-G", "users,staff", "-s", "/bin/bash", "-d", "/home/x", "-M", "-U", "-N", "app", "node", "--badname", "-o", "-c"],
  groupadd: ["-r", "-g", "1000", "-f", "web", "node", "-o", "--gid"],
  adduser: ["--system", "--group", "--disabled-password", "--gecos", "", "--no-create-home", "--home", "/srv", "--shell", "--uid", "42", "--ingroup", "users", "-D", "-S", "-G", "-H", "-h", "-u", "app", "node", "users"],
  addgroup: ["--system", "--gid", "1001", "-S", "-g", "app", "node", "users"],
  curl: ["-s", "-S", "-f", "-L", "-o", "/tmp/x", "-O", "-I", "-i", "-X", "POST", "-H", "A: b", "-d", "x=1", "-w", "%{http_code}", "--fail", "http://web/", "http://nowhere/", "localhost:5000", "ftp://x", "-v", "--connect-timeout", "2"],
  wget: ["-q", "-O", "-", "/tmp/y", "-P", "/tmp", "--spider", "-nv", "http://web/", "http://nowhere/", "http://localhost:5000/", "--header", "X: y"],
  make: ["-f", "Makefile", "-C", "/app", "-n", "-s", "-B", "all", "test", "nope", "CC=gcc", "-k"],
  go: ["build", "run", "test", "mod", "init", "download", "tidy", "get", "env", "version", "-o", "out", ".", "./...", "example.com/x", "github.com/google/uuid"],
  python3: ["-c", "print('x')", "-m", "venv", "pip", "/tmp/v", "--version", "missing.py", "install", "nosuch"],
  node: ["-e", "console.log(1)", "-v", "missing.js", "/usr/local/bin/npm", "--version", "-p"],
  sha256sum: ["-c", "--status", "-", "/etc/passwd", "nosuch", "-w"],
};

function createContext(kind: TestImageKind, argv: string[], user: ShellUser, fs: UnionFs, clock: VirtualClock): PosixCommandContext {
  const table = createCommandTable({ sh: kind === "alpine" ? "ash" : "dash" });
  const env = createImageEnv(kind, user.home);
  const network = createFakeNetwork({ hosts: { web: "172.18.0.2", localhost: "127.0.0.1" }, pages: { "http://web/": { body: "hi\n" } }, refused: ["localhost:5000"] });
  return {
    argv, env, cwd: "/app", stdin: "",
    out: { out: () => undefined, err: () => undefined },
    fs, user, clock, variant: kind === "alpine" ? "busybox" : "gnu", hostname: "container", commands: table, budget: new Budget(1_000_000), network,
    resolve: (p) => calculateResolvedPath("/app", p),
    exec: () => 0,
    findProgram: (name) => (Object.hasOwn(table, name) ? `/usr/bin/${name}` : undefined),
  };
}

describe("tools never throw, whatever their arguments", () => {
  const kinds: TestImageKind[] = ["node", "alpine", "golang", "python"];
  it.each(Object.keys(TOKENS))("%s returns a status for any argument list", (command) => {
    const table = createCommandTable();
    const program = table[command];
    expect(program).toBeDefined();
    const arg = fc.oneof(fc.constantFrom(...(TOKENS[command] as string[])), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 7 }), fc.constantFrom(...kinds), fc.boolean(), (args, kind, asRoot) => {
        const clock = new VirtualClock(Date.UTC(2025, 2, 1, 9, 0, 0));
        const fs = new UnionFs([createLayer(createImageEntries(kind))], { upper: new WritableLayer(), now: () => clock.now() });
        fs.writeFile("/app/package.json", '{"name":"app","version":"1.0.0","scripts":{"build":"tsc","test":"jest"},"dependencies":{"cors":"^2.8.5"}}');
        fs.writeFile("/app/Makefile", "all: build\nbuild:\n\techo hi\ntest:\n\texit 1\n");
        fs.writeFile("/app/go.mod", "module example.com/x\n\ngo 1.23\n");
        fs.writeFile("/app/main.go", 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("x")\n}\n');
        const user = asRoot ? ROOT : NODE_USER;
        fs.setCredentials(asRoot ? undefined : { uid: user.uid, gid: user.gid });
        const status = (program as (ctx: PosixCommandContext) => number)(createContext(kind, [command, ...args], user, fs, clock));
        expect(Number.isInteger(status) && status >= 0 && status <= 255).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});
