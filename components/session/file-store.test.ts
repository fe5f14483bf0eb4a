import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { WorkspaceFileStore } from "./file-store";
import { removeTempFolders, tempFs } from "./test-temp-fs";

afterEach(removeTempFolders);


describe("WorkspaceFileStore", () => {
  it("finds nothing before the first save", async () => {
    expect(await new WorkspaceFileStore(tempFs(), "/workspaces/a").load()).toBeNull();
  });

  it("round-trips files through a save and a fresh store", async () => {
    const fs = tempFs();
    const files = { "/Dockerfile": "FROM alpine\n", "/app/app.py": "print(1)\n", "/app/static/x.css": "" };
    await new WorkspaceFileStore(fs, "/workspaces/a").save(files);
    expect(await new WorkspaceFileStore(fs, "/workspaces/a").load()).toEqual(files);
    expect(await new WorkspaceFileStore(fs, "/workspaces/b").load()).toBeNull();
  });

  it("removes deleted files and turns a file into a directory", async () => {
    const fs = tempFs();
    const store = new WorkspaceFileStore(fs, "/w");
    await store.save({ "/a": "1", "/b/c": "2" });
    await store.save({ "/b": "now a file", "/a/d": "3" });
    expect(await new WorkspaceFileStore(fs, "/w").load()).toEqual({ "/b": "now a file", "/a/d": "3" });
  });

  it("clear forgets the workspace", async () => {
    const fs = tempFs();
    const store = new WorkspaceFileStore(fs, "/w");
    await store.save({ "/a": "1" });
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it("always loads what the last of several saves wrote", async () => {
    const name = fc.constantFrom("a", "b", "c");
    const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join("/")}`);
    const tree = fc.dictionary(path, fc.string({ maxLength: 5 })).filter((files) => {
      // A path cannot be both a file and a directory.
      const keys = Object.keys(files);
      return keys.every((k) => !keys.some((other) => other.startsWith(`${k}/`)));
    });
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), async (saves) => {
        const fs = tempFs();
        const store = new WorkspaceFileStore(fs, "/w");
        for (const files of saves) void store.save(files);
        await store.save(saves.at(-1) ?? {});
        expect(await new WorkspaceFileStore(fs, "/w").load()).toEqual(saves.at(-1));
      }),
      { numRuns: 25 },
    );
  });
});
