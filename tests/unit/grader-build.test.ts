import { describe, expect, it } from "vitest";
import { createWorld } from "@/simulator/world/world";
import { gradeChecks } from "@/simulator/grader/grade";
import type { Check } from "@/simulator/grader/checks";
import { MemoryFs } from "@/simulator/vfs/memory-fs";

const CHECKS: Check[] = [
  { id: "built", title: "Build python-helloworld", kind: "image-built", reference: "python-helloworld" },
  { id: "pip-cached", title: "Keep pip install cached", kind: "build-step-cached", reference: "python-helloworld", instruction: "RUN pip install", cached: true },
  { id: "copy-ran", title: "Copy the changed code", kind: "build-step-cached", reference: "python-helloworld", instruction: "COPY . .", cached: false },
  { id: "pushed", title: "Push to your registry", kind: "image-pushed", reference: "localhost:5000/python-helloworld" },
];

function world(dockerfile: string) {
  const ws = new MemoryFs(() => 0);
  ws.mkdir("/app", { recursive: true });
  ws.writeFile("/app/Dockerfile", dockerfile);
  ws.writeFile("/app/requirements.txt", "flask\n");
  ws.writeFile("/app/app.py", "print('hi')\n");
  return createWorld({ workspace: ws });
}

const verdicts = (w: ReturnType<typeof world>) => Object.fromEntries(gradeChecks(CHECKS, w.snapshot()).map((r) => [r.id, r.passed]));

describe("grading builds and pushes from engine state", () => {
  it("passes a well-ordered Dockerfile rebuilt after a code change, then pushed", () => {
    const w = world("FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n");
    expect(verdicts(w)).toEqual({ built: false, "pip-cached": false, "copy-ran": false, pushed: false });
    w.run("docker build -t python-helloworld app");
    w.workspace.writeFile("/app/app.py", "print('changed')\n");
    w.run("docker build -t python-helloworld app");
    expect(verdicts(w)).toEqual({ built: true, "pip-cached": true, "copy-ran": true, pushed: false });
    w.run("docker run -d -p 5000:5000 registry:2");
    w.run("docker tag python-helloworld localhost:5000/python-helloworld");
    w.run("docker push localhost:5000/python-helloworld");
    expect(verdicts(w).pushed).toBe(true);
  });

  it("explains a cache lost to Dockerfile order", () => {
    const w = world("FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n");
    w.run("docker build -t python-helloworld app");
    w.workspace.writeFile("/app/app.py", "print('changed')\n");
    w.run("docker build -t python-helloworld app");
    const result = gradeChecks(CHECKS, w.snapshot()).find((r) => r.id === "pip-cached");
    expect(result?.passed).toBe(false);
    expect(result?.detail).toBe("Your rebuild re-ran `RUN pip install -r requirements.txt` because `COPY . .` (line 3) comes before it and app.py changed.");
  });
});
