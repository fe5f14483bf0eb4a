import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createImageShell } from "../testing/image-shell";
import { calculateSha512Hex } from "./lib/sha512";

const sha512 = (s: string): string => createHash("sha512").update(s).digest("hex");

describe("sha512", () => {
  it("matches FIPS 180-4's examples and node:crypto", () => {
    expect(calculateSha512Hex("abc")).toBe(sha512("abc"));
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => calculateSha512Hex(s) === sha512(s)), { numRuns: 50 });
  });
});

describe.each(["debian", "alpine"] as const)("sha512sum (%s)", (kind) => {
  it("prints and checks HASH *NAME lines as nginx's Dockerfiles do", () => {
    const c = createImageShell(kind);
    c.fs.writeFile("/app/key.pub", "KEY\n");
    expect(c.run("sha512sum key.pub").out).toBe(`${sha512("KEY\n")}  key.pub\n`);
    expect(c.run(`echo "${sha512("KEY\n")} *key.pub" | sha512sum -c -`)).toEqual({ out: "key.pub: OK\n", err: "", status: 0 });
    expect(c.run(`echo "${sha512("x")} *key.pub" | sha512sum -c -`).status).toBe(1);
  });
});
