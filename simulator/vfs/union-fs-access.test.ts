import { describe, expect, it } from "vitest";
import { createLayer, type DirEntry, type FileEntry, type SymlinkEntry } from "./layer";
import { FsError, type FsErrorCode } from "./types";
import { MAX_SYMLINK_HOPS } from "./union-view";
import { UnionFs } from "./union-fs";
import { WritableLayer } from "./writable-layer";

// Symlink resolution as path_resolution(7) and symlink(7) describe it;
// permission checks as fs/namei.c (generic_permission, may_delete) apply them.

const T0 = Date.UTC(2025, 0, 1);
const file = (content: string, extra: Partial<FileEntry> = {}): FileEntry => ({ type: "file", content, mode: 0o644, uid: 0, gid: 0, mtimeMs: T0, ...extra });
const dir = (extra: Partial<DirEntry> = {}): DirEntry => ({ type: "dir", mode: 0o755, uid: 0, gid: 0, mtimeMs: T0, ...extra });
const link = (target: string): SymlinkEntry => ({ type: "symlink", target, uid: 0, gid: 0, mtimeMs: T0 });

function errno(fn: () => unknown): FsErrorCode {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FsError);
    return (error as FsError).code;
  }
  throw new Error("expected an FsError");
}

const image = createLayer({
  "/usr/lib/libc.so": file("libc", { mode: 0o755 }),
  "/usr/bin/python3.12": file("py", { mode: 0o755 }),
  "/usr/bin/python3": link("python3.12"),
  "/usr/bin/python": link("/usr/bin/python3"),
  "/lib": link("usr/lib"),
  "/etc/alternatives/editor": link("../../usr/bin/python"),
  "/etc/passwd": file("root:x:0:0\n"),
  "/etc/group-writable": file("g", { mode: 0o664, gid: 50 }),
  "/root": dir({ mode: 0o700 }),
  "/root/secret": file("s", { mode: 0o600 }),
  "/tmp": dir({ mode: 0o1777 }),
  "/tmp/roots-file": file("r"),
  "/home/learner": dir({ uid: 1000, gid: 1000 }),
  "/loop/a": link("b"),
  "/loop/b": link("a"),
  "/loop/self": link("self"),
  "/dangling": link("/nowhere/file"),
  "/dangling-here": link("/created-through-link"),
});

function fs(): UnionFs {
  return new UnionFs([image], { upper: new WritableLayer(), now: () => T0 + 1 });
}

describe("UnionFs symlinks", () => {
  it("follows absolute, relative and chained links; lstat and readlink do not", () => {
    const f = fs();
    expect(f.readFile("/usr/bin/python")).toBe("py");
    expect(f.readFile("/etc/alternatives/editor")).toBe("py");
    expect(f.readFile("/lib/libc.so")).toBe("libc"); // a link to a directory in the middle of a path
    expect(f.readdir("/lib")).toEqual(["libc.so"]);
    expect(f.stat("/usr/bin/python")).toMatchObject({ type: "file", size: 2, mode: 0o755 });
    expect(f.lstat("/usr/bin/python")).toEqual({ type: "symlink", size: 16, mode: 0o777, uid: 0, gid: 0, mtimeMs: T0, target: "/usr/bin/python3" });
    expect(f.readlink("/usr/bin/python3")).toBe("python3.12");
    expect(f.readFile("/lib/../bin/python3")).toBe("py"); // ".." after a link goes to the target's parent, as the kernel does
  });

  it("fails with ELOOP on cycles and after 40 links", () => {
    const f = fs();
    expect(errno(() => f.readFile("/loop/a"))).toBe("ELOOP");
    expect(errno(() => f.stat("/loop/self"))).toBe("ELOOP");
    expect(errno(() => f.readdir("/loop/a/x"))).toBe("ELOOP");
    expect(f.lstat("/loop/a")).toMatchObject({ type: "symlink", target: "b" });
    f.remove("/loop/a"); // unlink removes the link itself
    expect(f.readdir("/loop")).toEqual(["b", "self"]);

    f.writeFile("/t0", "end");
    for (let i = 1; i <= MAX_SYMLINK_HOPS + 1; i++) f.symlink(`/t${i - 1}`, `/t${i}`);
    expect(f.readFile(`/t${MAX_SYMLINK_HOPS}`)).toBe("end");
    expect(errno(() => f.readFile(`/t${MAX_SYMLINK_HOPS + 1}`))).toBe("ELOOP");
  });

  it("a dangling link stats as missing, lstats as a link, and writing through it creates the target", () => {
    const f = fs();
    expect(f.stat("/dangling")).toBeNull();
    expect(f.lstat("/dangling")).toMatchObject({ type: "symlink" });
    expect(errno(() => f.readFile("/dangling"))).toBe("ENOENT");
    expect(errno(() => f.writeFile("/dangling", "x"))).toBe("ENOENT"); // /nowhere does not exist
    f.writeFile("/dangling-here", "made");
    expect(f.readFile("/created-through-link")).toBe("made");
    expect(f.lstat("/dangling-here")).toMatchObject({ type: "symlink" });
  });

  it("chmod follows the link; mkdir -p accepts a link to a directory", () => {
    const f = fs();
    f.chmod("/usr/bin/python", 0o700);
    expect(f.stat("/usr/bin/python3.12")).toMatchObject({ mode: 0o700 });
    f.mkdir("/lib", { recursive: true });
    expect(errno(() => f.mkdir("/lib"))).toBe("EEXIST");
    f.symlink("/tmp", "/scratch");
    f.writeFile("/scratch/a", "1");
    expect(f.readFile("/tmp/a")).toBe("1");
  });
});

describe("UnionFs permissions for a non-root user", () => {
  const learner = { uid: 1000, gid: 1000 };

  it("cannot write into a root-owned directory but can in its own home", () => {
    const f = fs();
    f.setCredentials(learner);
    expect(errno(() => f.writeFile("/etc/new", "x"))).toBe("EACCES");
    expect(errno(() => f.mkdir("/opt"))).toBe("EACCES");
    expect(errno(() => f.writeFile("/etc/passwd", "x"))).toBe("EACCES"); // 0644 root: no w for others
    expect(errno(() => f.remove("/etc/passwd"))).toBe("EACCES");
    expect(errno(() => f.rename("/etc/passwd", "/home/learner/p"))).toBe("EACCES");
    expect(errno(() => f.symlink("/x", "/etc/l"))).toBe("EACCES");
    expect(f.readFile("/etc/passwd")).toBe("root:x:0:0\n");
    f.writeFile("/home/learner/app.py", "print()");
    f.mkdir("/home/learner/src/pkg", { recursive: true });
    expect(f.stat("/home/learner/app.py")).toMatchObject({ uid: 1000, gid: 1000, mode: 0o644 });
    expect(f.stat("/home/learner/src/pkg")).toMatchObject({ uid: 1000, gid: 1000, mode: 0o755 });
    f.rename("/home/learner/app.py", "/home/learner/main.py");
    f.remove("/home/learner/src", { recursive: true });
    expect(f.readdir("/home/learner")).toEqual(["main.py"]);
  });

  it("needs r to list or read and x to traverse", () => {
    const f = fs();
    f.setCredentials(learner);
    expect(errno(() => f.readdir("/root"))).toBe("EACCES");
    expect(errno(() => f.readFile("/root/secret"))).toBe("EACCES");
    expect(errno(() => f.stat("/root/secret"))).toBe("EACCES");
    f.setCredentials(undefined);
    f.writeFileWith("/home/learner/locked", "x", { mode: 0o000, uid: 1000, gid: 1000 });
    f.setCredentials(learner);
    expect(errno(() => f.readFile("/home/learner/locked"))).toBe("EACCES");
    f.chmod("/home/learner/locked", 0o400);
    expect(f.readFile("/home/learner/locked")).toBe("x");
  });

  it("honours group permissions and supplementary groups", () => {
    const f = fs();
    f.setCredentials(learner);
    expect(errno(() => f.writeFile("/etc/group-writable", "x"))).toBe("EACCES");
    f.setCredentials({ ...learner, groups: [50] });
    f.writeFile("/etc/group-writable", "x");
    expect(f.stat("/etc/group-writable")).toMatchObject({ gid: 50, uid: 0 });
  });

  it("keeps the sticky /tmp: others' files cannot be removed (EPERM), one's own can", () => {
    const f = fs();
    f.setCredentials(learner);
    f.writeFile("/tmp/mine", "m");
    expect(errno(() => f.remove("/tmp/roots-file"))).toBe("EPERM");
    expect(errno(() => f.rename("/tmp/roots-file", "/tmp/x"))).toBe("EPERM");
    f.remove("/tmp/mine");
    expect(f.readdir("/tmp")).toEqual(["roots-file"]);
  });

  it("chmod and chown: owner-only and root-only (EPERM)", () => {
    const f = fs();
    f.setCredentials(learner);
    expect(errno(() => f.chmod("/etc/passwd", 0o777))).toBe("EPERM");
    expect(errno(() => f.chown("/home/learner", 0, 0))).toBe("EPERM");
    expect(errno(() => f.writeFileWith("/home/learner/x", "", { uid: 0 }))).toBe("EPERM");
    f.chmod("/home/learner", 0o700);
    expect(f.stat("/home/learner")).toMatchObject({ mode: 0o700 });
    f.setCredentials(undefined);
    f.chown("/etc/passwd", 1000, 1000);
    f.setCredentials(learner);
    f.writeFile("/etc/passwd", "mine");
    expect(f.readFile("/etc/passwd")).toBe("mine");
  });

  it("chown clears setuid, and setgid when group-executable, even for root", () => {
    const f = fs();
    f.writeFileWith("/usr/bin/su", "su", { mode: 0o4755 });
    f.writeFileWith("/usr/bin/lockd", "l", { mode: 0o2644 });
    f.writeFileWith("/usr/bin/wall", "w", { mode: 0o2755 });
    for (const p of ["/usr/bin/su", "/usr/bin/lockd", "/usr/bin/wall"]) f.chown(p, 0, 5);
    expect(f.stat("/usr/bin/su")?.mode).toBe(0o755);
    expect(f.stat("/usr/bin/lockd")?.mode).toBe(0o2644); // mandatory-locking setgid stays
    expect(f.stat("/usr/bin/wall")?.mode).toBe(0o755);
    f.mkdir("/srv");
    f.chmod("/srv", 0o2775);
    f.chown("/srv", 1000, 1000);
    expect(f.stat("/srv")?.mode).toBe(0o2775);
  });

  it("root bypasses permission bits", () => {
    const f = fs();
    f.setCredentials({ uid: 0, gid: 0 });
    expect(f.readFile("/root/secret")).toBe("s");
    f.writeFile("/etc/new", "x");
    f.remove("/tmp/roots-file");
  });
});
