import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateEditorLine, calculateStrippedContent } from "./edit";

describe("kubectl edit helpers", () => {
  it("picks KUBE_EDITOR, then EDITOR, then vi; commands with spaces run through sh -c", () => {
    expect(calculateEditorLine({}, "/tmp/f.yaml")).toEqual({ line: "vi /tmp/f.yaml", shell: false, name: "vi" });
    expect(calculateEditorLine({ EDITOR: "nano", KUBE_EDITOR: "code -w" }, "/tmp/f.yaml")).toEqual({ line: 'code -w "/tmp/f.yaml"', shell: true, name: "sh -c code -w" });
  });

  it("strips comment lines only", () => {
    expect(calculateStrippedContent("# a\nkind: Pod\n  # b\nx: '#'\n")).toBe("kind: Pod\nx: '#'\n");
  });

  it("property: stripping is idempotent and keeps no comment lines", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = calculateStrippedContent(text);
        expect(calculateStrippedContent(once)).toBe(once);
        for (const line of once.split("\n")) expect(line.trimStart().startsWith("#")).toBe(false);
      }),
    );
  });
});
