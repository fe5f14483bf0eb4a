import { describe, expect, it } from "vitest";
import { PACKAGE_COMMANDS } from "../../commands/packages";
import { createTestContainer } from "../testing";

describe("apt virtual packages", () => {
  it("installs the single provider of a virtual package, as apt 2.6 notes it", () => {
    const c = createTestContainer("debian", PACKAGE_COMMANDS);
    c.run(["apt-get", "update"]);
    const r = c.run(["apt-get", "install", "-y", "--no-install-recommends", "libc-dev"]);
    expect(r.out).toContain("Note, selecting 'libc6-dev' instead of 'libc-dev'\n");
    expect(r.out).toContain("Setting up libc6-dev (");
    expect(r.status).toBe(0);
  });
});
