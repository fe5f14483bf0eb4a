import { describe, expect, it } from "vitest";
import { createImageShell } from "../testing/image-shell";

/** Outputs as CPython 3.12's ensurepip and bookworm's dpkg-buildflags print them. */
describe("ensurepip, dpkg-buildflags, cp dir/.", () => {
  it("installs the bundled pip wheel into the interpreter's site-packages with pip3 and pip3.12", () => {
    const c = createImageShell("python-slim");
    c.run("rm -rf /usr/local/lib/python3.12/site-packages/pip* /usr/local/bin/pip*");
    c.fs.mkdir("/usr/local/lib/python3.12/ensurepip/_bundled", { recursive: true });
    c.fs.writeFile("/usr/local/lib/python3.12/ensurepip/_bundled/pip-25.0.1-py3-none-any.whl", "");
    const r = c.run("/usr/local/bin/python3.12 -E -m ensurepip --upgrade --root=/");
    expect(r.out).toBe("Looking in links: /tmp/tmpd8ke6f2x\nProcessing /tmp/tmpd8ke6f2x/pip-25.0.1-py3-none-any.whl\nInstalling collected packages: pip\nSuccessfully installed pip-25.0.1\n");
    expect(c.fs.stat("/usr/local/bin/pip3")?.type).toBe("file");
    expect(c.fs.stat("/usr/local/bin/pip")).toBeFalsy();
    expect(c.run("/usr/local/bin/python3.12 -m ensurepip").out).toContain("Requirement already satisfied: pip in /usr/local/lib/python3.12/site-packages (25.0.1)");
  });

  it("prints the default build flags, mapping the current directory", () => {
    const c = createImageShell("debian");
    c.fs.writeFileWith("/usr/bin/dpkg-buildflags", "#!/usr/bin/perl\n", { mode: 0o755 });
    expect(c.run("mkdir -p /usr/src/x && cd /usr/src/x && dpkg-buildflags --get CFLAGS")).toEqual({ out: "-g -O2 -ffile-prefix-map=/usr/src/x=. -fstack-protector-strong -Wformat -Werror=format-security\n", err: "", status: 0 });
    expect(c.run("dpkg-buildflags --get LDFLAGS").out).toBe("-Wl,-z,relro\n");
    expect(c.run("dpkg-buildflags --get NOPE").status).toBe(1);
  });

  it("cp -R dir/. dest copies the directory's contents", () => {
    const c = createImageShell("debian");
    expect(c.run("mkdir -p /s/Lib/a /d && echo x > /s/Lib/a/f && cd /s && cp -R Lib/. /d && cat /d/a/f").out).toBe("x\n");
  });
});
