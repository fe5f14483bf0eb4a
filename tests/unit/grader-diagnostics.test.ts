import { describe, expect, it } from "vitest";
import { createMemoryFs } from "@/simulator/vfs/memory-fs";
import { createWorld } from "@/simulator/world/world";
import { calculateDiagnostics } from "@/simulator/grader/diagnostics/index";

describe("calculateDiagnostics", () => {
  it("is empty for a fresh engine", () => {
    expect(calculateDiagnostics(createWorld().snapshot())).toEqual([]);
  });

  it("notices a container that exited at once, with its last log line", () => {
    const world = createWorld({ workspace: createMemoryFs({ "/Dockerfile": 'FROM alpine:3.20\nENTRYPOINT ["sleep"]\n' }) });
    world.run("docker build -q -t worker .");
    world.run("docker run -d --name worker worker");
    const [d] = calculateDiagnostics(world.snapshot());
    expect(d?.id).toBe("exited-at-once");
    expect(d?.message).toMatch(/^Container worker exited right after it started, with code 1; its last words were: /);
  });

  it("notices a port already allocated by another container", () => {
    const world = createWorld();
    world.run("docker run -d --name first -p 5000:5000 registry:2");
    world.run("docker run -d --name second -p 5000:5000 registry:2");
    const found = calculateDiagnostics(world.snapshot()).find((d) => d.id === "port-conflict");
    expect(found?.message).toMatch(/Container second never started: host port 5000 is already taken by container first/);
  });

  it("notices a pull of a tag the private registry never received", () => {
    const world = createWorld();
    world.run("docker run -d --name registry -p 5000:5000 registry:2");
    world.run("docker pull alpine:3.20");
    world.run("docker tag alpine:3.20 localhost:5000/tools:v1");
    world.run("docker push localhost:5000/tools:v1");
    world.run("docker pull localhost:5000/tools:v2");
    const found = calculateDiagnostics(world.snapshot()).find((d) => d.id === "pulled-unpushed");
    expect(found?.message).toBe("You pulled localhost:5000/tools:v2, which was never pushed there. The registry has tools only as v1, not v2.");
  });

  it("notices a published server bound to 127.0.0.1 inside its container", () => {
    const world = createWorld();
    world.run("docker run -d --name web -p 5111:5000 registry:2");
    const snapshot = world.snapshot();
    const web = Object.values(snapshot.engine.runtime.containers).find((c) => c.name === "web");
    const listen = web?.process?.listens?.[0];
    expect(listen).toBeDefined();
    if (listen) listen.address = "127.0.0.1";
    const found = calculateDiagnostics(snapshot).find((d) => d.id === "bound-to-loopback");
    expect(found?.message).toMatch(/^In container web, the app listens on 127\.0\.0\.1:5000/);
  });

  it("stays quiet for a clean exit of a one-shot container", () => {
    const world = createWorld();
    world.run("docker run hello-world");
    expect(calculateDiagnostics(world.snapshot())).toEqual([]);
  });
});
