import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECK_SCHEMA, PREDICATES, type Check } from "@/simulator";
import { calculateCheckFields, formatDraftCheck, parseDraftCheck } from "./check-fields";

describe("check fields generated from the vocabulary's schemas", () => {
  it("offers container-running's selector as two optional text fields", () => {
    expect(calculateCheckFields("container-running").map((f) => [f.name, f.type, f.required])).toEqual([
      ["name", "text", false],
      ["image", "text", false],
    ]);
    expect(calculateCheckFields("toString")).toEqual([]);
  });

  it.each(PREDICATES.map((p) => [p.kind, p.example] as const))("%s: its documented example survives draft → check", (kind, example) => {
    const check = { id: "example", title: "Example", kind, ...example } as Check;
    expect(CHECK_SCHEMA.safeParse(check).success).toBe(true);
    const back = parseDraftCheck(formatDraftCheck(check));
    expect(back).toEqual(check);
    expect(CHECK_SCHEMA.safeParse(back).success).toBe(true);
  });

  it("keeps hints one per line and leaves empty fields out", () => {
    const check = parseDraftCheck({ id: "web", title: "Web", kind: "container-running", values: { name: "web", image: "  " }, hints: "first\n\n second \n" });
    expect(check).toEqual({ id: "web", title: "Web", kind: "container-running", name: "web", hints: ["first", "second"] });
  });

  it("property: any typed values give check data, never a throw (validation then decides)", () => {
    const kinds = [...PREDICATES.map((p) => p.kind), "all", "not", "nope"];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.dictionary(fc.constantFrom("name", "image", "port", "of", "args", "exitCode", "reference", "min", "toString"), fc.string()), fc.string(), (kind, values, hints) => {
        const check = parseDraftCheck({ id: "x", title: "X", kind, values, hints });
        expect(check.kind).toBe(kind);
        CHECK_SCHEMA.safeParse(check);
      }),
    );
  });
});
