import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createMemoryFs, createWorld, type World } from "@/simulator";
import { calculateImageStacks, calculateSharedSavings, formatCreatedBy, formatFamiliarTag } from "./calculate-image-stacks";
import { calculateLastBuild } from "./calculate-last-build";
import { calculateContainers } from "./calculate-containers";
import { calculateTraffic, calculateUsesDocker } from "./calculate-traffic";

const APP = {
  "/app/Dockerfile": "FROM alpine:3.20\nWORKDIR /app\nCOPY app.sh .\nRUN chmod +x app.sh\nCMD [\"./app.sh\"]\n",
  "/app/app.sh": "#!/bin/sh\necho hi\n",
};

function world(): World {
  return createWorld({ workspace: createMemoryFs(APP), seed: 3 });
}

/** Runs a line and returns the traffic it caused. */
function traffic(w: World, line: string) {
  const before = w.snapshot().engine;
  w.run(line);
  return calculateTraffic(line, before, w.snapshot().engine);
}

describe("calculateImageStacks", () => {
  it("shows a built image's layers on top of its base, the base's layers shared", () => {
    const w = world();
    w.run("docker pull alpine:3.20");
    expect(w.run("docker build -t hi app").exitCode).toBe(0);
    const stacks = calculateImageStacks(w.snapshot().engine);
    const hi = stacks.find((s) => s.names.includes("hi:latest"));
    const base = stacks.find((s) => s.names.includes("alpine:3.20"));
    if (!hi || !base) throw new Error(JSON.stringify(stacks.map((s) => s.names)));
    expect(hi.layers.length).toBeGreaterThan(base.layers.length);
    expect(hi.layers[0]?.sharedWith).toBe(1);
    expect(hi.layers.at(-1)?.sharedWith).toBe(0);
    expect(hi.layers.map((l) => l.createdBy)).toContain("COPY app.sh .");
    const savings = calculateSharedSavings(stacks);
    expect(savings.stored).toBeLessThan(savings.separate);
  });

  it("names images the way docker images does", () => {
    expect(formatFamiliarTag("docker.io/library/python:3.8")).toBe("python:3.8");
    expect(formatFamiliarTag("docker.io/me/app:v1")).toBe("me/app:v1");
    expect(formatFamiliarTag("localhost:5000/app:latest")).toBe("localhost:5000/app:latest");
    expect(formatCreatedBy("/bin/sh -c #(nop)  CMD [\"sh\"]")).toBe('CMD ["sh"]');
    expect(formatCreatedBy("RUN /bin/sh -c chmod +x app.sh # buildkit")).toBe("RUN chmod +x app.sh");
  });
});

describe("calculateLastBuild", () => {
  it("is undefined before any build", () => {
    expect(calculateLastBuild(world().snapshot().engine)).toBeUndefined();
  });

  it("marks cached steps and explains the misses after a file changes", () => {
    const w = world();
    w.run("docker build -t hi app");
    w.run("echo 'echo bye' >> app/app.sh");
    w.run("docker build -t hi app");
    const build = calculateLastBuild(w.snapshot().engine);
    if (!build) throw new Error("no build");
    expect(build.ok).toBe(true);
    expect(build.tags).toEqual(["hi:latest"]);
    const copy = build.steps.find((s) => s.instruction.startsWith("COPY"));
    const workdir = build.steps.find((s) => s.instruction.startsWith("WORKDIR"));
    const run = build.steps.find((s) => s.instruction.startsWith("RUN"));
    expect(workdir?.status).toBe("cached");
    expect(copy).toMatchObject({ status: "ran", why: "app.sh changed" });
    expect(run).toMatchObject({ status: "ran", why: "an earlier step was rebuilt" });
    expect(copy?.label).toMatch(/^\[\d\/\d\]$/);
  });

  it("reports a failed build with its error", () => {
    const w = createWorld({ workspace: createMemoryFs({ "/Dockerfile": "FROM alpine:3.20\nRUN exit 3\n" }) });
    w.run("docker build -t bad .");
    const build = calculateLastBuild(w.snapshot().engine);
    expect(build?.ok).toBe(false);
    expect(build?.steps.at(-1)?.status).toBe("failed");
  });
});

describe("calculateContainers", () => {
  it("lists state, published ports, volumes and networks", () => {
    const w = world();
    w.run("docker run -d --name web -p 8080:5000 -v site:/var/lib/registry registry:2");
    w.run("docker run --name once hello-world");
    const [web, once] = calculateContainers(w.snapshot().engine);
    expect(web).toMatchObject({ name: "web", status: "running", statusText: "Up", image: "registry:2", networks: ["bridge"] });
    expect(web?.ports).toContainEqual({ hostIp: "0.0.0.0", hostPort: "8080", containerPort: "5000/tcp", address: "localhost:8080" });
    expect(web?.mounts).toEqual(["volume site → /var/lib/registry"]);
    expect(once).toMatchObject({ name: "once", status: "exited", statusText: "Exited (0)", ports: [] });
  });
});

describe("calculateTraffic", () => {
  it("lights the legs a command used, from state changes", () => {
    const w = world();
    expect(traffic(w, "ls")).toEqual({ client: false, build: false, pull: false, push: false });
    expect(traffic(w, "docker pull alpine:3.20")).toEqual({ client: true, build: false, pull: true, push: false });
    expect(traffic(w, "docker pull alpine:3.20")).toEqual({ client: true, build: false, pull: false, push: false });
    expect(traffic(w, "docker build -t hi app")).toEqual({ client: true, build: true, pull: false, push: false });
    w.run("docker tag hi me/hi:1");
    w.run("echo pw | docker login -u me --password-stdin");
    expect(traffic(w, "docker push me/hi:1")).toMatchObject({ push: true });
  });

  it("a build whose base is not local pulls it", () => {
    expect(traffic(world(), "docker build -t hi app")).toEqual({ client: true, build: true, pull: true, push: false });
  });

  it("spots docker anywhere in a line", () => {
    expect(calculateUsesDocker("cd app && docker build .")).toBe(true);
    expect(calculateUsesDocker("DOCKER_BUILDKIT=0 docker build .")).toBe(true);
    expect(calculateUsesDocker("echo docker")).toBe(false);
    expect(calculateUsesDocker("dockerd")).toBe(false);
    fc.assert(fc.property(fc.string(), (line) => typeof calculateUsesDocker(line) === "boolean"));
  });
});
