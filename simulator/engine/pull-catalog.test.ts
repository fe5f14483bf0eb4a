import { describe, expect, it } from "vitest";
import { dispatchPull } from "./pull";
import { parseImageReference } from "../image/reference";
import { createImageStore } from "../image/store";

const ref = (text: string) => {
  const r = parseImageReference(text);
  if (!("path" in r)) throw new Error(text);
  return r;
};

describe("pulling catalog images", () => {
  it("refuses scratch as Docker Hub does", () => {
    const result = dispatchPull(createImageStore(), ref("scratch"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe("'scratch' is a reserved name");
  });

  it("reports shared base layers as already present", () => {
    const store = createImageStore();
    expect(dispatchPull(store, ref("python:3.12-slim")).ok).toBe(true);
    const node = dispatchPull(store, ref("node:20-slim"));
    expect(node.ok && node.value.layers.map((l) => l.existed)).toEqual([true, false, false, false, false]);
    const alpine = dispatchPull(store, ref("alpine"));
    const py = dispatchPull(store, ref("python:3.12-alpine"));
    expect(alpine.ok && py.ok && py.value.layers[0]).toEqual({ id: "f18232174bc9", existed: true });
    expect(py.ok && Object.keys(py.value.image.layers[0] ?? {})).toEqual(["digest", "size"]);
  });
});
