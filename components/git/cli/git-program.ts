import type { CommandTranscript, HostProgram, OutputChunk } from "@/simulator";
import { runAdd, runRestore } from "./git-add";
import { runBranch, runCheckout } from "./git-branch";
import { runCommit } from "./git-commit";
import { GitFatal, SHOWN_WORKTREE, type Git, type GitContext, type GitVerb } from "./git-context";
import { runDiff } from "./git-diff";
import { createGitFs, WORK_DIR, type PromiseFs } from "./git-fs";
import { runLog } from "./git-log";
import { runStatus } from "./git-status";

/** The subcommands, one file each. */
const VERBS: Record<string, GitVerb> = {
  add: runAdd,
  branch: runBranch,
  checkout: runCheckout,
  commit: runCommit,
  diff: runDiff,
  log: runLog,
  restore: runRestore,
  status: runStatus,
};

/** How the host provides git: isomorphic-git, where the repository lives, and on which file system. */
export interface GitProgramOptions {
  loadGit(): Promise<Git>;
  /** Holds the repository (lightning-fs in the browser, memory or Node's fs in the headless shell). */
  backing: PromiseFs;
  /** The repository folder on `backing`. */
  gitdir: string;
}

/**
 * `git` as a host program (simulator/world HostProgram): isomorphic-git over
 * the learner's workspace, the repository on `backing`. Messages and exit
 * codes follow git 2.4x: `fatal:` is 128 (usage.c die), `error:` is 1.
 */
export function createGitProgram(options: GitProgramOptions): HostProgram {
  return async ({ argv, cwd, workspace, now }) => {
    const chunks: OutputChunk[] = [];
    const out = (text: string): void => void (text && chunks.push({ stream: "stdout", text }));
    const err = (text: string): void => void (text && chunks.push({ stream: "stderr", text }));
    const done = (exitCode: number): CommandTranscript => ({
      chunks,
      exitCode,
      stdout: chunks.filter((c) => c.stream === "stdout").map((c) => c.text).join(""),
      stderr: chunks.filter((c) => c.stream === "stderr").map((c) => c.text).join(""),
    });
    const [name, ...args] = argv.slice(1);
    if (name === undefined) {
      out("usage: git [-v | --version] [-h | --help] [-C <path>] [-c <name>=<value>]\n           <command> [<args>]\n");
      return done(1);
    }
    if (name === "--version" || name === "version") {
      out("git version 2.43.0\n");
      return done(0);
    }
    const git = await options.loadGit();
    const fs = createGitFs(workspace, options.backing);
    const inside = cwd === SHOWN_WORKTREE || cwd.startsWith(`${SHOWN_WORKTREE}/`);
    const client = { promises: fs };
    const ctx: GitContext = { git, fs, client, dir: WORK_DIR, gitdir: options.gitdir, args, prefix: inside ? cwd.slice(SHOWN_WORKTREE.length + 1) : "", now, out, err };
    const exists = inside && (await fs.stat(`${options.gitdir}/HEAD`).then(() => true, () => false));
    try {
      if (name === "init") {
        // Simplification: init.defaultBranch is main, so git's "Using 'master' as the name for the initial branch" hint is not shown.
        if (!inside) throw new GitFatal("cannot mkdir .git: Permission denied");
        if (!exists) await git.init({ fs: client, dir: WORK_DIR, gitdir: options.gitdir, defaultBranch: "main" });
        out(`${exists ? "Reinitialized existing" : "Initialized empty"} Git repository in ${SHOWN_WORKTREE}/.git/\n`);
        return done(0);
      }
      const verb = Object.hasOwn(VERBS, name) ? VERBS[name] : undefined;
      if (!verb) {
        err(`git: '${name}' is not a git command. See 'git --help'.\n`);
        return done(1);
      }
      if (!exists) throw new GitFatal("not a git repository (or any of the parent directories): .git");
      return done(await verb(ctx));
    } catch (error) {
      if (error instanceof GitFatal) {
        err(`fatal: ${error.message}\n`);
        return done(128);
      }
      err(`fatal: ${(error as Error).message}\n`);
      return done(128);
    }
  };
}
