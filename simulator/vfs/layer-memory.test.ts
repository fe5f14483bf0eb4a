import * as v8 from "node:v8";
import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import { calculateImageSize, LayerStore, type FileEntry, type Layer, type LayerEntry } from "./layer";
import { getLayerStackIndex } from "./layer-index";
import { UnionFs } from "./union-fs";
import { WritableLayer } from "./writable-layer";

// "Layers are shared, never copied: a hundred images on one base hold the
// base's files once." Real Docker stores one copy per layer digest and mounts
// it under every image and container that uses it (moby/moby: layer/layer_store.go).

const T0 = Date.UTC(2025, 0, 1);
const file = (content: string, extra: Partial<FileEntry> = {}): FileEntry => ({ type: "file", content, mode: 0o644, uid: 0, gid: 0, mtimeMs: T0, ...extra });

/** ~2,000 files in 40 package directories, 5,000 declared bytes each: a 10 MB base image. */
function calculateBaseEntries(): [string, LayerEntry][] {
  const entries: [string, LayerEntry][] = [];
  for (let p = 0; p < 40; p++) {
    entries.push([`/usr/lib/pkg${p}`, { type: "dir", mode: 0o755, uid: 0, gid: 0, mtimeMs: T0 }]);
    for (let f = 0; f < 50; f++) entries.push([`/usr/lib/pkg${p}/file${f}.so`, file(`pkg${p}/file${f}`, { size: 5000, mode: 0o755 })]);
  }
  entries.push(["/etc/os-release", file("ID=debian\n")]);
  return entries;
}

/** global.gc when node runs with --expose-gc, else V8's flag set at runtime (node:v8 setFlagsFromString). */
function obtainGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === "function") return existing;
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc: unknown = vm.runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

function measureHeap(gc: (() => void) | undefined): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

describe("layer sharing", () => {
  it("100 images on one 10 MB base cost far less than 5 MB extra", () => {
    const gc = obtainGc();
    const store = new LayerStore();
    const beforeBase = measureHeap(gc);
    const base = store.create(calculateBaseEntries());
    const baseHeap = measureHeap(gc) - beforeBase;
    expect(base.entries.size).toBe(2041);
    expect(base.size).toBeGreaterThanOrEqual(10_000_000);
    new UnionFs([base]).readFile("/etc/os-release"); // the base's own index, built once

    const before = measureHeap(gc);
    const images: { layers: Layer[]; fs: UnionFs }[] = [];
    for (let i = 0; i < 100; i++) {
      // Each image re-creates its base from the same content: the store hands back the one Layer.
      const again = store.create([["/etc/os-release", file("ID=debian\n", { mtimeMs: T0 + i })]]);
      const own = store.create({ [`/app/config-${i}.json`]: file(`{"id":${i}}\n`), "/app/start.sh": file("#!/bin/sh\nexec app\n", { mode: 0o755 }) });
      const layers = [i === 0 ? base : (store.get(base.digest) as Layer), again, own];
      const fs = new UnionFs(layers, { upper: new WritableLayer() });
      fs.readFile(`/app/config-${i}.json`);
      fs.readFile("/usr/lib/pkg7/file3.so");
      images.push({ layers, fs });
    }
    const extra = measureHeap(gc) - before;
    console.log(
      `base layer: ${base.entries.size} entries, ${(base.size / 1e6).toFixed(1)} MB declared, ${(baseHeap / 1024).toFixed(0)} KiB heap; ` +
        `100 images + 100 container views on it: +${(extra / 1024).toFixed(0)} KiB heap (gc ${gc ? "on" : "unavailable"})`,
    );

    // Structurally: one base Layer object, one index node for the base's /usr, 100 + 2 layers stored.
    const usr = getLayerStackIndex([base]).children?.get("usr");
    for (const image of images) {
      expect(image.layers[0]).toBe(base);
      expect(getLayerStackIndex(image.layers).children?.get("usr")).toBe(usr);
      expect(calculateImageSize(image.layers)).toBeGreaterThan(base.size);
    }
    expect(store.count).toBe(102);
    if (gc) expect(extra).toBeLessThan(2 * 1024 * 1024);
    expect(images).toHaveLength(100);
  });

  it("reads fast from a container over five layers, with the merged index built once", () => {
    const store = new LayerStore();
    const base = store.create(calculateBaseEntries());
    const layers = [base];
    for (let l = 0; l < 4; l++) {
      layers.push(store.create({ [`/usr/lib/pkg${l}/file0.so`]: { type: "whiteout" }, [`/opt/step${l}/bin`]: file(`step ${l}`), "/etc/os-release": file(`ID=step${l}\n`) }));
    }
    const fs = new UnionFs(layers, { upper: new WritableLayer() });
    fs.writeFile("/usr/lib/pkg9/file9.so", "patched");
    fs.remove("/usr/lib/pkg8", { recursive: true });
    const index = getLayerStackIndex(layers);
    const paths = Array.from({ length: 1000 }, (_, i) => `/usr/lib/pkg${i % 40}/file${(i * 7) % 50}.so`);

    const rounds = 100;
    let found = 0;
    const start = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (const p of paths) if (fs.stat(p)) found++;
    }
    const statSeconds = (performance.now() - start) / 1000;
    const readStart = performance.now();
    for (let r = 0; r < 20; r++) for (const p of paths) if (fs.lstat(p)?.type === "file") fs.readFile(p);
    const readSeconds = (performance.now() - readStart) / 1000;
    const listStart = performance.now();
    for (let r = 0; r < 2000; r++) fs.readdir(`/usr/lib/pkg${10 + (r % 30)}`);
    const listSeconds = (performance.now() - listStart) / 1000;

    const statRate = (rounds * paths.length) / statSeconds;
    console.log(
      `lookups over 5 layers + upper: stat ${(statRate / 1e6).toFixed(2)} M/s, ` +
        `lstat+readFile ${((20 * paths.length) / readSeconds / 1e6).toFixed(2)} M/s, readdir(50 names) ${(2000 / listSeconds / 1e3).toFixed(0)} k/s`,
    );
    const visible = paths.filter((p) => !p.startsWith("/usr/lib/pkg8/") && !/\/pkg[0-3]\/file0\.so$/.test(p));
    expect(visible.length).toBeLessThan(paths.length - 25);
    expect(found).toBe(rounds * visible.length); // pkg8 removed in the upper layer, pkg0–3/file0 whited out below
    expect(getLayerStackIndex(layers)).toBe(index);
    expect(statRate).toBeGreaterThan(50_000);
  });
});
