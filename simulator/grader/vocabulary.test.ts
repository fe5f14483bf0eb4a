import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngineState } from "../engine/engine";
import type { Check, GradableSnapshot } from "./checks";
import { gradeChecks } from "./grade";
import { CHECK_SCHEMA, CHECKS_SCHEMA, PREDICATES } from "./vocabulary";

const EMPTY: GradableSnapshot = { engine: createEngineState(), workspace: {}, history: [] };

describe("check vocabulary", () => {
  it("has at least 30 predicates with unique kinds, each in its own file's table entry", () => {
    expect(PREDICATES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PREDICATES.map((p) => p.kind)).size).toBe(PREDICATES.length);
  });

  for (const def of PREDICATES) {
    it(`${def.kind}: its example is valid and fails on an empty engine without throwing`, () => {
      const check = { id: "x", title: "x", kind: def.kind, ...def.example };
      const parsed = CHECK_SCHEMA.safeParse(check);
      expect(parsed.success, parsed.success ? "" : parsed.error.message).toBe(true);
      const [result] = gradeChecks([check as Check], EMPTY);
      expect(result?.passed).toBe(false);
      expect(result?.detail.length).toBeGreaterThan(0);
    });
  }

  it("rejects unknown kinds, unknown parameters, bad ids, duplicate ids and more than three hints", () => {
    expect(CHECK_SCHEMA.safeParse({ id: "a", title: "t", kind: "toString" }).success).toBe(false);
    expect(CHECK_SCHEMA.safeParse({ id: "a", title: "t", kind: "image-present", reference: "x", extra: 1 }).success).toBe(false);
    expect(CHECK_SCHEMA.safeParse({ id: "A B", title: "t", kind: "image-present", reference: "x" }).success).toBe(false);
    expect(CHECK_SCHEMA.safeParse({ id: "a", title: "t", kind: "image-present", reference: "x", hints: ["1", "2", "3", "4"] }).success).toBe(false);
    expect(CHECK_SCHEMA.safeParse({ id: "a", title: "t", kind: "not", of: { kind: "all", of: [{ kind: "image-present" }] } }).success).toBe(false);
    expect(CHECK_SCHEMA.safeParse({ id: "a", title: "t", kind: "not", of: { kind: "all", of: [{ kind: "image-present", reference: "x" }] } }).success).toBe(true);
    const dup = { id: "a", title: "t", kind: "image-present", reference: "x" };
    expect(CHECKS_SCHEMA.safeParse([dup, dup]).success).toBe(false);
  });

  it("property: arbitrary data never makes validation or grading throw", () => {
    const kinds = [...PREDICATES.map((p) => p.kind), "all", "any", "not", "toString", "__proto__"];
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(null));
    const leaf = fc.record({ kind: fc.constantFrom(...kinds) }).chain((base) =>
      fc.dictionary(fc.constantFrom("reference", "name", "image", "path", "port", "max", "of", "contains", "matches", "keyword", "codes"), value).map((params) => ({ ...params, ...base })),
    );
    fc.assert(
      fc.property(fc.array(leaf, { maxLength: 4 }), (leaves) => {
        const checks = leaves.map((l, i) => ({ id: `c${i}`, title: "t", ...l }));
        for (const c of checks) CHECK_SCHEMA.safeParse(c);
        const results = gradeChecks(checks as unknown as Check[], EMPTY);
        expect(results).toHaveLength(checks.length);
      }),
      { numRuns: 300 },
    );
  });
});
