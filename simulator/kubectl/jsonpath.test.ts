import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatJsonPath, parseJsonPathTemplate } from "./jsonpath";
import { parseCustomColumns } from "./custom-columns";
import { parseFieldSelector } from "./field-selector";

const list = { kind: "List", items: [{ metadata: { name: "a", labels: { app: "x" } }, spec: { containers: [{ image: "nginx" }, { image: "redis" }] } }, { metadata: { name: "b" }, spec: { containers: [] } }] };

function run(template: string, value: unknown): string {
  const parsed = parseJsonPathTemplate(template);
  if (!parsed.ok) throw new Error(parsed.error);
  return formatJsonPath(parsed.nodes, value);
}

describe("jsonpath", () => {
  it("prints fields, [*] and [N]", () => {
    expect(run("{.items[*].metadata.name}", list)).toBe("a b");
    expect(run("{.items[0].spec.containers[1].image}", list)).toBe("redis");
    expect(run("{.items[-1].metadata.name}", list)).toBe("b");
  });
  it("ranges with quoted literals", () => {
    expect(run('{range .items[*]}{.metadata.name}{"\\n"}{end}', list)).toBe("a\nb\n");
  });
  it("prints maps as JSON and missing keys as nothing", () => {
    expect(run("{.items[0].metadata.labels}", list)).toBe('{"app":"x"}');
    expect(run("x{.items[0].nope}y", list)).toBe("xy");
  });
  it("filters", () => {
    expect(run('{.items[?(@.metadata.name=="b")].metadata.name}', list)).toBe("b");
  });
  it("reports parse errors", () => {
    expect(parseJsonPathTemplate("{.items[*")).toEqual({ ok: false, error: "unclosed action" });
    expect(parseJsonPathTemplate("{end}")).toEqual({ ok: false, error: "not in range, nothing to end" });
  });
  it("never throws on any template", () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        const parsed = parseJsonPathTemplate(t);
        if (parsed.ok) expect(typeof formatJsonPath(parsed.nodes, list)).toBe("string");
      }),
    );
  });
});

describe("custom-columns and field selectors", () => {
  it("reads columns and rejects a column without a path", () => {
    const ok = parseCustomColumns("NAME:.metadata.name,IMAGE:spec.containers[0].image");
    expect(ok.ok && ok.columns.map((c) => c.header)).toEqual(["NAME", "IMAGE"]);
    expect(parseCustomColumns("NAME")).toEqual({ ok: false, error: "unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>" });
  });
  it("reads field selectors", () => {
    expect(parseFieldSelector("status.phase=Running,metadata.name!=x")).toEqual({ ok: true, requirements: [{ field: "status.phase", equal: true, value: "Running" }, { field: "metadata.name", equal: false, value: "x" }] });
  });
  it("never throws on any spec", () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        expect(typeof parseCustomColumns(t).ok).toBe("boolean");
        expect(typeof parseFieldSelector(t).ok).toBe("boolean");
      }),
    );
  });
});
