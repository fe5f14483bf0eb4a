import { describe, expect, it } from "vitest";
import { formatBuildError, formatSourceSnippet, formatTtyFrames, formatTtyProgress } from "./report";

describe("formatSourceSnippet (moby/buildkit solver/errdefs/source.go)", () => {
  const text = "FROM node:18-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD [\"node\", \"index.js\"]\n";
  it("shows two lines either side of a one-line error", () => {
    expect(formatSourceSnippet("Dockerfile", text, 4, 4)).toBe(
      "Dockerfile:4\n--------------------\n   2 |     WORKDIR /app\n   3 |     COPY package*.json ./\n   4 | >>> RUN npm install\n   5 |     COPY . .\n   6 |     CMD [\"node\", \"index.js\"]\n--------------------\n",
    );
  });
  it("only looks forward from line 1", () => {
    expect(formatSourceSnippet("Dockerfile", text, 1, 1).split("\n").slice(2, 5)).toEqual(["   1 | >>> FROM node:18-alpine", "   2 |     WORKDIR /app", "   3 |     COPY package*.json ./"]);
  });
  it("marks every line of a multi-line instruction", () => {
    const multi = "FROM alpine\nRUN apk add \\\n    curl\nCMD sh\n";
    expect(formatSourceSnippet("Dockerfile", multi, 2, 3)).toContain("   2 | >>> RUN apk add \\\n   3 | >>>     curl\n");
  });
});

describe("formatTtyProgress (moby/buildkit progressui/display.go)", () => {
  it("right-aligns timers and the builder name to the width", () => {
    const frame = formatTtyProgress(
      [
        { name: "[internal] load build definition from Dockerfile", statuses: [{ id: "transferring dockerfile: 194B", done: true }], logs: [], outcome: { kind: "done", seconds: 0.01 } },
        { name: "[2/5] WORKDIR /app", statuses: [], logs: [], outcome: { kind: "cached" } },
        { name: "[4/5] RUN npm install", statuses: [], logs: [], outcome: { kind: "done", seconds: 11.94 } },
      ],
      14.2,
      80,
    );
    const lines = frame.split("\n");
    expect(lines[0]).toBe(`[+] Building 14.2s (3/3) FINISHED${" ".repeat(80 - 33 - 14)}docker:default`);
    expect(lines.slice(0, 5).every((l) => l.length === 80)).toBe(true);
    expect(lines[1]).toMatch(/^ => \[internal\] load build definition from Dockerfile +0\.0s$/);
    expect(lines[2]).toMatch(/^ => => transferring dockerfile: 194B +0\.0s$/);
    expect(lines[3]).toMatch(/^ => CACHED \[2\/5\] WORKDIR \/app +0\.0s$/);
    expect(lines[4]).toMatch(/^ => \[4\/5\] RUN npm install +11\.9s$/);
  });
  it("cuts names that do not fit", () => {
    const frame = formatTtyProgress([{ name: "x".repeat(200), statuses: [], logs: [], outcome: { kind: "done", seconds: 1 } }], 1, 60);
    expect(frame.split("\n")[1]?.length).toBe(60);
  });
});

describe("formatBuildError", () => {
  it("boxes the failed step's logs, then the excerpt, then buildx's ERROR line", () => {
    const out = formatBuildError({ message: "boom", classic: "boom", exitCode: 1, vertexName: "[2/2] RUN false", logs: ["0.101 nope"], lines: { start: 2, end: 2 } }, "Dockerfile", "FROM alpine\nRUN false\n");
    expect(out).toBe("------\n > [2/2] RUN false:\n0.101 nope\n------\nDockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> RUN false\n   3 |     \n--------------------\nERROR: failed to solve: boom\n");
  });
});

describe("formatTtyFrames (the live view)", () => {
  const vertices = [
    { name: "[internal] load build definition from Dockerfile", statuses: [], logs: [], outcome: { kind: "done" as const, seconds: 0 }, startMs: 1000, endMs: 1000 },
    { name: "[2/2] RUN sleep 1", statuses: [], logs: [], outcome: { kind: "done" as const, seconds: 1.2 }, startMs: 1000, endMs: 2200 },
  ];
  it("shows running steps with their elapsed time, then redraws in place until the final frame", () => {
    const frames = formatTtyFrames(vertices, 1000, 1.2, 60);
    expect(frames.map((f) => f.atMs)).toEqual([0, 1200]);
    expect(frames[0]?.text).toContain("[+] Building 0.0s (1/2)");
    expect(frames[0]?.text).not.toContain("FINISHED");
    expect(frames[0]?.text).toMatch(/ => \[2\/2\] RUN sleep 1 +0\.0s\n/);
    expect(frames[1]?.text.startsWith("\x1b[3A\r[+] Building 1.2s (2/2) FINISHED")).toBe(true);
    expect(frames[1]?.text).toMatch(/ => \[2\/2\] RUN sleep 1 +1\.2s\n/);
  });
});
