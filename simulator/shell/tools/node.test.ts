import { describe, expect, it } from "vitest";
import { createImageShell } from "../testing/image-shell";
import { runLiteralProgram } from "./literal-program";

describe("node", () => {
  it("reports its version from the image", () => {
    const c = createImageShell("node");
    expect(c.run("node --version; node -v")).toEqual({ out: "v20.18.3\nv20.18.3\n", err: "", status: 0 });
  });

  it("runs npm's entry script: the /usr/local/bin/npm launcher, or named directly", () => {
    const c = createImageShell("node");
    expect(c.run("node /usr/local/lib/node_modules/npm/bin/npm-cli.js --version").out).toBe("10.8.2\n");
    expect(c.run("/usr/local/bin/npm -v").out).toBe("10.8.2\n");
  });

  it("fails on a missing entry script with MODULE_NOT_FOUND (exit 1)", () => {
    const c = createImageShell("node");
    const r = c.run("node server.js");
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^node:internal\/modules\/cjs\/loader:\d+\n  throw err;\n  \^\n\nError: Cannot find module '\/app\/server\.js'\n    at Module\._resolveFilename/);
    expect(r.err).toMatch(/  code: 'MODULE_NOT_FOUND',\n  requireStack: \[\]\n\}\n\nNode\.js v20\.18\.3\n$/);
  });

  it("prints console.log of literal text; other code is not run, and says so", () => {
    const c = createImageShell("node");
    c.fs.writeFile("/app/hello.js", "// hi\n'use strict';\nconsole.log('hello', \"world\");\nconsole.error(`careful`);\n");
    expect(c.run("node hello.js")).toEqual({ out: "hello world\n", err: "careful\n", status: 0 });
    expect(c.run("node hello")).toEqual({ out: "hello world\n", err: "careful\n", status: 0 });
    expect(c.run(`node -e 'console.log("x")'`).out).toBe("x\n");
    expect(c.run(`node -p '"y"'`).out).toBe("y\n");
    c.fs.writeFile("/app/server.js", "const http = require('http');\nhttp.createServer(() => {}).listen(3000);\n");
    expect(c.run("node server.js")).toEqual({ out: "", err: "node: note: Dockyard simulates only console.log() of literal text; server.js was not run\n", status: 0 });
  });
});

describe("runLiteralProgram", () => {
  const run = (source: string, language: "python" | "javascript" | "go") => {
    let out = "";
    let err = "";
    const ctx = { argv: ["prog"], out: { out: (t: string) => void (out += t), err: (t: string) => void (err += t) } } as unknown as Parameters<typeof runLiteralProgram>[0];
    const status = runLiteralProgram(ctx, source, language, "it");
    return { out, err, status };
  };

  it("handles escapes, separators and Go's fmt", () => {
    expect(run(`print("a\\tb", 'c', end="")\nprint(f"{{x}}")`, "python").out).toBe("a\tb c{x}\n");
    expect(run(`print(r"\\n")`, "python").out).toBe("\\n\n");
    expect(run('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Print("a")\n\tfmt.Println("b", "c")\n}\n', "go").out).toBe("ab c\n");
    expect(run('print(f"{name}")', "python")).toEqual({ out: "", err: "prog: note: Dockyard simulates only print() of literal text; it was not run\n", status: 0 });
  });
});
