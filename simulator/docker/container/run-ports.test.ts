import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../core/clock";
import { SeededIds } from "../../core/ids";
import { Output } from "../../core/io";
import { createEngineState, Engine } from "../../engine/engine";
import { calculatePortSummaries, findPortOwner } from "../../engine/ports";
import { dispatchExit } from "../../runtime/containers";
import { runDocker } from "../root";

function createEngine(): Engine {
  return new Engine(createEngineState(), new VirtualClock(Date.parse("2025-03-01T09:00:00Z")), new SeededIds(7));
}

function docker(engine: Engine, line: string): { stdout: string; stderr: string; exitCode: number } {
  const out = new Output();
  const code = runDocker(line.split(" "), engine, out);
  return out.result(code);
}

describe("docker run -p", () => {
  it("never makes docker run throw, whatever -p specs it gets", () => {
    const engine = createEngine();
    expect(docker(engine, "pull -q alpine").exitCode).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9a-z:.\-/[\]=,]{1,20}$/), { minLength: 1, maxLength: 3 }), fc.boolean(), (specs, all) => {
        const argv = ["run", "-d", ...(all ? ["-P"] : []), ...specs.flatMap((s) => ["-p", s]), "alpine", "sleep", "5"];
        const out = new Output();
        const code = runDocker(argv, engine, out);
        expect([0, 125]).toContain(code);
      }),
      { numRuns: 300 },
    );
  });
});

describe("publishing ports when a container starts", () => {
  it("binds 0.0.0.0 and ::, refuses a taken port as 27.x does, and frees it when the container stops", () => {
    const engine = createEngine();
    const first = docker(engine, "run -d -p 5000:5000 --name registry registry:2");
    expect(first.exitCode).toBe(0);
    const registry = engine.getContainer("registry");
    expect(registry.ok && calculatePortSummaries(registry.value)).toEqual([
      { IP: "0.0.0.0", PrivatePort: 5000, PublicPort: 5000, Type: "tcp" },
      { IP: "::", PrivatePort: 5000, PublicPort: 5000, Type: "tcp" },
    ]);
    expect(registry.ok && registry.value.hostConfig.PortBindings).toEqual({ "5000/tcp": [{ HostIp: "", HostPort: "5000" }] });

    const second = docker(engine, "run -d -p 5000:5000 --name second registry:2");
    expect(second.exitCode).toBe(125);
    expect(second.stderr).toMatch(
      /^docker: Error response from daemon: driver failed programming external connectivity on endpoint second \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:5000 failed: port is already allocated\.\nSee 'docker run --help'\.\n$/,
    );
    const failed = engine.getContainer("second");
    expect(failed.ok && failed.value.state).toMatchObject({ Status: "created", ExitCode: 128 });
    expect(docker(engine, "run -d -p 127.0.0.1:5000:5000 registry:2").stderr).toContain("Bind for 127.0.0.1:5000 failed");
    expect(docker(engine, "run -d -p [::1]:5000:5000 registry:2").stderr).toContain("Bind for ::1:5000 failed");
    expect(docker(engine, "run -d -p 5000:5000/udp alpine sleep 5").exitCode).toBe(0);

    if (registry.ok) dispatchExit(registry.value, 2, engine.clock.now());
    expect(registry.ok && calculatePortSummaries(registry.value)).toEqual([]);
    expect(findPortOwner(engine.state.runtime, "::1", 5000)).toBeUndefined();
    expect(docker(engine, "run -d -p 5000:5000 --name third registry:2").exitCode).toBe(0);
  });

  it("draws ephemeral ports round-robin from 32768 for -P and -p CONTAINER, the same port for both families", () => {
    const engine = createEngine();
    docker(engine, "run -d -P --name aa registry:2");
    docker(engine, "run -d -p 80 --name bb alpine sleep 100");
    const ports = (name: string) => {
      const c = engine.getContainer(name);
      return c.ok ? c.value.networkSettings?.Ports : undefined;
    };
    expect(ports("aa")).toEqual({ "5000/tcp": [{ HostIp: "0.0.0.0", HostPort: "32768" }, { HostIp: "::", HostPort: "32768" }] });
    expect(ports("bb")).toEqual({ "80/tcp": [{ HostIp: "0.0.0.0", HostPort: "32769" }, { HostIp: "::", HostPort: "32769" }] });
    engine.clock.advance(200_000);
    docker(engine, "run -d -p 80 --name cc alpine sleep 100");
    expect(ports("cc")?.["80/tcp"]?.[0]?.HostPort).toBe("32770");
  });

  it("lists exposed but unpublished ports of a running container, nothing once it stopped", () => {
    const engine = createEngine();
    docker(engine, "run -d --name rr registry:2");
    const r = engine.getContainer("rr");
    expect(r.ok && calculatePortSummaries(r.value)).toEqual([{ IP: "", PrivatePort: 5000, Type: "tcp" }]);
  });
});
