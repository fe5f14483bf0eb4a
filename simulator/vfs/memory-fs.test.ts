import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createMemoryFs, MemoryFs } from "./memory-fs";
import { FsError, type FsErrorCode } from "./types";

// Each failure carries the errno Linux gives for the same system call
// (open(2), mkdir(2), rename(2), rmdir(2), unlink(2), path_resolution(7)).

function errno(fn: () => unknown): FsErrorCode {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FsError);
    return (error as FsError).code;
  }
  throw new Error("expected an FsError");
}

function sample(now = () => 1000): MemoryFs {
  const fs = new MemoryFs(now);
  fs.mkdir("/home/learner/workspace", { recursive: true });
  fs.writeFile("/home/learner/workspace/notes.txt", "hello\n");
  fs.mkdir("/home/learner/workspace/empty");
  fs.mkdir("/home/learner/workspace/full");
  fs.writeFile("/home/learner/workspace/full/a", "A");
  return fs;
}

const W = "/home/learner/workspace";

describe("MemoryFs reading", () => {
  it("reads what was written and stats it", () => {
    const fs = sample(() => 1234);
    fs.writeFile(`${W}/é.txt`, "héllo");
    expect(fs.readFile(`${W}/é.txt`)).toBe("héllo");
    expect(fs.stat(`${W}/é.txt`)).toEqual({ type: "file", size: 6, mtimeMs: 1234, mode: 0o644 }); // UTF-8 bytes
    expect(fs.stat(W)).toMatchObject({ type: "dir", size: 4096, mode: 0o755 });
    expect(fs.stat("/")).toMatchObject({ type: "dir" });
  });

  it("resolves . .. and repeated slashes", () => {
    const fs = sample();
    expect(fs.readFile(`${W}//full/../notes.txt`)).toBe("hello\n");
    expect(fs.readFile(`/../..${W}/./notes.txt`)).toBe("hello\n");
  });

  it("returns null from stat for anything missing", () => {
    const fs = sample();
    expect(fs.stat(`${W}/nope`)).toBeNull();
    expect(fs.stat(`${W}/notes.txt/inner`)).toBeNull();
  });

  it("readFile: ENOENT, EISDIR, ENOTDIR", () => {
    const fs = sample();
    expect(errno(() => fs.readFile(`${W}/nope`))).toBe("ENOENT");
    expect(errno(() => fs.readFile(`${W}/nope/deeper`))).toBe("ENOENT");
    expect(errno(() => fs.readFile(W))).toBe("EISDIR");
    expect(errno(() => fs.readFile("/"))).toBe("EISDIR");
    expect(errno(() => fs.readFile(`${W}/notes.txt/x`))).toBe("ENOTDIR");
  });

  it("readdir lists sorted names; ENOENT and ENOTDIR otherwise", () => {
    const fs = sample();
    fs.writeFile(`${W}/B`, "");
    fs.writeFile(`${W}/.hidden`, "");
    expect(fs.readdir(W)).toEqual([".hidden", "B", "empty", "full", "notes.txt"]);
    expect(fs.readdir(`${W}/empty`)).toEqual([]);
    expect(errno(() => fs.readdir(`${W}/nope`))).toBe("ENOENT");
    expect(errno(() => fs.readdir(`${W}/notes.txt`))).toBe("ENOTDIR");
    expect(errno(() => fs.readdir(`${W}/notes.txt/x`))).toBe("ENOTDIR");
  });
});

describe("MemoryFs writing", () => {
  it("creates and overwrites files, keeping the mode", () => {
    let t = 1;
    const fs = new MemoryFs(() => t);
    fs.writeFile("/f", "one");
    t = 2;
    fs.writeFile("/f", "two");
    expect(fs.readFile("/f")).toBe("two");
    expect(fs.stat("/f")).toMatchObject({ mtimeMs: 2, mode: 0o644, size: 3 });
  });

  it("writeFile: ENOENT for a missing parent, ENOTDIR under a file, EISDIR onto a directory", () => {
    const fs = sample();
    expect(errno(() => fs.writeFile(`${W}/nope/x`, ""))).toBe("ENOENT");
    expect(errno(() => fs.writeFile(`${W}/notes.txt/x`, ""))).toBe("ENOTDIR");
    expect(errno(() => fs.writeFile(`${W}/notes.txt/y/x`, ""))).toBe("ENOTDIR");
    expect(errno(() => fs.writeFile(`${W}/empty`, ""))).toBe("EISDIR");
    expect(errno(() => fs.writeFile("/", ""))).toBe("EISDIR");
  });

  it("appendFile creates or extends a file, EISDIR on a directory", () => {
    const fs = sample();
    fs.appendFile(`${W}/log`, "a");
    fs.appendFile(`${W}/log`, "b\n");
    expect(fs.readFile(`${W}/log`)).toBe("ab\n");
    expect(errno(() => fs.appendFile(`${W}/empty`, "x"))).toBe("EISDIR");
    expect(errno(() => fs.appendFile(`${W}/nope/log`, "x"))).toBe("ENOENT");
  });
});

describe("MemoryFs mkdir", () => {
  it("creates one level, or every level with recursive", () => {
    const fs = new MemoryFs();
    fs.mkdir("/a");
    fs.mkdir("/a/b/c/d", { recursive: true });
    expect(fs.readdir("/a/b/c")).toEqual(["d"]);
  });

  it("EEXIST for an existing path, unless recursive on a directory", () => {
    const fs = sample();
    expect(errno(() => fs.mkdir(`${W}/empty`))).toBe("EEXIST");
    expect(errno(() => fs.mkdir(`${W}/notes.txt`))).toBe("EEXIST");
    expect(errno(() => fs.mkdir("/"))).toBe("EEXIST");
    expect(() => fs.mkdir(`${W}/empty`, { recursive: true })).not.toThrow();
    expect(errno(() => fs.mkdir(`${W}/notes.txt`, { recursive: true }))).toBe("EEXIST");
  });

  it("ENOENT for a missing parent, ENOTDIR through a file (also with recursive)", () => {
    const fs = sample();
    expect(errno(() => fs.mkdir(`${W}/nope/x`))).toBe("ENOENT");
    expect(errno(() => fs.mkdir(`${W}/notes.txt/x`))).toBe("ENOTDIR");
    expect(errno(() => fs.mkdir(`${W}/notes.txt/x`, { recursive: true }))).toBe("ENOTDIR");
    expect(errno(() => fs.mkdir(`${W}/notes.txt/x/y`, { recursive: true }))).toBe("ENOTDIR");
    expect(fs.stat(`${W}/notes.txt`)).toMatchObject({ type: "file" });
  });
});

describe("MemoryFs remove", () => {
  it("removes files, empty directories, and full ones only with recursive", () => {
    const fs = sample();
    fs.remove(`${W}/notes.txt`);
    fs.remove(`${W}/empty`);
    expect(errno(() => fs.remove(`${W}/full`))).toBe("ENOTEMPTY");
    fs.remove(`${W}/full`, { recursive: true });
    expect(fs.readdir(W)).toEqual([]);
  });

  it("ENOENT for a missing path, ENOTDIR through a file, EINVAL for the root", () => {
    const fs = sample();
    expect(errno(() => fs.remove(`${W}/nope`))).toBe("ENOENT");
    expect(errno(() => fs.remove(`${W}/notes.txt/x`))).toBe("ENOTDIR");
    expect(errno(() => fs.remove("/", { recursive: true }))).toBe("EINVAL");
  });
});

describe("MemoryFs rename", () => {
  it("moves files and directories, replacing a file or an empty directory", () => {
    const fs = sample();
    fs.rename(`${W}/notes.txt`, `${W}/empty/renamed.txt`);
    expect(fs.readFile(`${W}/empty/renamed.txt`)).toBe("hello\n");
    fs.writeFile(`${W}/other`, "other");
    fs.rename(`${W}/empty/renamed.txt`, `${W}/other`);
    expect(fs.readFile(`${W}/other`)).toBe("hello\n");
    fs.mkdir(`${W}/target`);
    fs.rename(`${W}/full`, `${W}/target`);
    expect(fs.readFile(`${W}/target/a`)).toBe("A");
    expect(fs.stat(`${W}/full`)).toBeNull();
  });

  it("does nothing when renaming a path to itself", () => {
    const fs = sample();
    fs.rename(`${W}/notes.txt`, `${W}/./notes.txt`);
    expect(fs.readFile(`${W}/notes.txt`)).toBe("hello\n");
  });

  it("rename(2) errnos", () => {
    const fs = sample();
    expect(errno(() => fs.rename(`${W}/nope`, `${W}/x`))).toBe("ENOENT");
    expect(errno(() => fs.rename(`${W}/notes.txt`, `${W}/nope/x`))).toBe("ENOENT");
    expect(errno(() => fs.rename(`${W}/notes.txt`, `${W}/empty`))).toBe("EISDIR");
    expect(errno(() => fs.rename(`${W}/empty`, `${W}/full`))).toBe("ENOTEMPTY");
    expect(errno(() => fs.rename(`${W}/empty`, `${W}/notes.txt`))).toBe("ENOTDIR");
    expect(errno(() => fs.rename(`${W}/full`, `${W}/full/sub`))).toBe("EINVAL");
    expect(errno(() => fs.rename("/", "/elsewhere"))).toBe("EINVAL");
    // Nothing moved after the failures.
    expect(fs.readdir(W)).toEqual(["empty", "full", "notes.txt"]);
  });

  it("is not confused by a sibling whose name extends the source's", () => {
    const fs = sample();
    fs.rename(`${W}/full`, `${W}/full2`);
    expect(fs.readFile(`${W}/full2/a`)).toBe("A");
  });
});

describe("MemoryFs names that are Object.prototype members", () => {
  it("treats constructor, __proto__, toString as ordinary, absent names", () => {
    const fs = new MemoryFs();
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(fs.stat(`/${name}`)).toBeNull();
      expect(errno(() => fs.readFile(`/${name}`))).toBe("ENOENT");
      expect(errno(() => fs.readdir(`/${name}`))).toBe("ENOENT");
      expect(errno(() => fs.remove(`/${name}`))).toBe("ENOENT");
    }
  });

  it("stores and lists them like any other name, and snapshots them as JSON", () => {
    const fs = new MemoryFs();
    fs.writeFile("/__proto__", "p");
    fs.mkdir("/constructor");
    fs.writeFile("/constructor/toString", "t");
    expect(fs.readdir("/")).toEqual(["__proto__", "constructor"]);
    expect(fs.readFile("/__proto__")).toBe("p");
    expect(fs.readFile("/constructor/toString")).toBe("t");
    const copy = new MemoryFs(undefined, JSON.parse(JSON.stringify(fs.root)));
    expect(copy.readdir("/")).toEqual(["__proto__", "constructor"]);
    expect(copy.readFile("/__proto__")).toBe("p");
    fs.rename("/__proto__", "/constructor/__proto__");
    expect(fs.readdir("/constructor")).toEqual(["__proto__", "toString"]);
    fs.remove("/constructor", { recursive: true });
    expect(fs.readdir("/")).toEqual([]);
  });
});

describe("createMemoryFs", () => {
  it("creates the parents of every file", () => {
    const fs = createMemoryFs({ "/a/b/c.txt": "c", "/d.txt": "d" }, () => 7);
    expect(fs.readFile("/a/b/c.txt")).toBe("c");
    expect(fs.readdir("/")).toEqual(["a", "d.txt"]);
    expect(fs.stat("/a/b")).toMatchObject({ type: "dir", mtimeMs: 7 });
  });
});

describe("FsError", () => {
  it("carries the errno and the path as given", () => {
    const error = new FsError("ENOENT", "x/y");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("ENOENT");
    expect(error.path).toBe("x/y");
    expect(error.message).toBe("ENOENT: x/y");
  });
});

describe("MemoryFs properties", () => {
  const name = fc.constantFrom("a", "b", "c", "__proto__", "constructor", "..", ".");
  const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((p) => "/" + p.join("/"));
  const op = fc.oneof(
    fc.record({ kind: fc.constant("write" as const), path, data: fc.string({ maxLength: 5 }) }),
    fc.record({ kind: fc.constant("append" as const), path, data: fc.string({ maxLength: 5 }) }),
    fc.record({ kind: fc.constant("mkdir" as const), path, recursive: fc.boolean() }),
    fc.record({ kind: fc.constant("remove" as const), path, recursive: fc.boolean() }),
    fc.record({ kind: fc.constant("rename" as const), path, to: path }),
    fc.record({ kind: fc.constant("read" as const), path }),
    fc.record({ kind: fc.constant("readdir" as const), path }),
  );

  it("fails only with FsError, and stat agrees with readFile/readdir after any sequence", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const fs = new MemoryFs();
        for (const o of ops) {
          try {
            if (o.kind === "write") fs.writeFile(o.path, o.data);
            else if (o.kind === "append") fs.appendFile(o.path, o.data);
            else if (o.kind === "mkdir") fs.mkdir(o.path, { recursive: o.recursive });
            else if (o.kind === "remove") fs.remove(o.path, { recursive: o.recursive });
            else if (o.kind === "rename") fs.rename(o.path, o.to);
            else if (o.kind === "read") fs.readFile(o.path);
            else fs.readdir(o.path);
          } catch (error) {
            expect(error).toBeInstanceOf(FsError);
          }
        }
        const check = (dir: string): void => {
          for (const child of fs.readdir(dir)) {
            const full = dir === "/" ? `/${child}` : `${dir}/${child}`;
            const st = fs.stat(full);
            expect(st).not.toBeNull();
            if (st!.type === "dir") check(full);
            else expect(typeof fs.readFile(full)).toBe("string");
          }
        };
        check("/");
        expect(Object.getPrototypeOf(fs.root.children)).toBe(Object.prototype);
      }),
      { numRuns: 800 },
    );
  });
});
