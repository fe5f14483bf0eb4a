import { describe, expect, it } from "vitest";
import { createWorld } from "@/simulator/world/world";
import { MemoryFs } from "@/simulator/vfs/memory-fs";

describe("containers run their command over the image's root file system", () => {
  it("runs a built image's CMD, keeps what it wrote in the container's own layer, and not in the image", () => {
    const ws = new MemoryFs(() => 0);
    ws.mkdir("/g", { recursive: true });
    ws.writeFile("/g/Dockerfile", 'FROM alpine:3.21\nRUN echo "hello from the image" > /greeting\nCMD ["sh", "-c", "cat /greeting; date > /started"]\n');
    const world = createWorld({ workspace: ws });
    expect(world.run("docker build -q -t greet g").exitCode).toBe(0);
    const run = world.run("docker run --name first greet");
    expect(run.stdout).toBe("hello from the image\n");
    const container = Object.values(world.engine.state.runtime.containers).find((c) => c.name === "first");
    const paths = (container?.upper?.entries ?? []).map(([p]) => p);
    expect(paths).toContain("/started");
    expect(world.run("docker run greet cat /started").exitCode).toBe(1);
    // Plain data: it survives a JSON snapshot.
    const saved = JSON.parse(JSON.stringify(world.snapshot()));
    world.restore(saved);
    expect(Object.values(world.engine.state.runtime.containers).find((c) => c.name === "first")?.upper?.entries.length).toBe(paths.length);
  });

  it("keeps the process models for servers and waits", () => {
    const world = createWorld();
    const r = world.run("docker run -d alpine sleep 1000");
    expect(r.exitCode).toBe(0);
    expect(world.run("docker ps --format '{{.Status}}'").stdout).toMatch(/^Up /);
  });
});
