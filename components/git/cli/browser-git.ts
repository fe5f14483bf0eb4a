import type { HostProgram } from "@/simulator";
import { createGitFs, WORK_DIR, type PromiseFs } from "./git-fs";
import type { Git } from "./git-context";
import { createGitProgram } from "./git-program";

/** isomorphic-git and the attempts' lightning-fs, as components/git/use-attempts.ts loads them. */
export type LoadAttemptsGit = () => Promise<{ git: Git; fs: unknown }>;

/** Where the index was last rebuilt from: the attempts' own commits (a Check) move HEAD without touching the index. */
const SYNCED_HEAD = "dockyard-index-head";

/**
 * Before each command, makes the index match HEAD when HEAD moved outside
 * git (AttemptRepo.commit writes trees directly), so a Check reads as
 * `git add -A && git commit` would: a clean status, not staged deletions.
 */
async function syncIndex(git: Git, backing: PromiseFs, gitdir: string, workspace: Parameters<HostProgram>[0]["workspace"]): Promise<void> {
  const head = await git.resolveRef({ fs: { promises: backing }, gitdir, ref: "HEAD" }).catch(() => undefined);
  if (!head) return;
  const seen = await backing.readFile(`${gitdir}/${SYNCED_HEAD}`, { encoding: "utf8" }).catch(() => "");
  if (seen === head) return;
  const fs = { promises: createGitFs(workspace, backing) };
  await backing.unlink(`${gitdir}/index`).catch(() => undefined);
  for (const filepath of await git.listFiles({ fs, gitdir, ref: head })) await git.resetIndex({ fs, dir: WORK_DIR, gitdir, filepath });
  await backing.writeFile(`${gitdir}/${SYNCED_HEAD}`, head);
}

/**
 * The site's `git`: the attempts repository (`/attempts/<scope>.git` in
 * lightning-fs) is the workspace's `.git`, so `git log` lists the attempts
 * each Check commits, and learners' own commits join the same history.
 */
export function createBrowserGitProgram(load: LoadAttemptsGit, gitdir: string): HostProgram {
  return async (ctx) => {
    const { git, fs } = await load();
    const backing = (fs as { promises: PromiseFs }).promises;
    await syncIndex(git, backing, gitdir, ctx.workspace).catch(() => undefined);
    const program = createGitProgram({ loadGit: async () => git, backing, gitdir });
    const result = await program(ctx);
    // The learner's own commits keep the index as git left it.
    const head = await git.resolveRef({ fs: { promises: backing }, gitdir, ref: "HEAD" }).catch(() => undefined);
    if (head) await backing.writeFile(`${gitdir}/${SYNCED_HEAD}`, head).catch(() => undefined);
    return result;
  };
}
