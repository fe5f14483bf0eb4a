import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateChanges, commitUpperLayer, type LayerChange } from "./diff";
import { createLayer, type DirEntry, type FileEntry, type Layer } from "./layer";
import type { PosixStat } from "./posix-types";
import { UnionFs } from "./union-fs";
import { WritableLayer } from "./writable-layer";

// `docker diff` semantics: moby/go-archive changes.go ChangesDirs + changes_unix.go statDifferent.

const T0 = Date.UTC(2025, 0, 1);
const file = (content: string, extra: Partial<FileEntry> = {}): FileEntry => ({ type: "file", content, mode: 0o644, uid: 0, gid: 0, mtimeMs: T0, ...extra });
const dir = (extra: Partial<DirEntry> = {}): DirEntry => ({ type: "dir", mode: 0o755, uid: 0, gid: 0, mtimeMs: T0, ...extra });

const image = createLayer({
  "/etc": dir(),
  "/etc/passwd": file("root:x:0:0\n"),
  "/etc/hosts": file("127.0.0.1 localhost\n"),
  "/tmp": dir({ mode: 0o1777 }),
  "/usr/local/bin": dir(),
  "/usr/share/doc/a": file("a"),
  "/var/log/dpkg.log": file("log"),
});

function run(ops: (fs: UnionFs) => void, layers: Layer[] = [image]): { fs: UnionFs; changes: string[] } {
  const fs = new UnionFs(layers, { upper: new WritableLayer(), now: () => T0 + 60_000 });
  ops(fs);
  return { fs, changes: calculateChanges(layers, fs.upper as WritableLayer).map((c) => `${c.kind} ${c.path}`) };
}

describe("calculateChanges (docker diff)", () => {
  it("lists additions, changes and deletions with changed parents, in docker diff's order", () => {
    const { changes } = run((fs) => {
      fs.writeFile("/tmp/new.txt", "x");
      fs.appendFile("/etc/passwd", "app:x:1000:1000\n");
      fs.remove("/etc/hosts");
      fs.mkdir("/app/src", { recursive: true });
      fs.writeFile("/app/src/main.py", "print()");
    });
    expect(changes).toEqual(["A /app", "A /app/src", "A /app/src/main.py", "C /etc", "C /etc/passwd", "D /etc/hosts", "C /tmp", "A /tmp/new.txt"]);
  });

  it("marks every ancestor of a change C, never /", () => {
    expect(run((fs) => fs.writeFile("/usr/local/bin/tool", "#!")).changes).toEqual(["C /usr", "C /usr/local", "C /usr/local/bin", "A /usr/local/bin/tool"]);
  });

  it("a deleted directory is one D; a directory replaced by a file is one C", () => {
    expect(run((fs) => fs.remove("/usr/share", { recursive: true })).changes).toEqual(["C /usr", "D /usr/share"]);
    const replaced = run((fs) => {
      fs.remove("/var/log", { recursive: true });
      fs.writeFile("/var/log", "flat");
    });
    expect(replaced.changes).toEqual(["C /var", "C /var/log"]);
  });

  it("copy-ups that change nothing are not changes; chmod and chown are", () => {
    expect(run((fs) => fs.chmod("/etc/passwd", 0o644)).changes).toEqual([]);
    expect(run((fs) => fs.chmod("/etc/passwd", 0o600)).changes).toEqual(["C /etc", "C /etc/passwd"]);
    expect(run((fs) => fs.chown("/usr/local", 1000, 1000)).changes).toEqual(["C /usr", "C /usr/local"]);
    expect(run(() => undefined).changes).toEqual([]);
  });

  it("rm -r then mkdir of a lower directory deletes what was in it", () => {
    const { changes } = run((fs) => {
      fs.remove("/etc", { recursive: true });
      fs.mkdir("/etc");
      fs.writeFile("/etc/passwd", "new\n");
    });
    expect(changes).toEqual(["C /etc", "C /etc/passwd", "D /etc/hosts"]);
  });

  it("diffs a committed layer against its parents, whiteouts and opaque directories included", () => {
    const { fs } = run((f) => {
      f.remove("/etc", { recursive: true });
      f.mkdir("/etc");
      f.writeFile("/etc/os-release", "ID=alpine\n");
      f.rename("/usr/share/doc", "/usr/share/docs");
    });
    const layer = commitUpperLayer(fs.upper as WritableLayer);
    expect(layer.entries.get("/etc")).toMatchObject({ type: "dir", opaque: true });
    expect(layer.entries.get("/usr/share/doc")).toEqual({ type: "whiteout" });
    expect(calculateChanges([image], layer).map((c) => `${c.kind} ${c.path}`)).toEqual([
      "C /etc",
      "A /etc/os-release",
      "D /etc/hosts",
      "D /etc/passwd",
      "C /usr",
      "C /usr/share",
      "A /usr/share/docs",
      "A /usr/share/docs/a",
      "D /usr/share/doc",
    ]);
    // Stacking the committed layer shows what the container showed.
    expect(snapshot(new UnionFs([image, layer]))).toEqual(snapshot(fs));
  });

  it("identical steps give identical layers, whatever the clock said", () => {
    const build = (now: number) => {
      const fs = new UnionFs([image], { upper: new WritableLayer(), now: () => now });
      fs.mkdir("/app");
      fs.writeFile("/app/requirements.txt", "flask==3.0\n");
      fs.remove("/etc/hosts");
      return commitUpperLayer(fs.upper as WritableLayer);
    };
    expect(build(T0 + 1).digest).toBe(build(T0 + 86_400_000).digest);
    expect(build(T0).size).toBe(11);
  });
});

/** Every path of a view, parents first, as lstat + content shows it. */
function snapshot(fs: UnionFs): Map<string, PosixStat & { content?: string }> {
  const out = new Map<string, PosixStat & { content?: string }>();
  const visit = (path: string): void => {
    const st = fs.lstat(path) as PosixStat;
    out.set(path, st.type === "file" ? { ...st, content: fs.readFile(path) } : st);
    if (st.type === "dir") for (const name of fs.readdir(path)) visit(path === "/" ? `/${name}` : `${path}/${name}`);
  };
  visit("/");
  return out;
}

/** ChangesDirs over two full trees, written independently of diff.ts (no pruning, public API only). */
function calculateOracle(oldTree: Map<string, PosixStat & { content?: string }>, newTree: Map<string, PosixStat & { content?: string }>): LayerChange[] {
  const childrenOf = (tree: Map<string, PosixStat>, path: string): string[] =>
    [...tree.keys()].filter((p) => p !== "/" && p.slice(0, p.lastIndexOf("/") || 1) === path).map((p) => p.slice(p.lastIndexOf("/") + 1)).sort();
  const differs = (a: PosixStat & { content?: string }, b: PosixStat & { content?: string }): boolean =>
    a.type !== b.type ||
    a.mode !== b.mode ||
    a.uid !== b.uid ||
    a.gid !== b.gid ||
    (a.type !== "dir" && (a.mtimeMs !== b.mtimeMs || a.size !== b.size || a.content !== b.content || a.target !== b.target));
  const out: LayerChange[] = [];
  const add = (path: string): void => {
    const cur = newTree.get(path) as PosixStat;
    const old = oldTree.get(path);
    const start = out.length;
    let listed = false;
    if (path !== "/" && (!old || differs(old, cur))) {
      out.push({ kind: old ? "C" : "A", path });
      listed = true;
    }
    if (cur.type !== "dir") return;
    const names = childrenOf(newTree, path);
    for (const name of names) add(path === "/" ? `/${name}` : `${path}/${name}`);
    if (old?.type === "dir") {
      for (const name of childrenOf(oldTree, path)) if (!names.includes(name)) out.push({ kind: "D", path: path === "/" ? `/${name}` : `${path}/${name}` });
    }
    if (out.length > start && !listed && path !== "/") out.splice(start, 0, { kind: "C", path });
  };
  add("/");
  return out;
}

describe("calculateChanges agrees with a full-tree ChangesDirs", () => {
  const name = fc.constantFrom("a", "b", "etc", "tmp");
  const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => "/" + parts.join("/"));
  const op = fc.oneof(
    fc.record({ k: fc.constant("write" as const), path, data: fc.constantFrom("", "x", "yy") }),
    fc.record({ k: fc.constant("mkdir" as const), path }),
    fc.record({ k: fc.constant("rm" as const), path }),
    fc.record({ k: fc.constant("mv" as const), path, to: path }),
    fc.record({ k: fc.constant("chmod" as const), path, mode: fc.constantFrom(0o644, 0o600, 0o755) }),
    fc.record({ k: fc.constant("chown" as const), path }),
    fc.record({ k: fc.constant("ln" as const), path, to: path }),
    fc.record({ k: fc.constant("commit" as const) }),
  );
  const lower = [
    createLayer({ "/etc/a": file("1"), "/etc/b/a": file("2"), "/tmp": dir({ mode: 0o1777 }), "/a/b": file("3"), "/b": dir() }),
    createLayer({ "/etc/b": dir({ opaque: true }), "/etc/b/b": file("4"), "/a/b": { type: "whiteout" }, "/a/a": file("5") }),
  ];

  it("for random container sessions", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let layers = lower;
        let t = T0;
        let fs = new UnionFs(layers, { upper: new WritableLayer(), now: () => t });
        for (const o of ops) {
          t += 1000;
          try {
            if (o.k === "write") fs.writeFile(o.path, o.data);
            else if (o.k === "mkdir") fs.mkdir(o.path, { recursive: true });
            else if (o.k === "rm") fs.remove(o.path, { recursive: true });
            else if (o.k === "mv") fs.rename(o.path, o.to);
            else if (o.k === "chmod") fs.chmod(o.path, o.mode);
            else if (o.k === "chown") fs.chown(o.path, 1000, 1000);
            else if (o.k === "ln") fs.symlink(o.to, o.path);
            else {
              layers = [...layers, commitUpperLayer(fs.upper as WritableLayer)];
              fs = new UnionFs(layers, { upper: new WritableLayer(), now: () => t });
            }
          } catch {
            // Failed operations (ENOENT, ELOOP…) change nothing; the diff must still agree.
          }
        }
        const expected = calculateOracle(snapshot(new UnionFs(layers)), snapshot(fs));
        expect(calculateChanges(layers, fs.upper as WritableLayer)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
