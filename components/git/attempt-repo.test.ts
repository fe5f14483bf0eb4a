import * as nodeFs from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as git from "isomorphic-git";
import { AttemptRepo } from "./attempt-repo";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repo(): AttemptRepo {
  const dir = mkdtempSync(join(tmpdir(), "dockyard-attempts-"));
  dirs.push(dir);
  return new AttemptRepo(git, nodeFs, join(dir, "lesson.git"));
}

const STARTER = { "/app/Dockerfile": "FROM python:3.8\nCOPY . /app\n", "/app/app.py": "print('hi')\n" };

describe("AttemptRepo", () => {
  it("starts with the starter files and commits each attempt on top", async () => {
    const r = repo();
    await r.open(STARTER);
    await r.open(STARTER);
    await r.commit({ ...STARTER, "/app/Dockerfile": "FROM python:3.8\nWORKDIR /app\nCOPY . /app\n" }, "Attempt 1: 1 of 2 checks passed", 1_700_000_000_000);
    const attempts = await r.list();
    expect(attempts.map((a) => a.message)).toEqual(["Attempt 1: 1 of 2 checks passed", "Starter files"]);
    expect(attempts[0]?.timestamp).toBe(1_700_000_000);
    expect(await r.read(attempts[1]?.oid ?? "")).toEqual(STARTER);
  });

  it("shows each attempt's changes as git diff does", async () => {
    const r = repo();
    await r.open(STARTER);
    const oid = await r.commit({ "/app/Dockerfile": "FROM python:3.8\nWORKDIR /app\nCOPY . /app\n", "/notes.txt": "x\n" }, "Attempt 1");
    expect(await r.diff(oid)).toBe(
      [
        "diff --git a/app/Dockerfile b/app/Dockerfile",
        "--- a/app/Dockerfile",
        "+++ b/app/Dockerfile",
        "@@ -1,2 +1,3 @@",
        " FROM python:3.8",
        "+WORKDIR /app",
        " COPY . /app",
        "diff --git a/app/app.py b/app/app.py",
        "deleted file mode 100644",
        "--- a/app/app.py",
        "+++ /dev/null",
        "@@ -1 +0,0 @@",
        "-print('hi')",
        "diff --git a/notes.txt b/notes.txt",
        "new file mode 100644",
        "--- /dev/null",
        "+++ b/notes.txt",
        "@@ -0,0 +1 @@",
        "+x",
        "",
      ].join("\n"),
    );
  });

  it("lists nothing before the repository exists", async () => {
    expect(await repo().list()).toEqual([]);
  });
});
