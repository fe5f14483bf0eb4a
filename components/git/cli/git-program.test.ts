import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import * as git from "isomorphic-git";
import { describe, expect, it } from "vitest";
import { createWorld, runTranscriptAsync, type World } from "@/simulator";
import { formatStatSummary } from "./git-commit";
import { resolvePathspec, showPath } from "./git-context";
import { createMemoryPromiseFs } from "./git-fs";
import { formatGitDate } from "./git-log";
import { createGitProgram } from "./git-program";

function gitWorld(): World {
  return createWorld({ hostPrograms: { git: createGitProgram({ loadGit: async () => git, backing: createMemoryPromiseFs(), gitdir: "/repo/.git" }) } });
}

async function run(world: World, line: string) {
  const first = world.run(line);
  return first.pending ? await first.pending : first;
}

describe("git in the terminal (isomorphic-git)", () => {
  it("matches the golden transcript", async () => {
    const dir = path.join(__dirname, "testdata");
    const { text } = await runTranscriptAsync(gitWorld(), fs.readFileSync(path.join(dir, "git-basics.sh"), "utf8"));
    const golden = path.join(dir, "git-basics.golden");
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
    expect(text).toBe(fs.readFileSync(golden, "utf8"));
  }, 30_000);

  it("exits 128 with git's fatal line outside a repository, and $? follows the program", async () => {
    const world = gitWorld();
    const result = await run(world, "git status");
    expect(result.exitCode).toBe(128);
    expect(result.stderr).toBe("fatal: not a git repository (or any of the parent directories): .git\n");
    expect((await run(world, "echo $?")).stdout).toBe("128\n");
  });

  it("never crashes on arbitrary arguments", async () => {
    const world = gitWorld();
    await run(world, "git init");
    await run(world, "echo a > a.txt");
    const word = fc.oneof(fc.constantFrom("status", "add", "commit", "log", "diff", "checkout", "branch", "restore", "-m", "-b", "-d", "-D", "--", ".", "-A", "--staged", "--oneline", "-n", "a.txt", "x", "main", "toString"), fc.stringMatching(/^[a-z.-]{0,6}$/));
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 4 }), async (words) => {
        const result = await run(world, `git ${words.map((w) => `'${w}'`).join(" ")}`);
        expect([0, 1, 128]).toContain(result.exitCode);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe("git output helpers", () => {
  it("formats the diffstat summary like diff.c", () => {
    expect(formatStatSummary(1, 3, 0)).toBe(" 1 file changed, 3 insertions(+)");
    expect(formatStatSummary(2, 1, 1)).toBe(" 2 files changed, 1 insertion(+), 1 deletion(-)");
    expect(formatStatSummary(1, 0, 2)).toBe(" 1 file changed, 2 deletions(-)");
    expect(formatStatSummary(1, 0, 0)).toBe(" 1 file changed, 0 insertions(+), 0 deletions(-)");
  });
  it("formats dates like git's default format", () => {
    expect(formatGitDate(Date.UTC(2026, 10, 2, 5, 6, 7) / 1000)).toBe("Mon Nov 2 05:06:07 2026 +0000");
  });
  it("resolves pathspecs against the shell's directory", () => {
    expect(resolvePathspec("web", "../app.py")).toBe("app.py");
    expect(resolvePathspec("", ".")).toBe("");
    expect(showPath("web", "app.py")).toBe("../app.py");
    expect(showPath("web", "web/x.css")).toBe("x.css");
  });
});
