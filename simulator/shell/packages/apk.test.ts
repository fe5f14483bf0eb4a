import { describe, expect, it } from "vitest";
import { PACKAGE_COMMANDS } from "../commands/packages";
import { APP, createTestContainer } from "./testing";

describe("apk", () => {
  it("add --no-cache fetches the indexes, installs dependencies first and keeps no cache", () => {
    const c = createTestContainer("alpine", PACKAGE_COMMANDS);
    const r = c.run(["apk", "add", "--no-cache", "curl"]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^fetch https:\/\/dl-cdn\.alpinelinux\.org\/alpine\/v3\.21\/main\/x86_64\/APKINDEX\.tar\.gz\nfetch https:\/\/dl-cdn\.alpinelinux\.org\/alpine\/v3\.21\/community\/x86_64\/APKINDEX\.tar\.gz\n\(1\/10\) Installing ca-certificates \(20241121-r1\)\n/);
    expect(r.out).toContain("(10/10) Installing curl (8.12.1-r1)\n");
    expect(r.out).toMatch(/Executing ca-certificates-20241121-r1\.trigger\nOK: \d+ MiB in 25 packages\n$/);
    expect(c.fs.stat("/usr/bin/curl")?.mode).toBe(0o755);
    expect(c.fs.stat("/var/cache/apk")).toBeNull();
  });

  it("without --no-cache leaves the indexes in /var/cache/apk and then does not refetch", () => {
    const c = createTestContainer("alpine", PACKAGE_COMMANDS);
    c.run(["apk", "add", "tini"]);
    expect(c.fs.readdir("/var/cache/apk").length).toBe(2);
    const r = c.run(["apk", "add", "bash"]);
    expect(r.out).not.toContain("fetch ");
    expect(r.out).toContain("Installing bash (5.2.37-r0)");
  });

  it("unknown packages and bad pins cannot be selected (exit 1)", () => {
    const c = createTestContainer("alpine", PACKAGE_COMMANDS);
    const r = c.run(["apk", "add", "--no-cache", "nosuch"]);
    expect(r.err).toBe("ERROR: unable to select packages:\n  nosuch (no such package):\n    required by: world[nosuch]\n");
    expect(r.status).toBe(1);
    expect(c.run(["apk", "add", "--no-cache", "tini=0.19.0-r3"]).status).toBe(0);
    expect(c.run(["apk", "add", "--no-cache", "curl=1.0"]).err).toContain("curl=1.0 (no such package)");
  });

  it("del purges, update fetches, non-root cannot lock the database", () => {
    const c = createTestContainer("alpine", PACKAGE_COMMANDS);
    c.run(["apk", "add", "--no-cache", "tini"]);
    expect(c.run(["apk", "del", "tini"]).out).toMatch(/^\(1\/1\) Purging tini \(0\.19\.0-r3\)\nOK: /);
    expect(c.fs.stat("/usr/bin/tini")).toBeNull();
    expect(c.run(["apk", "update"]).out).toContain("OK: 25406 distinct packages available\n");
    expect(c.run(["apk", "add", "curl"], { user: APP }).status).toBe(99);
  });
});
