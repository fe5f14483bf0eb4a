import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseWorkspacePath } from "./workspace-files";

describe("parseWorkspacePath", () => {
  it("turns a typed name into a workspace path", () => {
    expect(parseWorkspacePath("app.py")).toBe("/app.py");
    expect(parseWorkspacePath(" ./web/Dockerfile ")).toBe("/web/Dockerfile");
    expect(parseWorkspacePath("/x")).toBe("/x");
  });

  it("refuses empty names and dot segments", () => {
    expect(parseWorkspacePath("  ")).toEqual({ error: "Type a file name" });
    expect(parseWorkspacePath("a/../b")).toEqual({ error: "Not a file name: a/../b" });
    expect(parseWorkspacePath("a//b")).toEqual({ error: "Not a file name: a//b" });
  });

  it("any accepted path is absolute with no empty, . or .. segment", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const path = parseWorkspacePath(text);
        if (typeof path === "string") {
          expect(path.startsWith("/")).toBe(true);
          expect(path.slice(1).split("/").every((p) => p !== "" && p !== "." && p !== "..")).toBe(true);
        }
      }),
    );
  });
});
