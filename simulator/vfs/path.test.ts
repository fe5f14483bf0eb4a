import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateBasename, calculateCleanPath, calculateDirname, calculateResolvedPath } from "./path";

// Cases from Go's path.Clean tests (go: src/path/path_test.go) and POSIX dirname/basename.

describe("calculateCleanPath (Go path.Clean)", () => {
  it.each([
    ["", "."],
    [".", "."],
    ["abc", "abc"],
    ["abc/def", "abc/def"],
    ["a/b/c", "a/b/c"],
    ["..", ".."],
    ["../..", "../.."],
    ["../../abc", "../../abc"],
    ["/abc", "/abc"],
    ["/", "/"],
    ["abc/", "abc"],
    ["abc/def/", "abc/def"],
    ["/abc/", "/abc"],
    ["//abc", "/abc"],
    ["///abc", "/abc"],
    ["//abc//", "/abc"],
    ["abc//def//ghi", "abc/def/ghi"],
    ["abc/./def", "abc/def"],
    ["/./abc/def", "/abc/def"],
    ["abc/.", "abc"],
    ["abc/def/ghi/../jkl", "abc/def/jkl"],
    ["abc/def/../ghi/../jkl", "abc/jkl"],
    ["abc/def/..", "abc"],
    ["abc/def/../..", "."],
    ["/abc/def/../..", "/"],
    ["abc/def/../../..", ".."],
    ["/abc/def/../../..", "/"],
    ["abc/def/../../../ghi/jkl/../../../mno", "../../mno"],
    ["/..", "/"],
    ["/../abc", "/abc"],
    ["abc/./../def", "def"],
    ["abc//./../def", "def"],
    ["abc/../../././../def", "../../def"],
  ])("%j → %j", (input, output) => {
    expect(calculateCleanPath(input)).toBe(output);
  });

  it("is idempotent and leaves no empty, . or trailing elements", () => {
    const segment = fc.constantFrom("", ".", "..", "a", "bb", "c.d", "...");
    const path = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 8 })).map(([abs, parts]) => (abs ? "/" : "") + parts.join("/"));
    fc.assert(
      fc.property(path, (p) => {
        const clean = calculateCleanPath(p);
        expect(calculateCleanPath(clean)).toBe(clean);
        expect(clean.startsWith("/")).toBe(p.startsWith("/"));
        expect(clean).not.toMatch(/\/\/|\/\.\/|\/\.$|^\.\/|.\/$/);
        if (clean.startsWith("/")) expect(clean.split("/")).not.toContain("..");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("calculateResolvedPath", () => {
  it("resolves relative paths against the working directory", () => {
    expect(calculateResolvedPath("/home/learner", "a.txt")).toBe("/home/learner/a.txt");
    expect(calculateResolvedPath("/home/learner", "./d/../b")).toBe("/home/learner/b");
    expect(calculateResolvedPath("/home/learner", "..")).toBe("/home");
    expect(calculateResolvedPath("/home/learner", "../../../..")).toBe("/");
    expect(calculateResolvedPath("/home/learner", "")).toBe("/home/learner");
    expect(calculateResolvedPath("/", "etc")).toBe("/etc");
  });

  it("ignores the working directory for absolute paths", () => {
    expect(calculateResolvedPath("/home/learner", "/etc//hosts")).toBe("/etc/hosts");
  });
});

describe("calculateDirname and calculateBasename", () => {
  it.each([
    ["/", "/", "/"],
    ["/a", "/", "a"],
    ["/a/b", "/a", "b"],
    ["/a/b/", "/a", "b"],
    ["/a/./b/../c", "/a", "c"],
    ["//x//y//", "/x", "y"],
  ])("%j → dirname %j, basename %j", (path, dir, base) => {
    expect(calculateDirname(path)).toBe(dir);
    expect(calculateBasename(path)).toBe(base);
  });

  it("splits any clean absolute path into dirname + basename", () => {
    const name = fc.stringMatching(/^[a-z0-9._-]{1,6}$/).filter((s) => s !== "." && s !== "..");
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (parts) => {
        const path = "/" + parts.join("/");
        const dir = calculateDirname(path);
        expect(calculateBasename(path)).toBe(parts[parts.length - 1]);
        expect(dir === "/" ? `/${calculateBasename(path)}` : `${dir}/${calculateBasename(path)}`).toBe(path);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("calculateCleanPath against a reference of Go's path.Clean", () => {
  /** Go's path.Clean done segment by segment, with no shortcut. */
  function referenceClean(path: string): string {
    const absolute = path.startsWith("/");
    const out: string[] = [];
    for (const part of path.split("/")) {
      if (part === "" || part === ".") continue;
      if (part === "..") {
        if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
        else if (!absolute) out.push("..");
        continue;
      }
      out.push(part);
    }
    const joined = out.join("/");
    if (absolute) return "/" + joined;
    return joined === "" ? "." : joined;
  }

  it("agrees on paths made of /, ., .., names and dotted names", () => {
    const segment = fc.constantFrom("", ".", "..", "a", ".a", "..a", "a.", "b..", "...");
    fc.assert(
      fc.property(fc.boolean(), fc.array(segment, { maxLength: 8 }), fc.boolean(), (absolute, parts, trailing) => {
        const path = (absolute ? "/" : "") + parts.join("/") + (trailing ? "/" : "");
        expect(calculateCleanPath(path)).toBe(referenceClean(path));
      }),
      { numRuns: 2000 },
    );
  });
});
