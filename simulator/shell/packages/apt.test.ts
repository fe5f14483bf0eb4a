import { describe, expect, it } from "vitest";
import { PACKAGE_COMMANDS } from "../commands/packages";
import { formatAptSize } from "./common";
import { APP, createTestContainer } from "./testing";

describe("apt-get", () => {
  it("formats sizes as apt's SizeToStr in the C locale", () => {
    expect(formatAptSize(151000)).toBe("151 kB");
    expect(formatAptSize(55400)).toBe("55.4 kB");
    expect(formatAptSize(8792000)).toBe("8792 kB");
    expect(formatAptSize(6924)).toBe("6924 B");
    expect(formatAptSize(19300000)).toBe("19.3 MB");
  });

  it("cannot locate packages before update (exit 100)", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    const r = c.run(["apt-get", "install", "-y", "curl"]);
    expect(r.out).toBe("Reading package lists...\nBuilding dependency tree...\nReading state information...\n");
    expect(r.err).toBe("E: Unable to locate package curl\n");
    expect(r.status).toBe(100);
  });

  it("update fetches the bookworm indexes into /var/lib/apt/lists", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    const t0 = c.clock.now();
    const r = c.run(["apt-get", "update"]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^Get:1 http:\/\/deb\.debian\.org\/debian bookworm InRelease \[151 kB\]\n/);
    expect(r.out).toContain("Get:4 http://deb.debian.org/debian bookworm/main amd64 Packages [8792 kB]\n");
    expect(r.out).toMatch(/Fetched 9303 kB in 1s \(\d+ kB\/s\)\nReading package lists...\n$/);
    expect(c.fs.readdir("/var/lib/apt/lists")).toContain("deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4");
    expect(c.fs.stat("/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4")?.size).toBe(8792000);
    expect(c.clock.now() - t0).toBeGreaterThan(1000);
  });

  it("installs curl with its dependencies and recommends", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    c.run(["apt-get", "update"]);
    const r = c.run(["apt-get", "install", "-y", "curl"]);
    expect(r.status).toBe(0);
    expect(r.out).toContain("The following additional packages will be installed:\n  ca-certificates libbrotli1");
    expect(r.out).toContain("0 upgraded, 15 newly installed, 0 to remove and 0 not upgraded.\n");
    expect(r.out).toMatch(/Need to get \d+ kB of archives\.\nAfter this operation, [\d.]+ [kM]B of additional disk space will be used\.\n/);
    expect(r.out).toMatch(/\nGet:\d+ http:\/\/deb\.debian\.org\/debian bookworm\/main amd64 curl amd64 7\.88\.1-10\+deb12u8 \[315 kB\]\n/);
    expect(r.out).toContain("Preparing to unpack .../curl_7.88.1-10+deb12u8_amd64.deb ...\n");
    expect(r.out).toContain("Setting up curl (7.88.1-10+deb12u8) ...\n");
    expect(r.out.indexOf("Setting up libcurl4")).toBeLessThan(r.out.indexOf("Setting up curl "));
    expect(r.err).toBe("debconf: delaying package configuration, since apt-utils is not installed\n");
    expect(c.fs.stat("/usr/bin/curl")?.mode).toBe(0o755);
    expect(c.fs.stat("/usr/lib/x86_64-linux-gnu/libcurl4.so")?.size).toBeGreaterThan(1_000_000);
    expect(c.fs.readFile("/var/lib/dpkg/status")).toContain("Package: curl\nStatus: install ok installed");
    const again = c.run(["apt-get", "install", "-y", "curl"]);
    expect(again.out).toContain("curl is already the newest version (7.88.1-10+deb12u8).\n0 upgraded, 0 newly installed");
  });

  it("--no-install-recommends leaves recommends out and lists them", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    c.run(["apt-get", "update"]);
    const r = c.run(["apt-get", "install", "-y", "--no-install-recommends", "curl"]);
    expect(r.out).toContain("Recommended packages:\n  ca-certificates libldap-common libsasl2-modules publicsuffix\n");
    expect(r.out).toContain("0 upgraded, 10 newly installed");
    expect(c.fs.stat("/usr/sbin/update-ca-certificates")).toBeNull();
  });

  it("aborts without -y when stdin is empty (exit 1)", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    c.run(["apt-get", "update"]);
    const r = c.run(["apt-get", "install", "nano"]);
    expect(r.out).toMatch(/Do you want to continue\? \[Y\/n\] Abort\.\n$/);
    expect(r.status).toBe(1);
    expect(c.fs.stat("/usr/bin/nano")).toBeNull();
    expect(c.run(["apt-get", "install", "nano"], { stdin: "y\n" }).status).toBe(0);
  });

  it("honours and rejects version pins", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    c.run(["apt-get", "update"]);
    const bad = c.run(["apt-get", "install", "-y", "curl=1.0"]);
    expect(bad.err).toBe("E: Version '1.0' for 'curl' was not found\n");
    expect(bad.status).toBe(100);
    expect(c.run(["apt-get", "install", "-y", "tini=0.19.0-1"]).status).toBe(0);
  });

  it("unknown packages and deleted lists fail with E: Unable to locate package", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    c.run(["apt-get", "update"]);
    expect(c.run(["apt-get", "install", "-y", "nosuch"]).err).toBe("E: Unable to locate package nosuch\n");
    for (const name of c.fs.readdir("/var/lib/apt/lists")) c.fs.remove(`/var/lib/apt/lists/${name}`, { recursive: true });
    const r = c.run(["apt-get", "install", "-y", "git"]);
    expect(r.err).toBe("E: Unable to locate package git\n");
    expect(r.status).toBe(100);
  });

  it("remove and purge take packages away", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    c.run(["apt-get", "update"]);
    c.run(["apt-get", "install", "-y", "tini"]);
    const r = c.run(["apt-get", "purge", "-y", "tini"]);
    expect(r.out).toContain("The following packages will be REMOVED:\n  tini*\n0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded.\n");
    expect(r.out).toContain("Removing tini (0.19.0-1) ...\n");
    expect(c.fs.stat("/usr/bin/tini")).toBeNull();
    expect(c.run(["apt-get", "remove", "-y", "tini"]).out).toContain("Package 'tini' is not installed, so not removed\n");
  });

  it("apt warns about its CLI; clean and upgrade succeed", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    const r = c.run(["apt", "update"]);
    expect(r.err).toBe("\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n");
    expect(r.out).toContain("All packages are up to date.\n");
    expect(c.run(["apt-get", "clean"])).toEqual({ out: "", err: "", status: 0 });
    expect(c.run(["apt-get", "upgrade", "-y"]).out).toContain("Calculating upgrade...\n0 upgraded");
  });

  it("needs root for update and install", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    expect(c.run(["apt-get", "update"], { user: APP }).err).toBe("E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n");
    const r = c.run(["apt-get", "install", "-y", "curl"], { user: APP });
    expect(r.err).toContain("are you root?\n");
    expect(r.status).toBe(100);
  });

  it("uses Ubuntu's mirrors and versions on ubuntu:24.04", () => {
    const c = createTestContainer("ubuntu", PACKAGE_COMMANDS);
    expect(c.run(["apt-get", "update"]).out).toContain("Get:1 http://archive.ubuntu.com/ubuntu noble InRelease [256 kB]\n");
    expect(c.run(["apt-get", "install", "-y", "curl"]).out).toContain("Setting up curl (8.5.0-2ubuntu10.6) ...\n");
  });
});
