import { describe, expect, it } from "vitest";
import { calculateImageSize, createLayer, type DirEntry, type FileEntry, type Layer } from "./layer";
import { FsError, type FsErrorCode } from "./types";
import { UnionFs } from "./union-fs";
import { WritableLayer } from "./writable-layer";

// Overlay semantics follow torvalds/linux Documentation/filesystems/overlayfs.rst;
// errnos follow the Linux man pages of the matching system calls.

const T0 = Date.UTC(2025, 0, 1);
const file = (content: string, extra: Partial<FileEntry> = {}): FileEntry => ({ type: "file", content, mode: 0o644, uid: 0, gid: 0, mtimeMs: T0, ...extra });
const dir = (extra: Partial<DirEntry> = {}): DirEntry => ({ type: "dir", mode: 0o755, uid: 0, gid: 0, mtimeMs: T0, ...extra });
const WH = { type: "whiteout" } as const;

function errno(fn: () => unknown): FsErrorCode {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FsError);
    return (error as FsError).code;
  }
  throw new Error("expected an FsError");
}

const base = createLayer({
  "/etc": dir(),
  "/etc/passwd": file("root:x:0:0:root:/root:/bin/sh\n"),
  "/etc/hosts": file("127.0.0.1 localhost\n"),
  "/bin": dir(),
  "/bin/sh": file("\x7fELF", { mode: 0o755, size: 1_000_000 }),
  "/root": dir({ mode: 0o700 }),
  "/root/.profile": file("PS1='# '\n", { mode: 0o600 }),
  "/tmp": dir({ mode: 0o1777 }),
  "/home/learner": dir({ uid: 1000, gid: 1000 }),
  "/home/learner/notes.txt": file("hi\n", { uid: 1000, gid: 1000 }),
  "/usr/share/doc/README": file("docs\n"),
});

function container(layers: Layer[] = [base], now = () => T0 + 5000): UnionFs {
  return new UnionFs(layers, { upper: new WritableLayer(), now });
}

describe("UnionFs reading a stack of layers", () => {
  it("reads through every layer, the top one winning, with implied parents", () => {
    const top = createLayer({ "/etc/hosts": file("10.0.0.1 db\n"), "/app/main.py": file("print(1)\n") });
    const fs = container([base, top]);
    expect(fs.readFile("/etc/hosts")).toBe("10.0.0.1 db\n");
    expect(fs.readFile("/etc/passwd")).toContain("root:x");
    expect(fs.readdir("/")).toEqual(["app", "bin", "etc", "home", "root", "tmp", "usr"]);
    expect(fs.readdir("/etc")).toEqual(["hosts", "passwd"]);
    expect(fs.stat("/usr")).toMatchObject({ type: "dir", mode: 0o755, uid: 0, gid: 0, size: 4096 }); // implied (moby ImpliedDirectoryMode)
    expect(fs.stat("/bin/sh")).toMatchObject({ type: "file", size: 1_000_000, mode: 0o755 }); // declared size
    expect(fs.stat("/home/learner/notes.txt")).toEqual({ type: "file", size: 3, mtimeMs: T0, mode: 0o644, uid: 1000, gid: 1000 });
    expect(fs.stat("/nope")).toBeNull();
    expect(fs.stat("/etc/passwd/x")).toBeNull();
  });

  it("a whiteout hides the path; the lower layer and the image size still hold it", () => {
    const secret = createLayer({ "/run/secrets/token": file("s3cr3t".repeat(100)) });
    const cleanup = createLayer({ "/run/secrets/token": WH });
    const fs = new UnionFs([base, secret, cleanup]);
    expect(fs.stat("/run/secrets/token")).toBeNull();
    expect(fs.readdir("/run/secrets")).toEqual([]);
    expect(errno(() => fs.readFile("/run/secrets/token"))).toBe("ENOENT");
    // The secrets-in-layers lesson: the bytes are still in the image.
    expect(secret.entries.get("/run/secrets/token")).toMatchObject({ type: "file" });
    expect(new UnionFs([base, secret]).readFile("/run/secrets/token")).toHaveLength(600);
    expect(cleanup.size).toBe(0);
    expect(calculateImageSize([base, secret, cleanup])).toBe(base.size + 600);
  });

  it("a whiteout of a directory hides its subtree; a later layer can recreate single paths", () => {
    const rm = createLayer({ "/usr/share": WH });
    const again = createLayer({ "/usr/share/new": file("n") });
    expect(new UnionFs([base, rm]).readdir("/usr")).toEqual([]);
    const fs = new UnionFs([base, rm, again]);
    expect(fs.readdir("/usr/share")).toEqual(["new"]);
    expect(fs.stat("/usr/share/doc")).toBeNull();
  });

  it("an opaque directory hides everything below it in lower layers", () => {
    const opaque = createLayer({ "/etc": dir({ opaque: true }), "/etc/os-release": file("ID=alpine\n") });
    const fs = new UnionFs([base, opaque]);
    expect(fs.readdir("/etc")).toEqual(["os-release"]);
    expect(errno(() => fs.readFile("/etc/passwd"))).toBe("ENOENT");
    expect(new UnionFs([base]).readdir("/etc")).toEqual(["hosts", "passwd"]);
  });

  it("a file in a later layer replaces a directory and its contents", () => {
    const fs = new UnionFs([base, createLayer({ "/usr/share": file("flat") })]);
    expect(fs.readFile("/usr/share")).toBe("flat");
    expect(errno(() => fs.readFile("/usr/share/doc/README"))).toBe("ENOTDIR");
  });
});

describe("UnionFs writing into the upper layer", () => {
  it("deleting a lower file leaves a whiteout; deleting an upper-only file leaves nothing", () => {
    const fs = container();
    fs.remove("/etc/hosts");
    fs.writeFile("/tmp/scratch", "x");
    fs.remove("/tmp/scratch");
    expect(fs.upper?.get("/etc/hosts")).toEqual(WH);
    expect(fs.upper?.has("/tmp/scratch")).toBe(false);
    expect(fs.readdir("/etc")).toEqual(["passwd"]);
    expect(base.entries.get("/etc/hosts")).toMatchObject({ type: "file" });
    fs.writeFile("/etc/hosts", "new\n");
    expect(fs.readFile("/etc/hosts")).toBe("new\n");
  });

  it("rm -r of a lower directory then mkdir gives an empty opaque directory", () => {
    const fs = container();
    fs.remove("/usr", { recursive: true });
    expect(fs.stat("/usr")).toBeNull();
    fs.mkdir("/usr/share/doc", { recursive: true });
    expect(fs.readdir("/usr/share/doc")).toEqual([]);
    expect(fs.upper?.get("/usr")).toMatchObject({ type: "dir", opaque: true });
    expect(fs.upper?.get("/usr/share")).not.toHaveProperty("opaque");
  });

  it("copies up on chmod, chown and append, sharing the content and keeping the lower layer intact", () => {
    const fs = container();
    fs.chmod("/etc/passwd", 0o600);
    const copied = fs.upper?.get("/etc/passwd") as FileEntry;
    expect(copied).toMatchObject({ type: "file", mode: 0o600, uid: 0, mtimeMs: T0 });
    expect(copied.content).toBe((base.entries.get("/etc/passwd") as FileEntry).content);
    expect(fs.upper?.get("/etc")).toEqual(base.entries.get("/etc")); // the parent, copied up as it was
    expect(base.entries.get("/etc/passwd")).toMatchObject({ mode: 0o644 });
    fs.chown("/etc/hosts", 1000, 1000);
    expect(fs.stat("/etc/hosts")).toMatchObject({ uid: 1000, gid: 1000, mode: 0o644 });
    fs.appendFile("/etc/hosts", "10.0.0.2 cache\n");
    expect(fs.readFile("/etc/hosts")).toBe("127.0.0.1 localhost\n10.0.0.2 cache\n");
    expect(fs.stat("/etc/hosts")).toMatchObject({ uid: 1000, mtimeMs: T0 + 5000 });
  });

  it("overwriting keeps mode and owner; creating sets the parent's mtime", () => {
    const fs = container();
    fs.writeFile("/bin/sh", "tiny");
    expect(fs.stat("/bin/sh")).toMatchObject({ mode: 0o755, size: 4 });
    fs.writeFile("/etc/motd", "hello");
    expect(fs.stat("/etc")).toMatchObject({ mtimeMs: T0 + 5000 });
    fs.writeFileWith("/etc/app.conf", "k=v", { mode: 0o600, uid: 33, gid: 33, mtimeMs: 42 });
    expect(fs.stat("/etc/app.conf")).toEqual({ type: "file", mode: 0o600, uid: 33, gid: 33, mtimeMs: 42, size: 3 });
  });

  it("renames across layers: the lower tree shows at the new name and is whited out at the old", () => {
    const fs = container();
    fs.rename("/usr/share", "/opt");
    expect(fs.readFile("/opt/doc/README")).toBe("docs\n");
    expect(fs.stat("/usr/share")).toBeNull();
    expect(fs.upper?.get("/usr/share")).toEqual(WH);
    fs.rename("/etc/hosts", "/etc/passwd");
    expect(fs.readFile("/etc/passwd")).toBe("127.0.0.1 localhost\n");
    expect(fs.readdir("/etc")).toEqual(["passwd"]);
    // Onto a name a lower directory had: the moved directory is opaque.
    fs.remove("/home/learner", { recursive: true });
    fs.mkdir("/src");
    fs.rename("/src", "/home/learner");
    expect(fs.readdir("/home/learner")).toEqual([]);
  });

  it("a view without an upper layer is read-only", () => {
    const fs = new UnionFs([base]);
    expect(fs.readFile("/etc/hosts")).toContain("localhost");
    expect(errno(() => fs.writeFile("/tmp/x", ""))).toBe("EROFS");
    expect(errno(() => fs.remove("/etc/hosts"))).toBe("EROFS");
  });
});

describe("UnionFs errno per operation", () => {
  const fs = container();
  fs.mkdir("/data");
  fs.writeFile("/data/f", "x");
  it.each<[string, () => unknown, FsErrorCode]>([
    ["readFile missing", () => fs.readFile("/nope"), "ENOENT"],
    ["readFile in a missing dir", () => fs.readFile("/nope/x"), "ENOENT"],
    ["readFile through a file", () => fs.readFile("/etc/passwd/x"), "ENOTDIR"],
    ["readFile of a directory", () => fs.readFile("/etc"), "EISDIR"],
    ["readdir missing", () => fs.readdir("/nope"), "ENOENT"],
    ["readdir of a file", () => fs.readdir("/etc/passwd"), "ENOTDIR"],
    ["writeFile into a missing dir", () => fs.writeFile("/nope/x", ""), "ENOENT"],
    ["writeFile onto a directory", () => fs.writeFile("/etc", ""), "EISDIR"],
    ["writeFile /", () => fs.writeFile("/", ""), "EISDIR"],
    ["mkdir existing", () => fs.mkdir("/etc"), "EEXIST"],
    ["mkdir existing file, -p", () => fs.mkdir("/etc/passwd", { recursive: true }), "EEXIST"],
    ["mkdir without parent", () => fs.mkdir("/a/b"), "ENOENT"],
    ["mkdir -p through a file", () => fs.mkdir("/etc/passwd/a/b", { recursive: true }), "ENOTDIR"],
    ["remove missing", () => fs.remove("/nope"), "ENOENT"],
    ["remove a non-empty lower dir", () => fs.remove("/etc"), "ENOTEMPTY"],
    ["remove a non-empty upper dir", () => fs.remove("/data"), "ENOTEMPTY"],
    ["remove /", () => fs.remove("/", { recursive: true }), "EINVAL"],
    ["rename missing", () => fs.rename("/nope", "/x"), "ENOENT"],
    ["rename into itself", () => fs.rename("/etc", "/etc/sub"), "EINVAL"],
    ["rename a file over a dir", () => fs.rename("/etc/passwd", "/tmp"), "EISDIR"],
    ["rename a dir over a file", () => fs.rename("/data", "/etc/passwd"), "ENOTDIR"],
    ["rename over a non-empty dir", () => fs.rename("/data", "/etc"), "ENOTEMPTY"],
    ["rename into a missing dir", () => fs.rename("/data/f", "/nope/f"), "ENOENT"],
    ["readlink of a file", () => fs.readlink("/etc/passwd"), "EINVAL"],
    ["readlink missing", () => fs.readlink("/nope"), "ENOENT"],
    ["symlink over an existing name", () => fs.symlink("/x", "/etc/passwd"), "EEXIST"],
    ["chmod missing", () => fs.chmod("/nope", 0o600), "ENOENT"],
  ])("%s", (_name, fn, code) => {
    expect(errno(fn)).toBe(code);
  });
});
