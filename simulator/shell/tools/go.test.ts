import { describe, expect, it } from "vitest";
import { createImageShell, type ImageShell } from "../testing/image-shell";

const MAIN = 'package main\n\nimport (\n\t"fmt"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {\n\tfmt.Println("hi")\n\t_ = gin.Default()\n}\n';
const GO_MOD = "module example.com/hello\n\ngo 1.23\n\nrequire github.com/gin-gonic/gin v1.10.0\n";

function project(c: ImageShell, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const path = `/app/${name}`;
    c.fs.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    c.fs.writeFile(path, text);
  }
}

describe("go", () => {
  it("reports the toolchain version and env", () => {
    const c = createImageShell("golang");
    expect(c.run("go version")).toEqual({ out: "go version go1.23.6 linux/amd64\n", err: "", status: 0 });
    expect(c.run("go env GOPATH GOROOT GOOS")).toEqual({ out: "/go\n/usr/local/go\nlinux\n", err: "", status: 0 });
  });

  it("needs a go.mod", () => {
    const c = createImageShell("golang");
    project(c, { "main.go": 'package main\n\nfunc main() {}\n' });
    expect(c.run("go build -o server .")).toEqual({ out: "", err: "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n", status: 1 });
    expect(c.run("go mod download")).toMatchObject({ status: 1 });
  });

  it("fails on imports no module provides, and on missing go.sum entries", () => {
    const c = createImageShell("golang");
    project(c, { "go.mod": "module example.com/hello\n\ngo 1.23\n", "main.go": MAIN });
    expect(c.run("go build .")).toEqual({ out: "", err: "main.go:6:2: no required module provides package github.com/gin-gonic/gin; to add it:\n\tgo get github.com/gin-gonic/gin\n", status: 1 });
    project(c, { "go.mod": GO_MOD });
    expect(c.run("go build .")).toEqual({ out: "", err: "main.go:6:2: missing go.sum entry for module providing package github.com/gin-gonic/gin (imported by example.com/hello); to add:\n\tgo get example.com/hello\n", status: 1 });
  });

  it("downloads modules into GOMODCACHE and builds executables", () => {
    const c = createImageShell("golang");
    project(c, { "go.mod": GO_MOD, "main.go": MAIN });
    expect(c.run("go mod download")).toEqual({ out: "", err: "", status: 0 });
    expect(c.fs.stat("/go/pkg/mod/cache/download/github.com/gin-gonic/gin/@v/v1.10.0.zip")?.size).toBe(1_250_000);
    expect(c.fs.readFile("/app/go.sum")).toMatch(/^github\.com\/gin-gonic\/gin v1\.10\.0 h1:[A-Za-z0-9+/]+=*\ngithub\.com\/gin-gonic\/gin v1\.10\.0\/go\.mod h1:/);
    const t0 = c.clock.now();
    expect(c.run("CGO_ENABLED=0 go build -ldflags='-s -w' -o /out/server .")).toEqual({ out: "", err: "", status: 0 });
    expect(c.clock.now() - t0).toBeGreaterThan(2000);
    expect(c.fs.stat("/out/server")).toMatchObject({ type: "file", mode: 0o755 });
    expect(c.fs.stat("/out/server")?.size).toBeGreaterThan(4_000_000);
    expect(c.run("go build && ls hello").out).toBe("hello\n");
  });

  it("downloads what a build needs and is not cached yet", () => {
    const c = createImageShell("golang");
    project(c, { "go.mod": GO_MOD, "main.go": MAIN });
    c.run("go mod download && rm -rf /go/pkg/mod");
    expect(c.run("go build -o app .")).toEqual({ out: "", err: "go: downloading github.com/gin-gonic/gin v1.10.0\n", status: 0 });
  });

  it("builds ./... and ./cmd/x, writes into -o directories", () => {
    const c = createImageShell("golang");
    project(c, { "go.mod": "module example.com/svc\n\ngo 1.23\n", "cmd/api/main.go": 'package main\n\nfunc main() {}\n', "cmd/worker/main.go": 'package main\n\nfunc main() {}\n', "internal/db/db.go": "package db\n" });
    expect(c.run("go build ./...")).toEqual({ out: "", err: "", status: 0 });
    expect(c.fs.stat("/app/api")).toBeNull();
    expect(c.run("go build -o bin/ ./... && ls bin").out).toBe("api\nworker\n");
    expect(c.run("go build -o one ./...")).toEqual({ out: "", err: "go: -o one: cannot write multiple packages to non-directory one\n", status: 1 });
    expect(c.run("go build ./cmd/api && ls api").out).toBe("api\n");
    expect(c.run("go build ./cmd/nope")).toEqual({ out: "", err: "stat /app/cmd/nope: directory not found\n", status: 1 });
    expect(c.run("mkdir empty && go build ./empty")).toEqual({ out: "", err: "no Go files in /app/empty\n", status: 1 });
  });

  it("runs prints with go run, adds modules with go get, and inits modules", () => {
    const c = createImageShell("golang");
    project(c, { "main.go": 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, go")\n}\n' });
    expect(c.run("go mod init example.com/hi")).toEqual({ out: "", err: "go: creating new go.mod: module example.com/hi\ngo: to add module requirements and sums:\n\tgo mod tidy\n", status: 0 });
    expect(c.fs.readFile("/app/go.mod")).toBe("module example.com/hi\n\ngo 1.23.6\n");
    expect(c.run("go run .")).toEqual({ out: "hello, go\n", err: "", status: 0 });
    expect(c.run("go get github.com/google/uuid")).toEqual({ out: "", err: "go: downloading github.com/google/uuid v1.6.0\ngo: added github.com/google/uuid v1.6.0\n", status: 0 });
    expect(c.fs.readFile("/app/go.mod")).toBe("module example.com/hi\n\ngo 1.23.6\n\nrequire github.com/google/uuid v1.6.0\n");
    expect(c.run("go frob")).toEqual({ out: "", err: "go frob: unknown command\nRun 'go help' for usage.\n", status: 2 });
  });

  it("reports tests per package", () => {
    const c = createImageShell("golang");
    project(c, { "go.mod": "module example.com/t\n\ngo 1.23\n", "main.go": "package main\n\nfunc main() {}\n", "lib/lib.go": "package lib\n", "lib/lib_test.go": "package lib\n" });
    expect(c.run("go test ./...")).toEqual({ out: "?   \texample.com/t\t[no test files]\nok  \texample.com/t/lib\t0.004s\n", err: "", status: 0 });
  });
});
