import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createImageShell } from "../testing/image-shell";
import { calculateMd5Hex } from "./lib/md5";

const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");
const md5 = (s: string): string => createHash("md5").update(s).digest("hex");

describe("md5", () => {
  it("matches RFC 1321's test suite and node:crypto", () => {
    expect(calculateMd5Hex("")).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(calculateMd5Hex("abc")).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(calculateMd5Hex("12345678901234567890123456789012345678901234567890123456789012345678901234567890")).toBe("57edf4a22be3c955ac49da2e2107b67a");
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => calculateMd5Hex(s) === md5(s)));
  });
});

/** Outputs checked against coreutils 9.1 and BusyBox 1.35 on Debian 12. */
describe.each(["debian", "alpine"] as const)("sha256sum and md5sum (%s)", (kind) => {
  it("print HASH  NAME for files and stdin", () => {
    const c = createImageShell(kind);
    c.fs.writeFile("/app/a.txt", "hello\n");
    expect(c.run("sha256sum a.txt")).toEqual({ out: `${sha256("hello\n")}  a.txt\n`, err: "", status: 0 });
    expect(c.run("printf hi | md5sum")).toEqual({ out: `${md5("hi")}  -\n`, err: "", status: 0 });
    expect(c.run("md5sum a.txt /app/a.txt").out).toBe(`${md5("hello\n")}  a.txt\n${md5("hello\n")}  /app/a.txt\n`);
  });

  it("check with -c as Dockerfiles do: OK, FAILED and the warning, status 1", () => {
    const c = createImageShell(kind);
    c.fs.writeFile("/app/app.tgz", "TARBALL");
    expect(c.run(`echo "${sha256("TARBALL")}  app.tgz" | sha256sum -c -`)).toEqual({ out: "app.tgz: OK\n", err: "", status: 0 });
    expect(c.run(`echo "${sha256("TARBALL")}  app.tgz" | sha256sum -c --status -`)).toEqual({ out: "", err: "", status: 0 });
    const bad = c.run(`echo "${sha256("other")}  app.tgz" | sha256sum -c -`);
    expect(bad.out).toBe("app.tgz: FAILED\n");
    expect(bad.err).toBe(kind === "debian" ? "sha256sum: WARNING: 1 computed checksum did NOT match\n" : "sha256sum: WARNING: 1 of 1 computed checksums did NOT match\n");
    expect(bad.status).toBe(1);
  });

  it("report missing files", () => {
    const c = createImageShell(kind);
    const r = c.run("sha256sum nosuch");
    expect(r.err).toBe(kind === "debian" ? "sha256sum: nosuch: No such file or directory\n" : "sha256sum: can't open 'nosuch': No such file or directory\n");
    expect(r.status).toBe(1);
    const check = c.run(`echo "${sha256("x")}  gone.txt" | sha256sum -c -`);
    expect(check.status).toBe(1);
    expect(check.out).toBe(kind === "debian" ? "gone.txt: FAILED open or read\n" : "gone.txt: FAILED\n");
    expect(check.err).toBe(kind === "debian" ? "sha256sum: gone.txt: No such file or directory\nsha256sum: WARNING: 1 listed file could not be read\n" : "sha256sum: can't open 'gone.txt': No such file or directory\nsha256sum: WARNING: 1 of 1 computed checksums did NOT match\n");
  });

  it("finds no checksum lines in garbage", () => {
    const c = createImageShell(kind);
    const r = c.run("echo nothing | sha256sum -c -");
    expect(r.status).toBe(1);
    expect(r.err).toBe(kind === "debian" ? "sha256sum: 'standard input': no properly formatted checksum lines found\n" : "sha256sum: WARNING: 1 of 1 computed checksums did NOT match\n");
  });
});
