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
    expect(c.run(["apk", "del", "tini"]).out).toMatch(/^\(1\/1\) Purging tini \(0\.19\.0-r3\)\nExecuting busybox-1.37.0-r12.trigger\nOK: /);
    expect(c.fs.stat("/usr/bin/tini")).toBeNull();
    expect(c.run(["apk", "update"]).out).toContain("OK: 25406 distinct packages available\n");
    expect(c.run(["apk", "add", "curl"], { user: APP }).status).toBe(99);
  });

  it("--virtual installs one world entry depending on the names; del of it purges what nothing else needs", () => {
    const c = createTestContainer("alpine", PACKAGE_COMMANDS);
    const add = c.run(["apk", "add", "--no-cache", "--virtual", ".gosu-fetch", "gnupg"]);
    expect(add.out).toMatch(/\((\d+)\/\1\) Installing \.gosu-fetch \(20250301\.\d{6}\)\n/);
    expect(c.fs.readFile("/etc/apk/world")).toContain(".gosu-fetch\n");
    expect(c.fs.readFile("/etc/apk/world")).not.toContain("gnupg");
    expect(c.fs.stat("/usr/bin/gpg")?.mode).toBe(0o755);
    c.run(["apk", "add", "--no-cache", "sqlite-libs"]);
    const del = c.run(["apk", "del", "--no-network", ".gosu-fetch"]);
    expect(del.out).toMatch(/^\(1\/\d+\) Purging \.gosu-fetch /);
    expect(del.out).toContain("Purging gpg (2.4.7-r0)");
    expect(del.out).not.toContain("sqlite-libs");
    expect(c.fs.stat("/usr/bin/gpg")).toBeNull();
  });

  it("resolves so: names, answers info --installed and --print-arch", () => {
    const c = createTestContainer("alpine", PACKAGE_COMMANDS);
    expect(c.run(["apk", "add", "--no-cache", "--no-network", "so:libssl.so.3"]).out).not.toContain("Installing");
    expect(c.run(["apk", "info", "--installed", "so:libc.musl-x86_64.so.1", "so:libintl.so.8"])).toMatchObject({ out: "musl\n", status: 0 });
    expect(c.run(["apk", "--print-arch"]).out).toBe("x86_64\n");
  });

  it("-X adds a served repository only when its key is in /etc/apk/keys", () => {
    const c = createTestContainer("alpine", PACKAGE_COMMANDS);
    const url = "https://nginx.org/packages/mainline/alpine/v3.21/main";
    const untrusted = c.run(["apk", "add", "-X", url, "--no-cache", "nginx=1.27.4-r1"]);
    expect(untrusted.err).toContain(`WARNING: updating and opening ${url}: UNTRUSTED signature\n`);
    expect(untrusted.status).toBe(1);
    c.fs.mkdir("/etc/apk/keys", { recursive: true });
    c.fs.writeFile("/etc/apk/keys/nginx_signing.rsa.pub", "key\n");
    const r = c.run(["apk", "add", "-X", url, "--no-cache", "nginx=1.27.4-r1"]);
    expect(r.out).toContain(`fetch ${url}/x86_64/APKINDEX.tar.gz\n`);
    expect(r.out).toContain("Installing nginx (1.27.4-r1)");
    expect(c.fs.readFile("/etc/nginx/nginx.conf")).toContain("worker_processes  auto;");
  });
});
