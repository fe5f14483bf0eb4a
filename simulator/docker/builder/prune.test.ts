import { describe, expect, it } from "vitest";
import type { BuildCacheEntry } from "../../build/cache";
import { calculateCacheRecordId } from "../../engine/build-cache-prune";
import { formatTabPaddedBlock } from "../formatter/buildx-table";
import { createDockerHarness } from "../image/testing";

function cacheEntry(key: string, size: number, type: BuildCacheEntry["type"], at: number): BuildCacheEntry {
  return { key, size, type, description: `[2/3] RUN step ${key}`, created: at, createdAt: at, lastUsedAt: at, usageCount: 1, layer: { digest: `sha256:${key.repeat(64).slice(0, 64)}`, size } };
}

function withCache() {
  const h = createDockerHarness();
  const now = h.clock.now();
  const entries = [cacheEntry("a", 1_234_567, "regular", now - 3_600_000), cacheEntry("b", 2048, "source.local", now - 60_000), cacheEntry("c", 512, "frontend", now - 1000)];
  for (const e of entries) h.engine.state.buildCache.entries[e.key] = e;
  return { ...h, entries };
}

describe("formatTabPaddedBlock", () => {
  it("pads with tabs to multiples of 8 as Go's tabwriter does with padchar '\\t'", () => {
    expect(formatTabPaddedBlock([["Total:", "1.2MB"]])).toBe("Total:\t1.2MB\n");
    expect(formatTabPaddedBlock([["ID", "RECLAIMABLE", "x"], ["a".repeat(40), "true ", "y"]])).toBe(`ID\t\t\t\t\t\tRECLAIMABLE\tx\n${"a".repeat(40)}\ttrue \t\ty\n`);
  });
});

describe("docker builder prune", () => {
  it("lists what it removed, header flushed with the first row, then the total", () => {
    const { docker, engine, entries } = withCache();
    const r = docker("builder prune -f");
    const [a, b] = entries.map((e) => calculateCacheRecordId(e));
    expect(r.stdout).toBe(
      `ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED\n${a!.padEnd(40)}\ttrue \t\t1.235MB   \tAbout an hour ago\n` +
        `${b!.padEnd(40)}\ttrue \t2.048kB   \tAbout a minute ago\n` +
        "Total:\t1.237MB\n",
    );
    expect(Object.keys(engine.state.buildCache.entries)).toEqual(["c"]);
    expect(engine.state.images.builtLayers).toEqual({});
  });

  it("-a takes frontend records too; until keeps recent ones; --verbose prints key/value blocks", () => {
    const { docker, engine } = withCache();
    expect(docker("builder prune -a -f --filter until=30m").stdout).toMatch(/^ID\t+RECLAIMABLE.*\n\w{25} +\ttrue \t\t1\.235MB +\tAbout an hour ago\nTotal:\t1\.235MB\n$/);
    const verbose = docker("builder prune -a -f --verbose").stdout;
    expect(verbose).toContain("ID:\t\t");
    expect(verbose).toContain("Reclaimable:\ttrue\n");
    expect(verbose).toContain("Type:\t\tfrontend\n\n");
    expect(verbose.endsWith("Total:\t2.56kB\n")).toBe(true);
    expect(engine.state.buildCache.entries).toEqual({});
  });

  it("system df counts the cache and -v lists it", () => {
    const { docker } = withCache();
    expect(docker("system df").stdout.split("\n")[4]).toBe("Build Cache     3         0         1.237MB   1.237MB");
    const verbose = docker("system df -v").stdout;
    expect(verbose).toContain("\nBuild cache usage: 1.237MB\n\nCACHE ID       CACHE TYPE     SIZE      CREATED              LAST USED            USAGE     SHARED\n");
    expect(verbose).toMatch(/\n\w{12}   frontend       512B      1 second ago         1 second ago         1         false\n/);
  });
});
