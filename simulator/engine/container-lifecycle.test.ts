import { describe, expect, it } from "vitest";
import { VirtualClock } from "../core/clock";
import { SeededIds } from "../core/ids";
import { parseImageReference } from "../image/reference";
import { createEngineState, Engine, type CreateContainerOptions } from "./engine";
import { pauseContainer, stopContainer, unpauseContainer } from "./container-signals";
import { removeContainer } from "./container-remove";

/**
 * An engine with alpine pulled, and `docker` standing for `docker run`
 * reduced to what these tests use: `[-d] [--rm] [--name N] [--restart P] [-v SPEC]... alpine CMD...`.
 */
function createDockerHarness() {
  const clock = new VirtualClock();
  const engine = new Engine(createEngineState(), clock, new SeededIds(7));
  const pulled = engine.pull(parseImageReference("alpine"));
  if (!pulled.ok) throw new Error("pull failed");
  const docker = (line: string): void => {
    const words = line.split(" ").slice(1);
    const options: CreateContainerOptions = { imageText: "alpine", image: pulled.value.image, cmd: [], env: [], tty: false, interactive: false, autoRemove: false, labels: {}, volumes: [] };
    let policy: string | undefined;
    while (words[0]?.startsWith("-")) {
      const flag = words.shift();
      if (flag === "--rm") options.autoRemove = true;
      else if (flag === "--name") options.name = words.shift();
      else if (flag === "--restart") policy = words.shift();
      else if (flag === "-v") options.volumes?.push(words.shift() as string);
    }
    options.cmd = words.slice(1);
    const created = engine.createContainer(options);
    if (!created.ok) throw new Error(created.error.message);
    if (policy) created.value.hostConfig.RestartPolicy = { Name: policy as "always", MaximumRetryCount: 0 };
    engine.start(created.value);
  };
  return { engine, clock, docker };
}

describe("container lifecycle on the virtual clock", () => {
  it("docker stop waits 10 s for a process that ignores SIGTERM, then kills it (137)", () => {
    const { engine, clock, docker } = createDockerHarness();
    docker("run -d --name s1 alpine sleep 300");
    const c = engine.getContainer("s1");
    if (!c.ok) throw new Error("no container");
    const before = clock.now();
    stopContainer(engine, c.value);
    expect(clock.now() - before).toBe(10_000);
    expect(c.value.state.ExitCode).toBe(137);
    expect(c.value.state.Status).toBe("exited");
  });

  it("a process that ends on its own before the timeout exits with its own code", () => {
    const { engine, clock, docker } = createDockerHarness();
    docker("run -d --name s1 alpine sleep 3");
    const c = engine.getContainer("s1");
    if (!c.ok) throw new Error("no container");
    const before = clock.now();
    stopContainer(engine, c.value, { timeoutS: 30 });
    expect(clock.now() - before).toBe(3_000);
    expect(c.value.state.ExitCode).toBe(0);
  });

  it("a paused process cannot exit until it is unpaused", () => {
    const { engine, clock, docker } = createDockerHarness();
    docker("run -d --name s1 alpine sleep 5");
    const c = engine.getContainer("s1");
    if (!c.ok) throw new Error("no container");
    expect(pauseContainer(engine, c.value).ok).toBe(true);
    clock.advance(20_000);
    engine.settle();
    expect(c.value.state.Status).toBe("paused");
    expect(unpauseContainer(engine, c.value).ok).toBe(true);
    expect(c.value.state.Status).toBe("exited");
    expect(c.value.state.FinishedAt).toBe(clock.now());
  });

  it("rm -v drops anonymous volumes and keeps named ones; --rm removes its anonymous volumes", () => {
    const { engine, docker } = createDockerHarness();
    docker("run -d --name a1 -v /data -v named:/keep alpine sleep 300");
    const c = engine.getContainer("a1");
    if (!c.ok) throw new Error("no container");
    const anonymous = c.value.mounts?.find((m) => m.Destination === "/data")?.Name as string;
    expect(engine.state.volumes[anonymous]).toBeDefined();
    expect(removeContainer(engine, c.value, { force: false, volumes: true }).ok).toBe(false);
    expect(removeContainer(engine, c.value, { force: true, volumes: true }).ok).toBe(true);
    expect(engine.state.volumes[anonymous]).toBeUndefined();
    expect(engine.state.volumes["named"]).toBeDefined();
    docker("run --rm --name b1 -v /scratch alpine true");
    engine.settle();
    expect(Object.values(engine.state.volumes).filter((v) => "com.docker.volume.anonymous" in v.Labels)).toEqual([]);
  });

  it("a crash loop under --restart always keeps restarting with backoff while time passes", () => {
    const { engine, clock, docker } = createDockerHarness();
    docker("run -d --name crash --restart always alpine false");
    clock.advance(60_000);
    engine.settle();
    const c = engine.getContainer("crash");
    if (!c.ok) throw new Error("no container");
    // 100 ms doubling: 0.1, 0.3, 0.7, 1.5, 3.1, 6.3, 12.7, 25.5, 51.1 s …
    expect(c.value.restartCount).toBe(10);
    expect(c.value.state.Status).toBe("restarting");
    expect(c.value.logs).toEqual([]);
  });
});

describe("a crash loop over a long wait", () => {
  it("stays cheap: a day of virtual time at the one-minute cap is fast-forwarded", () => {
    const { engine, clock, docker } = createDockerHarness();
    docker("run -d --name crash --restart always alpine false");
    clock.advance(24 * 3_600_000);
    const started = performance.now();
    engine.settle();
    expect(performance.now() - started).toBeLessThan(1000);
    const c = engine.getContainer("crash");
    if (!c.ok) throw new Error("no container");
    // 10 restarts to reach the cap (~102 s), then one a minute.
    expect(c.value.restartCount).toBeGreaterThan(1400);
    expect(c.value.restartCount).toBeLessThan(1450);
  });
});
