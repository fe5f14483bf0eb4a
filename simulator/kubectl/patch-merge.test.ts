import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateJsonPatch, calculateMergePatch, calculateStrategicMergePatch, parseJsonPatch, type Json } from "./patch-merge";
import { parsePatchText } from "./verbs/patch";

const json: fc.Arbitrary<Json> = fc.jsonValue() as fc.Arbitrary<Json>;

describe("patch algorithms", () => {
  it("merge patch: null removes, lists replace, maps merge (RFC 7386 examples)", () => {
    expect(calculateMergePatch({ a: "b", c: { d: "e", f: "g" } }, { a: "z", c: { f: null } })).toEqual({ a: "z", c: { d: "e" } });
    expect(calculateMergePatch({ a: [1, 2] }, { a: [3] })).toEqual({ a: [3] });
    expect(calculateMergePatch({ a: "b" }, ["c"])).toEqual(["c"]);
  });

  it("strategic merge: containers merge by name, new ones first, $patch: delete removes", () => {
    const target = { spec: { containers: [{ name: "a", image: "x" }, { name: "b", image: "y" }] } };
    const r = calculateStrategicMergePatch(target, { spec: { containers: [{ name: "b", image: "z" }, { name: "c", image: "w" }] } });
    expect(r).toEqual({ ok: true, value: { spec: { containers: [{ name: "c", image: "w" }, { name: "a", image: "x" }, { name: "b", image: "z" }] } } });
    const d = calculateStrategicMergePatch(target, { spec: { containers: [{ name: "a", $patch: "delete" }] } });
    expect(d).toEqual({ ok: true, value: { spec: { containers: [{ name: "b", image: "y" }] } } });
    expect(calculateStrategicMergePatch(target, { spec: { containers: [{ image: "q" }] } })).toEqual({ ok: false, error: "map: map[image:q] does not contain declared merge key: name" });
    expect(calculateStrategicMergePatch({ spec: { tolerations: [{ key: "a" }] } }, { spec: { tolerations: [{ key: "b" }] } })).toEqual({ ok: true, value: { spec: { tolerations: [{ key: "b" }] } } });
  });

  it("json patch: ops in order; a failing op fails the whole patch", () => {
    const ops = parseJsonPatch([{ op: "add", path: "/a/-", value: 3 }, { op: "replace", path: "/b", value: "y" }, { op: "remove", path: "/c" }, { op: "test", path: "/b", value: "y" }]);
    if (!ops.ok) throw new Error(ops.error);
    expect(calculateJsonPatch({ a: [1, 2], b: "x", c: true }, ops.ops)).toEqual({ ok: true, value: { a: [1, 2, 3], b: "y" } });
    const bad = parseJsonPatch([{ op: "remove", path: "/nope" }]);
    if (!bad.ok) throw new Error(bad.error);
    expect(calculateJsonPatch({}, bad.ops).ok).toBe(false);
    expect(parseJsonPatch({ op: "add" })).toEqual({ ok: false, error: "json: cannot unmarshal object into Go value of type jsonpatch.Patch" });
  });

  it("property: patching with an empty map changes nothing; merging a map twice is idempotent", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json), fc.dictionary(fc.string(), json), (target, patch) => {
        expect(calculateMergePatch(target, {})).toEqual(target);
        const once = calculateMergePatch(target, patch);
        expect(calculateMergePatch(once, patch)).toEqual(once);
        const smp = calculateStrategicMergePatch(target, {});
        expect(smp).toEqual({ ok: true, value: target });
      }),
    );
  });

  it("property: the patch front never throws on any text or any JSON patch document", () => {
    fc.assert(
      fc.property(fc.string(), json, json, (text, doc, patch) => {
        const parsed = parsePatchText(text);
        if (!parsed.ok) expect(parsed.error.startsWith("unable to parse")).toBe(true);
        const ops = parseJsonPatch(patch);
        if (ops.ok) calculateJsonPatch(doc, ops.ops);
        calculateStrategicMergePatch(doc, patch);
      }),
    );
  });
});
