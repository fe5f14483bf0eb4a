import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createWorld, type World } from "@/simulator/world/world";
import { MemoryFs } from "@/simulator/vfs/memory-fs";
import { formatArchive } from "@/simulator/shell/commands/tar";
import { formatMissReason } from "@/simulator/build/record";
import { resolveEngineLayer } from "@/simulator/engine/build";
import { parseImageReference } from "@/simulator/image/reference";

const T0 = Date.UTC(2025, 2, 1, 9);

/** A world whose workspace holds `files` (paths relative to the workspace). */
function worldWith(files: Record<string, string>): World {
  const ws = new MemoryFs(() => T0);
  for (const [p, content] of Object.entries(files)) {
    const dir = p.includes("/") ? `/${p.slice(0, p.lastIndexOf("/"))}` : "";
    if (dir) ws.mkdir(dir, { recursive: true });
    ws.writeFile(`/${p}`, content);
  }
  return createWorld({ workspace: ws });
}

function findImage(world: World, name: string) {
  return world.engine.findImage(name, parseImageReference(name));
}

function lastBuild(world: World) {
  const builds = world.engine.state.builds;
  return builds[builds.length - 1];
}

const APP = 'print("hello")\n';

describe("docker build (BuildKit)", () => {
  it("re-runs only the steps after the first changed COPY, and says why", () => {
    const world = worldWith({
      "app/Dockerfile": "FROM alpine:3.21\nWORKDIR /app\nCOPY req.txt .\nRUN cat req.txt > /deps\nCOPY . .\nRUN ls /app > /listing\n",
      "app/req.txt": "flask\n",
      "app/main.py": APP,
    });
    expect(world.run("docker build -t demo app").exitCode).toBe(0);
    expect(lastBuild(world)?.steps.map((s) => s.cached)).toEqual([false, false, false, false, false, false]);
    expect(formatMissReason(lastBuild(world)?.steps[1]?.reason ?? { kind: "not-cached" })).toBe("not built before");
    world.workspace.writeFile("/app/main.py", 'print("changed")\n');
    const again = world.run("docker build -t demo app");
    expect(again.exitCode).toBe(0);
    expect(again.stderr, again.stderr).toContain("#7 [3/6] COPY req.txt .\n#7 CACHED");
    const steps = lastBuild(world)?.steps ?? [];
    expect(steps.map((s) => s.cached)).toEqual([true, true, true, true, false, false]);
    expect(formatMissReason(steps[4]?.reason ?? { kind: "not-cached" })).toBe("main.py changed");
    expect(formatMissReason(steps[5]?.reason ?? { kind: "not-cached" })).toBe("an earlier step was rebuilt");
  });

  it("gives a fully cached rebuild the same image ID and keeps a retagged image as <none>", () => {
    const world = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nRUN echo one > /one\nCMD [\"cat\", \"/one\"]\n" });
    world.run("docker build -t same d");
    const first = findImage(world, "same");
    world.run("docker build -t same d");
    expect(findImage(world, "same")?.id).toBe(first?.id);
    world.workspace.writeFile("/d/Dockerfile", "FROM alpine:3.21\nRUN echo two > /one\nCMD [\"cat\", \"/one\"]\n");
    world.run("docker build -t same d");
    const listing = world.run("docker images").stdout;
    expect(listing).toMatch(/<none>\s+<none>/);
  });

  it("keeps a file deleted in a later layer in the image's size and layers", () => {
    const world = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nRUN head -c 100 /dev/zero > /big 2>/dev/null || echo 0123456789012345678901234567890123456789 > /big\nRUN rm /big\n" });
    expect(world.run("docker build -t del d").exitCode).toBe(0);
    const image = findImage(world, "del");
    expect(image).toBeDefined();
    const top = image?.layers[image.layers.length - 1];
    const layer = resolveEngineLayer(world.engine, top?.digest ?? "");
    expect(layer.entries.get("/big")).toEqual({ type: "whiteout" });
    const below = resolveEngineLayer(world.engine, image?.layers[image.layers.length - 2]?.digest ?? "");
    expect(below.entries.get("/big")?.type).toBe("file");
  });

  it("fails apt-get install before apt-get update with apt's message and exit code", () => {
    const world = worldWith({ "d/Dockerfile": "FROM debian:bookworm-slim\nRUN apt-get install -y curl\n" });
    const r = world.run("docker build d");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("E: Unable to locate package curl");
    expect(r.stderr).toContain('ERROR: failed to solve: process "/bin/sh -c apt-get install -y curl" did not complete successfully: exit code: 100');
  });

  it("says `apk: not found` the way each distro's /bin/sh does", () => {
    const ubuntu = worldWith({ "d/Dockerfile": "FROM ubuntu:24.04\nRUN apk add curl\n" }).run("docker build d");
    expect(ubuntu.stderr).toContain("/bin/sh: 1: apk: not found");
    const alpine = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nRUN apt-get update\n" }).run("docker build d");
    expect(alpine.stderr).toContain("/bin/sh: apt-get: not found");
  });

  it("reports a COPY source that is not in the context as BuildKit does", () => {
    const r = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nCOPY requirements.txt .\n" }).run("docker build d");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref moby::[a-z0-9]{25}: "\/requirements.txt": not found\n$/);
  });

  it("excludes .dockerignore'd files from COPY", () => {
    const r = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nCOPY secret.txt .\n", "d/.dockerignore": "secret.txt\n", "d/secret.txt": "x" }).run("docker build d");
    expect(r.stderr).toContain('"/secret.txt": not found');
  });

  it("runs RUN as USER, in WORKDIR, with ENV and ARG, and refuses root-owned writes", () => {
    const world = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nARG GREETING=hi\nENV NAME=world\nRUN adduser -D app 2>/dev/null || echo 'app:x:1000:1000::/home/app:/bin/sh' >> /etc/passwd\nWORKDIR /srv\nUSER app\nRUN echo \"$GREETING $NAME from $(pwd) as $(id -u)\"\nRUN touch /etc/nope\n" });
    const r = world.run("docker build --build-arg GREETING=hello d");
    expect(r.stderr).toContain("hello world from /srv as 1000");
    expect(r.stderr).toContain("touch: /etc/nope: Permission denied");
    expect(r.exitCode).toBe(1);
  });

  it("records HEALTHCHECK, VOLUME, STOPSIGNAL, EXPOSE and empty-layer history", () => {
    const world = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nEXPOSE 80 443/udp\nVOLUME /data\nSTOPSIGNAL SIGQUIT\nHEALTHCHECK --interval=30s CMD wget -q -O- localhost || exit 1\nCMD [\"sh\"]\n" });
    expect(world.run("docker build -t meta d").exitCode).toBe(0);
    const image = findImage(world, "meta");
    expect(image?.config.ExposedPorts).toEqual({ "80/tcp": {}, "443/udp": {} });
    expect(image?.config.Volumes).toEqual({ "/data": {} });
    expect(image?.config.StopSignal).toBe("SIGQUIT");
    expect(image?.config.Healthcheck?.Test).toEqual(["CMD-SHELL", "wget -q -O- localhost || exit 1"]);
    expect(image?.config.Healthcheck?.Interval).toBe(30_000_000_000);
    const tail = image?.history.slice(-5).map((h) => [h.createdBy, h.emptyLayer === true]);
    expect(tail).toEqual([
      ["EXPOSE map[443/udp:{} 80/tcp:{}]", true],
      ["VOLUME [/data]", true],
      ["STOPSIGNAL SIGQUIT", true],
      ['HEALTHCHECK &{["CMD-SHELL" "wget -q -O- localhost || exit 1"] "30s" "0s" "0s" "0s" \'\\x00\'}', true],
      ['CMD ["sh"]', true],
    ]);
  });

  it("builds only the stages --target needs and copies between stages", () => {
    const world = worldWith({
      "d/Dockerfile": "FROM alpine:3.21 AS build\nRUN echo built > /out.txt\nFROM alpine:3.21 AS unused\nRUN exit 1\nFROM alpine:3.21\nCOPY --from=build /out.txt /app/out.txt\nRUN cat /app/out.txt\n",
    });
    const r = world.run("docker build -t multi d");
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain("[stage-2 3/3] RUN cat /app/out.txt");
    expect(r.stderr).toContain("built");
    expect(r.stderr).not.toContain("exit 1");
    const t = world.run("docker build --target nope d");
    expect(t.stderr).toContain('ERROR: failed to solve: target stage "nope" could not be found');
    expect(world.run("docker build --target unused d").exitCode).toBe(1);
  });

  it("unpacks a local tar archive with ADD but copies it with COPY", () => {
    const tar = formatArchive([{ p: "pkg/readme.txt", t: "f", m: 0o644, u: 0, g: 0, time: 0, d: "inside\n" }], true);
    const world = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nADD bundle.tar.gz /opt/\nCOPY bundle.tar.gz /copy/\nRUN cat /opt/pkg/readme.txt && ls /copy\n", "d/bundle.tar.gz": tar });
    const r = world.run("docker build d");
    expect(r.stderr).toContain("inside");
    expect(r.stderr).toContain("bundle.tar.gz");
    expect(r.exitCode).toBe(0);
  });

  it("kills an endless RUN loop and a fork bomb like a killed process", () => {
    const r = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nRUN while true; do :; done\n" }).run("docker build d");
    expect(r.stderr).toContain("exit code: 137");
    const bomb = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nRUN f(){ f|f& }; f\n" }).run("docker build d");
    expect(bomb.stderr).toContain('ERROR: failed to solve: process "/bin/sh -c f(){ f|f& }; f" did not complete successfully: exit code: 137');
  });

  it("fails unknown bases with BuildKit's resolve errors", () => {
    const missingRepo = worldWith({ "d/Dockerfile": "FROM nosuchimage\n" }).run("docker build d");
    expect(missingRepo.stderr).toContain(
      "ERROR: failed to solve: nosuchimage: failed to resolve source metadata for docker.io/library/nosuchimage:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
    );
    const missingTag = worldWith({ "d/Dockerfile": "FROM python:3.99\n" }).run("docker build d");
    expect(missingTag.stderr).toContain("ERROR: failed to solve: python:3.99: failed to resolve source metadata for docker.io/library/python:3.99: docker.io/library/python:3.99: not found");
  });

  it("honours --no-cache", () => {
    const world = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nRUN echo x > /x\n" });
    world.run("docker build d");
    world.run("docker build --no-cache d");
    expect(lastBuild(world)?.steps[1]?.cached).toBe(false);
    expect(formatMissReason(lastBuild(world)?.steps[1]?.reason ?? { kind: "not-cached" })).toBe("--no-cache was given");
  });
});

describe("engine state across a snapshot", () => {
  it("survives JSON: images, built layers and the build cache come back, so a rebuild is fully cached", () => {
    const world = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nRUN echo kept > /kept\nCMD [\"cat\", \"/kept\"]\n" });
    world.run("docker build -t snap d");
    const id = findImage(world, "snap")?.id;
    const saved = JSON.parse(JSON.stringify(world.snapshot()));
    const other = worldWith({ "d/Dockerfile": "FROM alpine:3.21\nRUN echo kept > /kept\nCMD [\"cat\", \"/kept\"]\n" });
    other.restore(saved);
    expect(findImage(other, "snap")?.id).toBe(id);
    const again = other.run("docker build -t snap d");
    expect(again.stderr).toContain("#5 CACHED");
    expect(findImage(other, "snap")?.id).toBe(id);
    const layer = resolveEngineLayer(other.engine, findImage(other, "snap")?.layers.at(-1)?.digest ?? "");
    expect(layer.entries.get("/kept")?.type).toBe("file");
  });
});

describe("build cache soundness (property)", () => {
  const LINES = ["RUN echo a > /a", "RUN echo b >> /b", "ENV X=1", "WORKDIR /w", "COPY f1 .", "COPY f2 /x/", "RUN touch /a && cat /a", "LABEL k=v", "USER root", "RUN mkdir -p /m"];
  const program = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 6 });

  it("same inputs give the same keys; a change re-runs exactly from the first affected step", () => {
    fc.assert(
      fc.property(program, fc.nat(), fc.constantFrom("f1", "f2", "line"), (lines, at, what) => {
        const files = { "d/f1": "one\n", "d/f2": "two\n" };
        const text = `FROM alpine:3.21\n${lines.join("\n")}\n`;
        const a = worldWith({ ...files, "d/Dockerfile": text });
        const b = worldWith({ ...files, "d/Dockerfile": text });
        a.run("docker build d");
        b.run("docker build d");
        expect(lastBuild(a)?.error).toBeUndefined();
        const keysA = lastBuild(a)?.steps.map((s) => s.cacheKey);
        expect(lastBuild(b)?.steps.map((s) => s.cacheKey)).toEqual(keysA);
        // Change one input, rebuild in world a.
        let changed: number;
        if (what === "line") {
          const i = at % lines.length;
          const mutated = [...lines];
          mutated[i] = "RUN echo changed";
          a.workspace.writeFile("/d/Dockerfile", `FROM alpine:3.21\n${mutated.join("\n")}\n`);
          changed = i;
        } else {
          a.workspace.writeFile(`/d/${what}`, "different\n");
          changed = lines.findIndex((l) => l.startsWith(`COPY ${what}`));
        }
        a.run("docker build d");
        const steps = lastBuild(a)?.steps ?? [];
        const counted = (upTo: number): number => lines.slice(0, upTo).filter((l) => /^(RUN|COPY|WORKDIR)/.test(l)).length;
        if (changed < 0) {
          expect(steps.every((s) => s.cached)).toBe(true);
          return;
        }
        // FROM is step 0; counted steps before the change stay cached.
        const firstAffected = 1 + counted(changed);
        steps.forEach((s, i) => {
          if (i < firstAffected) expect(s.cached).toBe(true);
        });
        const lineKind = what === "line" ? "RUN echo changed" : lines[changed] ?? "";
        if (/^(RUN|COPY|WORKDIR)/.test(lineKind)) expect(steps[firstAffected]?.cached).toBe(false);
        steps.forEach((s, i) => {
          if (i > firstAffected && steps[firstAffected]?.cached === false) expect(s.cached).toBe(false);
        });
      }),
      { numRuns: 40 },
    );
  });
});
