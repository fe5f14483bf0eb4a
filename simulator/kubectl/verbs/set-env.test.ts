import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseEnvPairs, selectContainers } from "./set-env";
import { parseResourceList } from "./set-resources";

describe("set env / set resources parsers", () => {
  it("reads KEY=VAL and KEY- (envutil.ParseEnv)", () => {
    expect(parseEnvPairs(["A=1", "B=x=y", "C-"])).toEqual({ ok: true, set: [{ name: "A", value: "1" }, { name: "B", value: "x=y" }], remove: ["C"] });
    expect(parseEnvPairs(["1A=x"]).ok).toBe(false);
    expect(parseEnvPairs(["plain"])).toEqual({ ok: false, error: "unknown environment variable: plain" });
  });

  it("reads resource lists (populateResourceListV1)", () => {
    expect(parseResourceList("cpu=200m,memory=512Mi")).toEqual({ ok: true, list: { cpu: "200m", memory: "512Mi" } });
    expect(parseResourceList("cpu")).toEqual({ ok: false, error: "Invalid argument syntax cpu, expected <resource>=<value>" });
    expect(parseResourceList("cpu=lots").ok).toBe(false);
  });

  it("selects containers by wildcard", () => {
    const spec = { containers: [{ name: "web", image: "a" }, { name: "web-sidecar", image: "b" }], initContainers: [{ name: "init", image: "c" }] };
    expect(selectContainers(spec, "*").map((c) => c.name)).toEqual(["web", "web-sidecar", "init"]);
    expect(selectContainers(spec, "web*").map((c) => c.name)).toEqual(["web", "web-sidecar"]);
    expect(selectContainers(spec, "w.b")).toEqual([]);
  });

  it("property: the parsers never throw and accept exactly what they claim", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (pairs, list) => {
        const env = parseEnvPairs(pairs);
        if (env.ok) expect(env.set.length + env.remove.length).toBe(pairs.length);
        const res = parseResourceList(list);
        if (res.ok) for (const v of Object.values(res.list)) expect(v).toMatch(/^[+-]?[0-9.]+/);
        selectContainers({ containers: [{ name: "a", image: "b" }] }, list);
      }),
    );
  });
});
