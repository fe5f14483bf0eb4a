import { describe, expect, it } from "vitest";
import { PACKAGE_COMMANDS, TOOL_COMMANDS } from "../commands/packages";
import { createTestContainer } from "../packages/testing";

describe("scanelf", () => {
  it("prints type, DT_NEEDED and path, or a --format of them", () => {
    const c = createTestContainer("alpine", { ...PACKAGE_COMMANDS, ...TOOL_COMMANDS });
    c.run(["apk", "add", "--no-cache", "gettext-envsubst"]);
    expect(c.run(["scanelf", "--needed", "--nobanner", "/usr/bin/envsubst"]).out).toBe("ET_DYN libintl.so.8,libc.musl-x86_64.so.1 /usr/bin/envsubst\n");
    expect(c.run(["scanelf", "--needed", "--nobanner", "--format", "%n#p", "--recursive", "/usr/bin"]).out).toBe("libintl.so.8,libc.musl-x86_64.so.1\n");
  });
});
