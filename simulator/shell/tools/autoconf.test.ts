import { describe, expect, it } from "vitest";
import { createConfigureAc } from "../packages/downloads/source";
import { createImageShell } from "../testing/image-shell";

describe("autoconf", () => {
  it("regenerates configure from configure.ac, and fails without an input as GNU Autoconf 2.71 does", () => {
    const c = createImageShell("golang");
    c.fs.writeFile("/usr/bin/autoconf", "autoconf stand-in\n");
    c.fs.chmod("/usr/bin/autoconf", 0o755);
    expect(c.run("cd /tmp && autoconf")).toEqual({ out: "", err: "autoconf: error: no input file\n", status: 1 });
    c.fs.writeFile("/app/configure.ac", createConfigureAc({ name: "demo", version: "1.0", checks: ["for widgets... yes"], outputs: ["Makefile"], options: ["enable-shared", "with-foo"] }));
    c.fs.writeFile("/app/Makefile.in", "prefix=@prefix@\n");
    expect(c.run("cd /app && autoconf && ./configure --prefix=/opt --enable-option-checking=fatal --disable-shared --without-foo | grep widgets && cat Makefile")).toEqual({ out: "checking for widgets... yes\nprefix=/opt\n", err: "", status: 0 });
    expect(c.run("cd /app && ./configure --enable-option-checking=fatal --enable-bogus")).toMatchObject({ err: "configure: error: unrecognized options: --enable-bogus\n", status: 1 });
  });
});
