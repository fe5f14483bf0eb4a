import { describe, expect, it } from "vitest";
import { findProgram } from "./index";
import { calculateRegistryEntrypointArgv } from "./registry";

const context = (argv: string[], env: Record<string, string> = {}) => ({
  argv,
  env,
  hostname: "fdf5eab82272",
  workingDir: "/",
  user: "",
  tty: false,
  interactive: false,
  now: Date.parse("2025-03-01T09:00:00Z"),
});

describe("registry:2's entrypoint and server", () => {
  it("rewrites arguments as /entrypoint.sh does", () => {
    expect(calculateRegistryEntrypointArgv(["/entrypoint.sh", "/etc/docker/registry/config.yml"])).toEqual(["registry", "serve", "/etc/docker/registry/config.yml"]);
    expect(calculateRegistryEntrypointArgv(["/entrypoint.sh", "garbage-collect", "x.yaml"])).toEqual(["registry", "garbage-collect", "x.yaml"]);
    expect(calculateRegistryEntrypointArgv(["/entrypoint.sh", "--version"])).toEqual(["registry", "--version"]);
    expect(calculateRegistryEntrypointArgv(["/entrypoint.sh", "sh", "-c", "ls"])).toEqual(["sh", "-c", "ls"]);
    expect(calculateRegistryEntrypointArgv(["/entrypoint.sh"])).toEqual([]);
  });

  it("serves on :5000 until stopped, logging its start-up as registry 2.8.3 does", () => {
    const outcome = findProgram("/entrypoint.sh")(context(["/entrypoint.sh", "/etc/docker/registry/config.yml"]));
    expect(outcome.exit).toBeNull();
    expect(outcome.listens).toEqual([{ port: 5000, service: "registry" }]);
    const log = outcome.output.map((c) => c.text).join("");
    expect(outcome.output.every((c) => c.stream === "stderr")).toBe(true);
    expect(log.split("\n")[4]).toMatch(
      /^time="2025-03-01T09:00:00Z" level=info msg="listening on \[::\]:5000" go\.version=go1\.20\.8 instance\.id=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} service=registry version=2\.8\.3 $/,
    );
  });

  it("listens where REGISTRY_HTTP_ADDR says, unreachable through a published port on loopback", () => {
    expect(findProgram("/bin/registry")(context(["registry", "serve", "c.yml"], { REGISTRY_HTTP_ADDR: "0.0.0.0:5001" })).listens).toEqual([{ port: 5001, service: "registry" }]);
    expect(findProgram("/bin/registry")(context(["registry", "serve", "c.yml"], { REGISTRY_HTTP_ADDR: "127.0.0.1:5000" })).listens).toEqual([]);
    expect(findProgram("/bin/registry")(context(["registry", "serve", "c.yml"], { REGISTRY_HTTP_ADDR: "nonsense" })).exit).toEqual({ afterMs: 0, code: 1 });
  });
});
