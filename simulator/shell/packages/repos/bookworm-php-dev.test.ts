import { describe, expect, it } from "vitest";
import { PACKAGE_COMMANDS } from "../../commands/packages";
import { createTestContainer } from "../testing";

describe("bookworm PHP build dependencies", () => {
  it("installs apache2-dev with apxs and its APR, PCRE2 and debhelper dependencies", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    c.run(["apt-get", "update"]);
    const r = c.run(["apt-get", "install", "-y", "--no-install-recommends", "apache2-dev", "libargon2-dev", "libcurl4-openssl-dev", "libonig-dev", "libsodium-dev"]);
    expect(r.status).toBe(0);
    for (const name of ["apache2-dev (2.4.62-1~deb12u2)", "libapr1-dev (1.7.2-3)", "libpcre2-dev (10.42-1)", "debhelper (13.11.4)", "libargon2-dev (0~20190702+dfsg-3)", "libcurl4-openssl-dev (7.88.1-10+deb12u8)", "libonig-dev (6.9.8-1)", "libsodium-dev (1.0.18-1)"]) {
      expect(r.out).toContain(`Setting up ${name} ...\n`);
    }
    expect(c.fs.stat("/usr/bin/apxs")?.mode).toBe(0o755);
  });
});
