import { describe, expect, it } from "vitest";
import { formatLogSeconds, formatPlainProgress, formatProgressBytes, formatStepLabel, type Vertex } from "./progress";

describe("BuildKit plain progress", () => {
  it("prints the reference transcript's shape exactly", () => {
    const d = "sha256:" + "a".repeat(64);
    const vertices: Vertex[] = [
      { name: "[internal] load build definition from Dockerfile", statuses: [{ id: "transferring dockerfile:", current: 181, done: true }], logs: [], outcome: { kind: "done", seconds: 0 } },
      { name: "[internal] load metadata for docker.io/library/python:3.9-slim", statuses: [], logs: [], outcome: { kind: "done", seconds: 1.6 } },
      { name: "[internal] load .dockerignore", statuses: [{ id: "transferring context:", current: 2, done: true }], logs: [], outcome: { kind: "done", seconds: 0 } },
      {
        name: `[1/4] FROM docker.io/library/python:3.9-slim@${d}`,
        statuses: [
          { id: `resolve docker.io/library/python:3.9-slim@${d}`, seconds: 0, done: true },
          { id: d, current: 3_410_000, total: 3_410_000, seconds: 2.1, done: true },
          { id: `extracting ${d}`, seconds: 0.4, done: true },
        ],
        logs: [],
        outcome: { kind: "done", seconds: 2.3 },
      },
      { name: "[2/4] WORKDIR /app", statuses: [], logs: [], outcome: { kind: "cached" } },
      { name: "[3/4] RUN pip install numpy", statuses: [], logs: [{ seconds: 2.576, text: "Collecting numpy" }], outcome: { kind: "done", seconds: 5.3 } },
    ];
    expect(formatPlainProgress(vertices)).toBe(
      [
        '#0 building with "default" instance using docker driver',
        "",
        "#1 [internal] load build definition from Dockerfile",
        "#1 transferring dockerfile: 181B done",
        "#1 DONE 0.0s",
        "",
        "#2 [internal] load metadata for docker.io/library/python:3.9-slim",
        "#2 DONE 1.6s",
        "",
        "#3 [internal] load .dockerignore",
        "#3 transferring context: 2B done",
        "#3 DONE 0.0s",
        "",
        `#4 [1/4] FROM docker.io/library/python:3.9-slim@${d}`,
        `#4 resolve docker.io/library/python:3.9-slim@${d} done`,
        `#4 ${d} 3.41MB / 3.41MB 2.1s done`,
        `#4 extracting ${d} 0.4s done`,
        "#4 DONE 2.3s",
        "",
        "#5 [2/4] WORKDIR /app",
        "#5 CACHED",
        "",
        "#6 [3/4] RUN pip install numpy",
        "#6 2.576 Collecting numpy",
        "#6 DONE 5.3s",
        "",
      ].join("\n"),
    );
  });

  it("formats sizes, log times and step labels", () => {
    expect(formatProgressBytes(181)).toBe("181B");
    expect(formatProgressBytes(2048)).toBe("2.05kB");
    expect(formatProgressBytes(3_410_000)).toBe("3.41MB");
    expect(formatLogSeconds(2.5764)).toBe("2.576");
    expect(formatLogSeconds(12.345)).toBe("12.35");
    expect(formatLogSeconds(123.45)).toBe("123.5");
    expect(formatStepLabel(1, 12, "")).toBe("[ 1/12]");
    expect(formatStepLabel(2, 4, "builder")).toBe("[builder 2/4]");
  });
});
