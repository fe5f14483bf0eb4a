import { describe, expect, it } from "vitest";
import { createMemoryFs } from "../vfs/memory-fs";
import { calculateCacheKey, calculateSourcesChecksum, readBuildContext, resolveContextSources } from "./context";

const workspace = () =>
  createMemoryFs({
    "/app/Dockerfile": "FROM python:3.8\n",
    "/app/app.py": "print('hi')\n",
    "/app/requirements.txt": "flask\n",
    "/app/.dockerignore": "*.log\nsecrets/\n",
    "/app/debug.log": "x",
    "/app/secrets/key": "k",
    "/app/static/site.css": "body{}",
    "/other.txt": "not in context",
  });

describe("build context", () => {
  it("reads the context directory minus .dockerignore'd files", () => {
    const ctx = readBuildContext(workspace(), "/app");
    expect([...ctx.entries.keys()].sort()).toEqual([".dockerignore", "Dockerfile", "app.py", "requirements.txt", "static", "static/site.css"]);
    expect(ctx.dockerignoreSize).toBe(15);
  });

  it("resolves COPY sources, wildcards and directories; reports what is missing", () => {
    const ctx = readBuildContext(workspace(), "/app");
    const ok = resolveContextSources(ctx, ["requirements.txt", "*.py", "static"]);
    expect("resolved" in ok && ok.resolved.map((r) => r.roots)).toEqual([["requirements.txt"], ["app.py"], ["static"]]);
    expect(resolveContextSources(ctx, ["main.py"])).toEqual({ missing: "/main.py" });
    expect(resolveContextSources(ctx, ["debug.log"])).toEqual({ missing: "/debug.log" });
    expect(resolveContextSources(ctx, ["*.go"])).toEqual({ missing: "/*.go" });
  });

  it("checksums ignore mtime but see content and mode changes", () => {
    const fs = workspace();
    const sum = () => {
      const r = resolveContextSources(readBuildContext(fs, "/app"), ["app.py"]);
      return "resolved" in r ? calculateSourcesChecksum(r.resolved) : "";
    };
    const before = sum();
    fs.writeFile("/app/app.py", "print('hi')\n");
    expect(sum()).toBe(before);
    fs.writeFile("/app/app.py", "print('bye')\n");
    expect(sum()).not.toBe(before);
  });

  it("cache keys change with the parent, the text, the args and the sources", () => {
    const k = calculateCacheKey("p", "RUN pip install -r requirements.txt", ["A=1"]);
    expect(calculateCacheKey("p", "RUN pip install -r requirements.txt", ["A=1"])).toBe(k);
    expect(calculateCacheKey("q", "RUN pip install -r requirements.txt", ["A=1"])).not.toBe(k);
    expect(calculateCacheKey("p", "RUN pip install  -r requirements.txt", ["A=1"])).not.toBe(k);
    expect(calculateCacheKey("p", "RUN pip install -r requirements.txt", ["A=2"])).not.toBe(k);
    expect(calculateCacheKey("p", "COPY . .", [], "sha256:1")).not.toBe(calculateCacheKey("p", "COPY . .", [], "sha256:2"));
  });
});
