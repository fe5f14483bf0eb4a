import { describe, expect, it } from "vitest";
import { createImageShell } from "../testing/image-shell";

/** Outputs as mawk 1.3.4 (Debian 12) prints them. */
describe("awk", () => {
  const run = (script: string): string => createImageShell("debian").run(script).out;

  it("splits fields with -F and the default blanks; NF, $NF, $(NF-1)", () => {
    expect(run("echo amd64 | awk -F- '{ print $NF }'")).toBe("amd64\n");
    expect(run("echo musl-linux-amd64 | awk -F- '{ print $NF }'")).toBe("amd64\n");
    expect(run("printf '  a b\\tc\\n1 2 3\\n' | awk '{ print $2, NF }'")).toBe("b 3\n2 3\n");
    expect(run("echo 'x y z' | awk '{ print $(NF-1) }'")).toBe("y\n");
  });

  it("runs the official images' ldd filter: regex pattern, index, next, gsub, printf", () => {
    const script = "printf '\\tlibssl.so.3 => /lib/x86_64-linux-gnu/libssl.so.3 (0x7f)\\n\\tlibx.so => /usr/local/lib/libx.so (0x1)\\n\\tlinux-vdso.so.1 (0x2)\\n' | awk '/=>/ { so = $(NF-1); if (index(so, \"/usr/local/\") == 1) { next }; gsub(\"^/(usr/)?\", \"\", so); printf \"*%s\\n\", so }'";
    expect(run(script)).toBe("*lib/x86_64-linux-gnu/libssl.so.3\n");
  });

  it("has BEGIN/END, arithmetic, loops, arrays, comparisons and system()", () => {
    expect(run("awk 'BEGIN { x = 3; y = x * 2 + 1; print y; for (i = 0; i < 3; i++) s = s i; print s; a[\"k\"] = 1; if (\"k\" in a) print \"yes\"; else print \"no\" }'")).toBe("7\n012\nyes\n");
    expect(run("printf '5 apples\\n2 pears\\n' | awk '$1 > 3 { print $2 } END { print NR }'")).toBe("apples\n2\n");
    expect(run("echo 'libc.so' | awk 'system(\"[ -e /nonexistent ]\") == 0 { next } { print \"so:\" $1 }'")).toBe("so:libc.so\n");
    expect(run("echo 'a,b' | awk '{ gsub(/,/, \"\\nso:\", $1); print \"so:\" $1 }'")).toBe("so:a\nso:b\n");
  });

  it("reports a syntax error with status 2", () => {
    const r = createImageShell("debian").run("awk '{ print ( }' </dev/null");
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^awk: syntax error/);
  });
});

/** Outputs as GNU coreutils 9.1 install prints them. */
describe("install", () => {
  it("makes directories with owner, group and mode, verbosely", () => {
    const c = createImageShell("debian");
    const r = c.run("install --verbose --directory --owner nobody --group nogroup --mode 1777 /var/lib/pg/data && stat -c '%a %U %G' /var/lib/pg/data 2>/dev/null; ls -ld /var/lib/pg/data | cut -c1-10");
    expect(r.out.startsWith("install: creating directory '/var/lib/pg'\ninstall: creating directory '/var/lib/pg/data'\n")).toBe(true);
    expect(r.out).toContain("drwxrwxrwt");
    expect(c.run("install -o nosuch -d /x").err).toBe("install: invalid user 'nosuch'\n");
    expect(c.run("echo hi > /tmp/a; install -m 0644 /tmp/a /usr/local/bin/ && cat /usr/local/bin/a").out).toBe("hi\n");
  });
});
