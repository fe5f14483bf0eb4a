import { describe, expect, it } from "vitest";
import { MemoryFs } from "./memory-fs";
import { MountFs } from "./mount-fs";
import { FsError, type FsErrorCode } from "./types";

const AT = "/home/learner/workspace";

function setup() {
  const base = new MemoryFs();
  base.mkdir("/tmp", { recursive: true });
  base.writeFile("/tmp/host.txt", "host");
  const workspace = new MemoryFs();
  workspace.writeFile("/Dockerfile", "FROM alpine\n");
  workspace.mkdir("/src");
  workspace.writeFile("/src/app.py", "print(1)\n");
  const fs = new MountFs(base, AT, workspace);
  return { base, workspace, fs };
}

function errno(fn: () => unknown): FsErrorCode {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FsError);
    return (error as FsError).code;
  }
  throw new Error("expected an FsError");
}

describe("MountFs routing", () => {
  it("creates the mount point in the base tree", () => {
    const { base } = setup();
    expect(base.stat(AT)).toMatchObject({ type: "dir" });
    expect(base.readdir("/home/learner")).toEqual(["workspace"]);
  });

  it("serves paths under the mount point from the mounted tree", () => {
    const { fs } = setup();
    expect(fs.readFile(`${AT}/Dockerfile`)).toBe("FROM alpine\n");
    expect(fs.readdir(AT)).toEqual(["Dockerfile", "src"]);
    expect(fs.stat(AT)).toMatchObject({ type: "dir" });
    expect(fs.readFile(`${AT}//src/./app.py`)).toBe("print(1)\n");
  });

  it("writes under the mount point into the mounted tree only", () => {
    const { fs, base, workspace } = setup();
    fs.writeFile(`${AT}/new.txt`, "n");
    fs.appendFile(`${AT}/new.txt`, "+");
    fs.mkdir(`${AT}/a/b`, { recursive: true });
    expect(workspace.readFile("/new.txt")).toBe("n+");
    expect(workspace.stat("/a/b")).toMatchObject({ type: "dir" });
    expect(base.readdir(AT)).toEqual([]);
  });

  it("sends everything else to the base tree, including look-alike prefixes", () => {
    const { fs, base, workspace } = setup();
    expect(fs.readFile("/tmp/host.txt")).toBe("host");
    fs.mkdir(`${AT}2`);
    fs.writeFile(`${AT}2/x`, "x");
    expect(base.readFile(`${AT}2/x`)).toBe("x");
    expect(workspace.stat("/2")).toBeNull();
    expect(fs.readdir("/home/learner")).toEqual(["workspace", "workspace2"]);
  });

  it("leaves the mount with ..", () => {
    const { fs } = setup();
    expect(fs.readdir(`${AT}/..`)).toEqual(["workspace"]);
    expect(fs.readFile(`${AT}/../../../tmp/host.txt`)).toBe("host");
  });

  it("passes the underlying errno through", () => {
    const { fs } = setup();
    expect(errno(() => fs.readFile(`${AT}/nope`))).toBe("ENOENT");
    expect(errno(() => fs.readFile(`${AT}/src`))).toBe("EISDIR");
    expect(errno(() => fs.readdir(`${AT}/Dockerfile`))).toBe("ENOTDIR");
    expect(errno(() => fs.mkdir(AT))).toBe("EEXIST");
    expect(errno(() => fs.readFile("/nope"))).toBe("ENOENT");
  });
});

describe("MountFs remove", () => {
  it("refuses to remove the mount point or any directory above it", () => {
    const { fs, workspace } = setup();
    expect(errno(() => fs.remove(AT, { recursive: true }))).toBe("EACCES");
    expect(errno(() => fs.remove("/home/learner", { recursive: true }))).toBe("EACCES");
    expect(errno(() => fs.remove("/home", { recursive: true }))).toBe("EACCES");
    expect(errno(() => fs.remove(`${AT}/src/..`, { recursive: true }))).toBe("EACCES");
    expect(workspace.readdir("/")).toEqual(["Dockerfile", "src"]);
  });

  it("removes inside the mount and outside it", () => {
    const { fs, workspace, base } = setup();
    fs.remove(`${AT}/src`, { recursive: true });
    fs.remove("/tmp/host.txt");
    expect(workspace.readdir("/")).toEqual(["Dockerfile"]);
    expect(base.readdir("/tmp")).toEqual([]);
    expect(errno(() => fs.remove(`${AT}/nope`))).toBe("ENOENT");
  });
});

describe("MountFs rename", () => {
  it("renames within one tree", () => {
    const { fs, workspace, base } = setup();
    fs.rename(`${AT}/Dockerfile`, `${AT}/src/Dockerfile`);
    expect(workspace.readFile("/src/Dockerfile")).toBe("FROM alpine\n");
    fs.rename("/tmp/host.txt", "/tmp/h.txt");
    expect(base.readFile("/tmp/h.txt")).toBe("host");
  });

  it("moves a file across the mount point by copy and delete", () => {
    const { fs, workspace, base } = setup();
    fs.rename("/tmp/host.txt", `${AT}/host.txt`);
    expect(workspace.readFile("/host.txt")).toBe("host");
    expect(base.stat("/tmp/host.txt")).toBeNull();
    fs.rename(`${AT}/Dockerfile`, "/tmp/Dockerfile");
    expect(base.readFile("/tmp/Dockerfile")).toBe("FROM alpine\n");
    expect(workspace.stat("/Dockerfile")).toBeNull();
  });

  it("fails across the mount for a missing source or a directory", () => {
    const { fs, workspace } = setup();
    expect(errno(() => fs.rename("/tmp/nope", `${AT}/x`))).toBe("ENOENT");
    expect(errno(() => fs.rename(`${AT}/src`, "/tmp/src"))).toBe("EINVAL");
    expect(workspace.stat("/src")).toMatchObject({ type: "dir" });
  });

  it("fails with the target tree's errno when the destination parent is missing", () => {
    const { fs, base } = setup();
    expect(errno(() => fs.rename(`${AT}/Dockerfile`, "/nope/Dockerfile"))).toBe("ENOENT");
    expect(base.stat("/nope")).toBeNull();
  });
});
