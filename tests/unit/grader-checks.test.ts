import { describe, expect, it } from "vitest";
import { createWorld } from "@/simulator/world/world";
import { MemoryFs } from "@/simulator/vfs/memory-fs";
import type { Check } from "@/simulator/grader/checks";
import { calculateScore, gradeChecks } from "@/simulator/grader/grade";

const DOCKERFILE = `FROM python:3.8
LABEL maintainer="Ada"
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
EXPOSE 5000
CMD python app.py
`;

function workspace(files: Record<string, string>): MemoryFs {
  const fs = new MemoryFs(() => 0);
  for (const [path, content] of Object.entries(files)) {
    const dir = path.slice(0, path.lastIndexOf("/"));
    if (dir) fs.mkdir(dir, { recursive: true });
    fs.writeFile(path, content);
  }
  return fs;
}

function check(id: string, predicate: Record<string, unknown>, extra: Partial<Check> = {}): Check {
  return { id, title: id, ...predicate, ...extra } as Check;
}

describe("gradeChecks", () => {
  const world = createWorld({ workspace: workspace({ "/Dockerfile": DOCKERFILE, "/requirements.txt": "flask\n", "/app.py": 'print("hi")\n' }) });
  world.run("docker build -t python-helloworld .");
  world.run("echo '# change' >> app.py");
  world.run("docker build -t python-helloworld .");
  world.run("docker run -d --name web -p 5111:5000 -e APP_COLOR=blue python-helloworld");
  world.run("docker run hello-world");
  world.run("docker logs web");
  world.run("docker volume create notes");
  const snapshot = world.snapshot();

  it("explains a cache miss in the learner's terms", () => {
    const [result] = gradeChecks([check("cached", { kind: "build-step-cached", reference: "python-helloworld", instruction: "RUN pip install" })], snapshot);
    expect(result?.passed).toBe(false);
    expect(result?.detail).toBe("Your rebuild re-ran `RUN pip install -r requirements.txt` because `COPY . .` (line 4) comes before it and app.py changed.");
  });

  it("reads Dockerfile, image, container, volume and history state", () => {
    const results = gradeChecks(
      [
        check("order", { kind: "dockerfile-instruction-order", first: { keyword: "COPY", contains: "requirements" }, then: { keyword: "RUN", contains: "pip" } }),
        check("exec", { kind: "dockerfile-exec-form" }),
        check("label", { kind: "image-label", reference: "python-helloworld", name: "maintainer", value: "Ada" }),
        check("expose", { kind: "image-exposes", reference: "python-helloworld", port: 5000 }),
        check("root", { kind: "image-user-not-root", reference: "python-helloworld" }),
        check("port", { kind: "container-port", name: "web", hostPort: 5111, containerPort: 5000, running: false }),
        check("env", { kind: "container-env", name: "web", env: "APP_COLOR", value: "blue" }),
        check("hello", { kind: "container-ran", image: "hello-world", exitCode: 0 }),
        check("hello-logs", { kind: "container-logs-contain", image: "hello-world", contains: "Hello from Docker!" }),
        check("logs", { kind: "command-ran", command: "docker logs" }),
        check("volume", { kind: "volume-exists", name: "notes" }),
        check("file", { kind: "image-file", reference: "python-helloworld", path: "/app/app.py" }),
        check("small", { kind: "image-size-below", reference: "python-helloworld", max: "100MB" }),
        check("hint", { kind: "file-exists", path: ".dockerignore" }, { hints: ["one", "two", "three"], points: 3 }),
      ],
      snapshot,
    );
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId["order"]?.passed).toBe(false);
    expect(byId["order"]?.detail).toMatch(/line 5\) comes before `COPY \. \.` \(line 4\)|has no `COPY …requirements…`/);
    expect(byId["exec"]?.detail).toMatch(/shell form/);
    for (const id of ["label", "expose", "port", "env", "hello", "hello-logs", "logs", "volume", "file"]) expect(byId[id]?.passed, `${id}: ${byId[id]?.detail}`).toBe(true);
    expect(byId["root"]?.passed).toBe(false);
    expect(byId["small"]?.detail).toMatch(/MB; it must be under 100MB/);
    expect(byId["hint"]?.hints).toEqual(["one", "two", "three"]);
    expect(calculateScore(results).maxPoints).toBe(16);
  });

  it("combines predicates with all, any and not", () => {
    const yes = { kind: "image-present", reference: "hello-world" };
    const no = { kind: "image-present", reference: "nginx" };
    const results = gradeChecks(
      [check("all", { kind: "all", of: [yes, no] }), check("any", { kind: "any", of: [no, yes] }), check("not", { kind: "not", of: no })],
      snapshot,
    );
    expect(results.map((r) => r.passed)).toEqual([false, true, true]);
  });

  it("is pure: grading leaves the snapshot as it was and repeats its verdicts", () => {
    const before = JSON.stringify(snapshot);
    const checks = [check("http", { kind: "http-answers", port: 5111 }), check("file", { kind: "container-file", name: "web", path: "/app/app.py" })];
    const first = gradeChecks(checks, snapshot);
    expect(gradeChecks(checks, snapshot)).toEqual(first);
    expect(JSON.stringify(snapshot)).toBe(before);
    expect(first[1]?.passed).toBe(true);
  });

  it("fails malformed or unknown checks with a message instead of throwing", () => {
    const results = gradeChecks([check("bad", { kind: "image-size-below", reference: "x", max: "huge" }), check("unknown", { kind: "toString" })], snapshot);
    expect(results.map((r) => r.passed)).toEqual([false, false]);
    expect(results[1]?.detail).toMatch(/Unknown check kind/);
  });
});
