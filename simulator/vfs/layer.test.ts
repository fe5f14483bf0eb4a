import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  calculateChainId,
  calculateImageSize,
  calculateUtf8Length,
  createLayer,
  deserializeLayer,
  EMPTY_LAYER_DIGEST,
  LayerStore,
  serializeLayer,
  type DirEntry,
  type FileEntry,
  type SerializedLayer,
} from "./layer";
import { getLayerStackIndex, listIndexChildren } from "./layer-index";
import { FsError } from "./types";
import { UnionFs } from "./union-fs";
import { deserializeWritableLayer, serializeWritableLayer, WritableLayer } from "./writable-layer";

const file = (content: string, extra: Partial<FileEntry> = {}): FileEntry => ({ type: "file", content, mode: 0o644, uid: 0, gid: 0, mtimeMs: 1, ...extra });
const dir = (extra: Partial<DirEntry> = {}): DirEntry => ({ type: "dir", mode: 0o755, uid: 0, gid: 0, mtimeMs: 1, ...extra });

describe("createLayer digests", () => {
  it("gives identical content an identical sha256 digest, whatever the mtimes and order", () => {
    const a = createLayer([
      ["/app", dir()],
      ["/app/main.py", file("print(1)\n")],
    ]);
    const b = createLayer({ "/app/main.py": file("print(1)\n", { mtimeMs: 999 }), "/app": dir({ mtimeMs: 5 }) });
    expect(a.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.digest).toBe(a.digest);
  });

  it("names an empty layer with Docker's empty-tar diffID", () => {
    expect(createLayer([]).digest).toBe(EMPTY_LAYER_DIGEST);
    expect(createLayer([]).size).toBe(0);
  });

  it("changes with content, path, type, mode, owner, link target, whiteouts and opacity", () => {
    const reference = createLayer({ "/app": dir(), "/app/f": file("x") }).digest;
    const variants = [
      { "/app": dir(), "/app/f": file("y") },
      { "/app": dir(), "/app/g": file("x") },
      { "/app": dir(), "/app/f": file("x", { mode: 0o755 }) },
      { "/app": dir(), "/app/f": file("x", { uid: 1 }) },
      { "/app": dir(), "/app/f": file("x", { gid: 1 }) },
      { "/app": dir(), "/app/f": file("x", { size: 10 }) },
      { "/app": dir({ opaque: true }), "/app/f": file("x") },
      { "/app": dir(), "/app/f": { type: "symlink", target: "x", uid: 0, gid: 0 } },
      { "/app": dir(), "/app/f": { type: "whiteout" } },
      { "/app": dir({ mode: 0o700 }), "/app/f": file("x") },
    ] as const;
    const digests = variants.map((entries) => createLayer(entries).digest);
    expect(new Set([reference, ...digests]).size).toBe(variants.length + 1);
  });

  it("sizes a layer by file content (UTF-8), declared sizes and link targets", () => {
    const layer = createLayer({
      "/a": file("héllo"),
      "/big": file("", { size: 5_000_000 }),
      "/l": { type: "symlink", target: "/a", uid: 0, gid: 0 },
      "/d": dir(),
      "/gone": { type: "whiteout" },
    });
    expect(layer.size).toBe(6 + 5_000_000 + 2);
    expect(calculateImageSize([layer, layer])).toBe(2 * layer.size);
  });

  it("keeps entries sorted and frozen, and rejects relative, duplicate and non-directory root paths", () => {
    const layer = createLayer({ "/b": file("b"), "/a/./x/../y": file("y"), "/a": dir({ mode: 0o40755 }) });
    expect([...layer.entries.keys()]).toEqual(["/a", "/a/y", "/b"]);
    expect(layer.entries.get("/a")).toMatchObject({ mode: 0o755 });
    expect(Object.isFrozen(layer.entries.get("/b"))).toBe(true);
    expect(Object.isFrozen(layer)).toBe(true);
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof FsError ? error.code : "other";
      }
      return "none";
    };
    expect(code(() => createLayer({ "a/b": file("") }))).toBe("EINVAL");
    expect(code(() => createLayer({ "/a/../b": file(""), "/b": file("") }))).toBe("EINVAL");
    expect(code(() => createLayer({ "/": file("") }))).toBe("EINVAL");
  });

  it("computes ChainIDs as the OCI image spec defines them", () => {
    const l0 = createLayer({ "/a": file("a") });
    const l1 = createLayer({ "/b": file("b") });
    expect(calculateChainId([])).toBe("");
    expect(calculateChainId([l0])).toBe(l0.digest);
    const expected = "sha256:" + createHash("sha256").update(`${l0.digest} ${l1.digest}`).digest("hex");
    expect(calculateChainId([l0, l1])).toBe(expected);
  });

  it("counts UTF-8 bytes like TextEncoder", () => {
    const encoder = new TextEncoder();
    fc.assert(
      // Any UTF-16 code unit, lone surrogates included (TextEncoder writes U+FFFD for them).
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }), (s) => {
        return calculateUtf8Length(s) === encoder.encode(s).length;
      }),
      { numRuns: 1000 },
    );
  });
});

describe("LayerStore", () => {
  it("interns layers by digest so identical layers are one object", () => {
    const store = new LayerStore();
    const a = store.create({ "/x": file("same") });
    const b = store.intern(createLayer({ "/x": file("same", { mtimeMs: 77 }) }));
    expect(b).toBe(a);
    expect(store.count).toBe(1);
    expect(store.get(a.digest)).toBe(a);
    expect(store.delete(a.digest)).toBe(true);
    expect(store.has(a.digest)).toBe(false);
  });

  it("serializes to plain JSON and back, layers once each", () => {
    const store = new LayerStore();
    const base = store.create({ "/etc": dir(), "/etc/os-release": file("ID=debian\n"), "/bin/sh": file("", { size: 125_000, mode: 0o755 }) });
    const top = store.create({ "/etc/os-release": { type: "whiteout" }, "/opt": dir({ opaque: true }), "/bin/bash": { type: "symlink", target: "sh", uid: 0, gid: 0 } });
    const json = JSON.stringify(store.serialize());
    const restored = LayerStore.deserialize(JSON.parse(json) as SerializedLayer[]);
    expect(restored.list().map((l) => l.digest)).toEqual(store.list().map((l) => l.digest));
    const again = restored.get(top.digest);
    expect(again?.entries).toEqual(top.entries);
    expect(again?.size).toBe(top.size);
    // Recomputing gives the stored digest: the serialized form loses nothing that names the layer.
    expect(createLayer(serializeLayer(base).entries).digest).toBe(base.digest);
    const fs = new UnionFs([restored.get(base.digest), again].filter((l) => l !== undefined));
    expect(fs.readdir("/etc")).toEqual([]);
    expect(fs.stat("/bin/bash")).toMatchObject({ size: 125_000 });
    expect(deserializeLayer(serializeLayer(top)).digest).toBe(top.digest);
  });

  it("round-trips a writable layer through JSON", () => {
    const upper = new WritableLayer();
    const fs = new UnionFs([createLayer({ "/etc/a": file("a"), "/etc/b": file("b") })], { upper });
    fs.remove("/etc/a");
    fs.mkdir("/srv/www", { recursive: true });
    fs.writeFile("/srv/www/index.html", "<h1>hi</h1>");
    const data = JSON.parse(JSON.stringify(serializeWritableLayer(upper))) as ReturnType<typeof serializeWritableLayer>;
    const restored = deserializeWritableLayer(data);
    expect([...restored.entries.keys()].sort()).toEqual([...upper.entries.keys()].sort());
    const again = new UnionFs(fs.layers, { upper: restored });
    expect(again.readdir("/etc")).toEqual(["b"]);
    expect(again.readdir("/srv/www")).toEqual(["index.html"]);
    again.remove("/srv", { recursive: true });
    expect(restored.count).toBe(2); // the whiteout of /etc/a and the copied-up /etc
  });
});

describe("the merged index of a layer stack", () => {
  it("is built once per stack and shares untouched directories between stacks", () => {
    const base = createLayer({ "/usr/bin/ls": file("ls"), "/usr/bin/cat": file("cat"), "/etc/hostname": file("h") });
    const app1 = createLayer({ "/app/one": file("1") });
    const app2 = createLayer({ "/app/two": file("2"), "/etc/hostname": { type: "whiteout" } });
    const i1 = getLayerStackIndex([base, app1]);
    expect(getLayerStackIndex([base, app1])).toBe(i1);
    const i2 = getLayerStackIndex([base, app2]);
    const usr = getLayerStackIndex([base]).children?.get("usr");
    expect(i1.children?.get("usr")).toBe(usr);
    expect(i2.children?.get("usr")).toBe(usr);
    expect(i1.children?.get("etc")).toBe(getLayerStackIndex([base]).children?.get("etc"));
    expect(listIndexChildren(i2.children?.get("etc") ?? i2)).toEqual([]);
    expect(listIndexChildren(usr?.children?.get("bin") ?? i1)).toEqual(["cat", "ls"]);
  });
});
