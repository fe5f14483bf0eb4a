import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryFs } from "../vfs/memory-fs";
import { calculateCommonPrefix } from "./completion";
import { createWorld, type World } from "./world";

function complete(world: World, line: string): string[] {
  return world.complete(line, line.length).candidates;
}

function seeded(): World {
  const workspace = createMemoryFs({ "/app.py": "", "/app/Dockerfile": "", "/apple.txt": "", "/.env": "" });
  const world = createWorld({ workspace });
  world.run("docker run -d --name web alpine sleep 1000");
  world.run("docker run --name done alpine true");
  world.run("docker pull -q python:3.12-slim");
  world.run("docker volume create data");
  world.run("docker network create backend");
  return world;
}

describe("tab completion", () => {
  it("completes command names at the start of a line and after ; && |", () => {
    const world = seeded();
    expect(complete(world, "doc")).toContain("docker");
    expect(complete(world, "hist")).toEqual(["history"]);
    expect(complete(world, "ls && ec")).toEqual(["echo"]);
    expect(complete(world, "cat x | hi")).toEqual(["history"]);
    expect(world.complete("doc", 3).replaceFrom).toBe(0);
  });

  it("completes docker's commands, groups and a group's verbs", () => {
    const world = seeded();
    expect(complete(world, "docker ru")).toEqual(["run"]);
    expect(complete(world, "docker im")).toEqual(["image", "images"]);
    expect(complete(world, "docker container l")).toEqual(["logs", "ls"]);
    expect(complete(world, "docker volume ")).toEqual(["create", "inspect", "ls", "prune", "rm"]);
    expect(complete(world, "docker --debug vol")).toEqual(["volume"]);
  });

  it("completes the resolved verb's flags", () => {
    const world = seeded();
    expect(complete(world, "docker run --rm --na")).toEqual(["--name"]);
    expect(complete(world, "docker ps --f")).toEqual(["--filter", "--format"]);
    expect(complete(world, "docker container ls -")).toContain("-a");
    expect(complete(world, "docker exec -")).toContain("--interactive");
  });

  it("completes containers, running ones where the verb needs them, images, volumes and networks", () => {
    const world = seeded();
    expect(complete(world, "docker exec -it ")).toEqual(["web"]);
    expect(complete(world, "docker start ")).toEqual(["done", "web"]);
    expect(complete(world, "docker logs d")).toEqual(["done"]);
    expect(complete(world, "docker run -it py")).toEqual(["python:3.12-slim"]);
    expect(complete(world, "docker run --rm al")).toEqual(["alpine", "alpine:latest"]);
    expect(complete(world, "docker run alpine ")).toEqual([]);
    expect(complete(world, "docker rmi ")).toContain("python:3.12-slim");
    expect(complete(world, "docker volume rm ")).toEqual(["data"]);
    expect(complete(world, "docker network rm b")).toEqual(["backend", "bridge"]);
    expect(complete(world, "docker run --network ")).toEqual(["backend", "bridge", "host", "none"]);
    expect(complete(world, "docker exec -u root -it w")).toEqual(["web"]);
  });

  it("completes files and directories of the workspace", () => {
    const world = seeded();
    expect(complete(world, "cat ap")).toEqual(["app.py", "app/", "apple.txt"]);
    expect(complete(world, "cd ap")).toEqual(["app/"]);
    expect(complete(world, "cat app/")).toEqual(["app/Dockerfile"]);
    expect(complete(world, "cat .")).toEqual([".env"]);
    expect(complete(world, "docker build -t x ap")).toEqual(["app/"]);
    expect(complete(world, "docker build -f app/D")).toEqual(["app/Dockerfile"]);
    expect(complete(world, "ls /ho")).toEqual(["/home/"]);
    expect(complete(world, "cat nothing/")).toEqual([]);
  });

  it("the common prefix is what one Tab inserts", () => {
    expect(calculateCommonPrefix(["--filter", "--format"])).toBe("--f");
    expect(calculateCommonPrefix(["app.py", "app/", "apple.txt"])).toBe("app");
    expect(calculateCommonPrefix([])).toBe("");
  });

  it("inside a container's shell completes its own commands and files", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -it alpine");
    world.run("mkdir -p /srv/site && touch /srv/site/index.html");
    expect(complete(world, "ls /sr")).toEqual(["/srv/"]);
    expect(complete(world, "cat /srv/site/")).toEqual(["/srv/site/index.html"]);
    expect(complete(world, "apk")).toEqual(["apk"]);
    expect(complete(world, "expo")).toEqual(["export"]);
    expect(complete(world, "docker ")).not.toContain("run");
  });

  it("never throws and always replaces within the line, on random lines and cursors", () => {
    const world = seeded();
    const words = ["docker", "run", "-it", "--name", "web", "exec", "container", "ls", "cd", "app/", "'a b", '"', ";", "&&", "|", " ", "-", "--", "image", "toString", "__proto__", "~/", "/"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.nat(80), (parts, at) => {
        const line = parts.join(" ");
        const cursor = Math.min(at, line.length);
        const result = world.complete(line, cursor);
        expect(result.replaceFrom).toBeGreaterThanOrEqual(0);
        expect(result.replaceFrom).toBeLessThanOrEqual(cursor);
        for (const c of result.candidates) expect(typeof c).toBe("string");
      }),
      { numRuns: 1500 },
    );
  });
});
