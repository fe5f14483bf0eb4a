import * as git from "isomorphic-git";
import { describe, expect, it } from "vitest";
import { createMemoryFs, createWorld, type World } from "@/simulator";
import { AttemptRepo } from "../attempt-repo";
import { createBrowserGitProgram } from "./browser-git";
import { createMemoryPromiseFs } from "./git-fs";

async function run(world: World, line: string) {
  const first = world.run(line);
  return first.pending ? await first.pending : first;
}

describe("git over the attempts repository", () => {
  it("lists the attempts each Check commits, with a clean status after each", async () => {
    const backing = createMemoryPromiseFs();
    const gitdir = "/attempts/lesson.git";
    const repo = new AttemptRepo(git, backing as unknown as ConstructorParameters<typeof AttemptRepo>[1], gitdir);
    const starter = { "/app.py": "print(1)\n", "/Dockerfile": "FROM python:3.12\n" };
    await repo.open(starter);
    const workspace = createMemoryFs(starter, () => 0);
    const world = createWorld({ workspace, hostPrograms: { git: createBrowserGitProgram(async () => ({ git, fs: { promises: backing } }), gitdir) } });
    expect((await run(world, "git status")).stdout).toBe("On branch main\nnothing to commit, working tree clean\n");
    await run(world, "echo 'print(2)' >> app.py");
    expect((await run(world, "git status")).stdout).toContain("\tmodified:   app.py\n");
    // A Check commits the files as they are.
    await repo.commit({ "/app.py": "print(1)\nprint(2)\n", "/Dockerfile": "FROM python:3.12\n" }, "Check 1: 2/3 checks passed", 1_700_000_000_000);
    const log = await run(world, "git log --oneline");
    expect(log.stdout).toMatch(/^[0-9a-f]{7} \(HEAD -> main\) Check 1: 2\/3 checks passed\n[0-9a-f]{7} Starter files\n$/);
    expect((await run(world, "git status")).stdout).toBe("On branch main\nnothing to commit, working tree clean\n");
    // The learner's own commit joins the same history.
    await run(world, "echo x > notes.txt");
    await run(world, "git add notes.txt");
    expect((await run(world, "git commit -m notes")).exitCode).toBe(0);
    expect((await repo.list()).map((a) => a.message)).toEqual(["notes", "Check 1: 2/3 checks passed", "Starter files"]);
    expect((await run(world, "git status")).stdout).toBe("On branch main\nnothing to commit, working tree clean\n");
  }, 30_000);
});
