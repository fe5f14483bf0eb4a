import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { commitUpperLayer } from "./diff";
import { createLayer, deserializeLayer, serializeLayer, type Layer } from "./layer";
import { MemoryFs } from "./memory-fs";
import { FsError, type FileSystem } from "./types";
import { UnionFs } from "./union-fs";
import { deserializeWritableLayer, serializeWritableLayer, WritableLayer } from "./writable-layer";

// The union of layers must behave, call for call, like one plain tree: the
// model is MemoryFs (already checked against Linux's errnos in memory-fs.test.ts).
// Every few steps the upper layer is committed into a new lower layer, or the
// whole state goes through JSON as an engine snapshot would.

const T0 = Date.UTC(2025, 0, 1);

type Op =
  | { k: "write" | "append"; path: string; data: string }
  | { k: "mkdir"; path: string; recursive: boolean }
  | { k: "remove"; path: string; recursive: boolean }
  | { k: "rename"; path: string; to: string }
  | { k: "read" | "readdir" | "stat"; path: string }
  | { k: "commit" }
  | { k: "snapshot" };

const name = fc.constantFrom("a", "b", "c");
const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => "/" + parts.join("/"));
const data = fc.constantFrom("", "x", "héllo", "12345");
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ k: fc.constantFrom("write" as const, "append" as const), path, data }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("mkdir" as const), path, recursive: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("remove" as const), path, recursive: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("rename" as const), path, to: path }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constantFrom("read" as const, "readdir" as const, "stat" as const), path }) },
  { weight: 1, arbitrary: fc.constantFrom<Op>({ k: "commit" }, { k: "snapshot" }) },
);

function outcome(fn: () => unknown): unknown {
  try {
    return { ok: fn() ?? null };
  } catch (error) {
    if (error instanceof FsError) return { err: error.code };
    throw error;
  }
}

/** What both trees must agree on: directory mtimes differ on purpose (the union sets them, as Linux does). */
function describeStat(fs: FileSystem, p: string): unknown {
  const st = fs.stat(p);
  return st && { type: st.type, size: st.size, mode: st.mode, mtimeMs: st.type === "file" ? st.mtimeMs : 0 };
}

function apply(fs: FileSystem, o: Exclude<Op, { k: "commit" | "snapshot" }>): unknown {
  return outcome(() => {
    switch (o.k) {
      case "write":
        return fs.writeFile(o.path, o.data);
      case "append":
        return fs.appendFile(o.path, o.data);
      case "mkdir":
        return fs.mkdir(o.path, { recursive: o.recursive });
      case "remove":
        return fs.remove(o.path, { recursive: o.recursive });
      case "rename":
        return fs.rename(o.path, o.to);
      case "read":
        return fs.readFile(o.path);
      case "readdir":
        return fs.readdir(o.path);
      case "stat":
        return describeStat(fs, o.path);
    }
  });
}

/** Every path with its stat and content, walked from "/". */
function walk(fs: FileSystem): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [];
  const visit = (p: string): void => {
    const st = fs.stat(p);
    out.push([p, describeStat(fs, p), st?.type === "file" ? fs.readFile(p) : fs.readdir(p)]);
    if (st?.type === "dir") for (const n of fs.readdir(p)) visit(p === "/" ? `/${n}` : `${p}/${n}`);
  };
  visit("/");
  return out;
}

describe("UnionFs agrees with MemoryFs", () => {
  it("on random sequences of operations across commits and snapshots", () => {
    const base = createLayer({
      "/a": { type: "dir", mode: 0o755, uid: 0, gid: 0, mtimeMs: T0 },
      "/a/b": { type: "file", content: "lower", mode: 0o644, uid: 0, gid: 0, mtimeMs: T0 },
      "/c/c/a": { type: "file", content: "deep", mode: 0o644, uid: 0, gid: 0, mtimeMs: T0 },
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        let t = T0;
        const now = () => t;
        const model = new MemoryFs(now);
        model.mkdir("/a");
        model.writeFile("/a/b", "lower");
        model.mkdir("/c/c", { recursive: true });
        model.writeFile("/c/c/a", "deep");
        let layers: Layer[] = [base];
        let union = new UnionFs(layers, { upper: new WritableLayer(), now });
        for (const o of ops) {
          t += 1000;
          if (o.k === "commit") {
            layers = [...layers, commitUpperLayer(union.upper as WritableLayer)];
            union = new UnionFs(layers, { upper: new WritableLayer(), now });
          } else if (o.k === "snapshot") {
            const json = JSON.stringify({ layers: layers.map(serializeLayer), upper: serializeWritableLayer(union.upper as WritableLayer) });
            const restored = JSON.parse(json) as { layers: ReturnType<typeof serializeLayer>[]; upper: ReturnType<typeof serializeWritableLayer> };
            layers = restored.layers.map(deserializeLayer);
            union = new UnionFs(layers, { upper: deserializeWritableLayer(restored.upper), now });
          } else {
            expect(apply(union, o), `${o.k} ${o.path}`).toEqual(apply(model, o));
          }
        }
        expect(walk(union)).toEqual(walk(model));
      }),
      { numRuns: 1000 },
    );
  });
});
