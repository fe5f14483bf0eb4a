import { afterEach, describe, expect, it } from "vitest";
import { createMemoryFs, createWorld } from "@/simulator";
import { WorkspaceFileStore } from "./file-store";
import { createMemoryKeyValueStore } from "./kv-store";
import { SessionStore } from "./session-store";
import { removeTempFolders, tempFs } from "./test-temp-fs";
import { replaceWorkspaceFiles } from "./workspace-sync";

afterEach(removeTempFolders);

const STARTER = { "/app/Dockerfile": "FROM alpine:3.20\nCMD [\"echo\", \"hi\"]\n" };

describe("SessionStore", () => {
  it("finds nothing for a workspace never saved", async () => {
    const store = new SessionStore("session:x", createMemoryKeyValueStore(), new WorkspaceFileStore(tempFs(), "/w/x"));
    expect(await store.load()).toEqual({ files: null, snapshot: null });
  });

  it("brings back files, history and engine state in a fresh world", async () => {
    const kv = createMemoryKeyValueStore();
    const fs = tempFs();
    const world = createWorld({ workspace: createMemoryFs(STARTER), seed: 7 });
    world.run("docker build -t hi app");
    world.run("docker run --name first hi");
    world.run("echo '# note' >> app/Dockerfile");
    await new SessionStore("session:x", kv, new WorkspaceFileStore(fs, "/w/x")).save(world.snapshot());

    const loaded = await new SessionStore("session:x", kv, new WorkspaceFileStore(fs, "/w/x")).load();
    expect(loaded.files?.["/app/Dockerfile"]).toMatch(/# note\n$/);
    const again = createWorld({ workspace: createMemoryFs(loaded.files ?? {}), seed: 1 });
    if (!loaded.snapshot) throw new Error("no snapshot");
    again.restore(loaded.snapshot);
    expect(again.run("docker ps -a --format '{{.Names}} {{.Image}}'").stdout).toBe("first hi\n");
    expect(again.run("history").stdout).toContain("docker build -t hi app");
    expect(again.run("cat app/Dockerfile").stdout).toMatch(/# note\n$/);
  });

  it("ignores a save in another format", async () => {
    const kv = createMemoryKeyValueStore();
    await kv.set("session:x", { format: 999, snapshot: { version: 1 } });
    const store = new SessionStore("session:x", kv, new WorkspaceFileStore(tempFs(), "/w/x"));
    expect((await store.load()).snapshot).toBeNull();
  });

  it("clear forgets files and state", async () => {
    const kv = createMemoryKeyValueStore();
    const store = new SessionStore("session:x", kv, new WorkspaceFileStore(tempFs(), "/w/x"));
    await store.save(createWorld({ workspace: createMemoryFs(STARTER) }).snapshot());
    await store.clear();
    expect(await store.load()).toEqual({ files: null, snapshot: null });
  });
});

describe("replaceWorkspaceFiles", () => {
  it("makes the workspace hold exactly the given files", () => {
    const fs = createMemoryFs({ "/a/b.txt": "1", "/c.txt": "2" });
    replaceWorkspaceFiles(fs, { "/c.txt": "3", "/d/e/f.txt": "4" });
    expect(fs.readdir("/").sort()).toEqual(["c.txt", "d"]);
    expect(fs.readFile("/c.txt")).toBe("3");
    expect(fs.readFile("/d/e/f.txt")).toBe("4");
  });
});
