import { describe, expect, it } from "vitest";
import { createDockerHarness } from "../image/testing";

describe("Engine.settle's reuse within one command", () => {
  it("still sees what a command scheduled: an immediate exit, a thawed exit, a new memory limit", () => {
    const { engine, docker, clock } = createDockerHarness();
    docker("pull alpine");
    expect(docker("run alpine true").exitCode).toBe(0);
    expect(docker("ps -a --format {{.Status}}").stdout).toMatch(/^Exited \(0\)/);
    docker("run -d --name nap alpine sleep 5");
    docker("pause nap");
    clock.advance(10_000);
    expect(engine.runCommand(() => docker("unpause nap").exitCode)).toBe(0);
    expect(docker("inspect -f {{.State.Status}} nap").stdout).toBe("exited\n");
    docker("run -d --name eater -m 1g --memory-swap 1g alpine tail /dev/zero");
    docker("update -m 10m --memory-swap 10m eater");
    clock.advance(1_000);
    expect(docker("inspect -f {{.State.OOMKilled}} eater").stdout).toBe("true\n");
  });

  it("skips no event when time moves inside a command", () => {
    const { engine, docker, clock } = createDockerHarness();
    docker("run -d --name short alpine sleep 1");
    const seen = engine.runCommand(() => {
      engine.settle();
      clock.advance(2_000);
      engine.settle();
      return engine.state.runtime.containers[Object.keys(engine.state.runtime.containers)[0] as string]?.state.Status;
    });
    expect(seen).toBe("exited");
  });
});
