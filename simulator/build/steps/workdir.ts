import { createLayer } from "../../vfs/layer";
import { calculateCleanPath } from "../../vfs/path";
import type { Instruction } from "../../dockerfile/instructions/types";
import type { InstructionHandler, StageRun } from "../stage-run";
import { resolveBuildUser } from "../user";

/** The new working directory: absolute as given, else joined to the current one (moby/buildkit: convert.go dispatchWorkdir). */
export function calculateWorkdir(current: string, path: string): string {
  return calculateCleanPath(path.startsWith("/") ? path : `${current || "/"}/${path}`);
}

/**
 * WORKDIR: sets the working directory and creates it (with parents, owned by
 * the stage's USER) when it does not exist; BuildKit commits that mkdir as a
 * layer (moby/buildkit: dockerfile2llb/convert.go dispatchWorkdir, llb.Mkdir
 * WithParents). History `WORKDIR /app`.
 */
export const workdirHandler: InstructionHandler = {
  counted: true,
  dispatch(instruction, run) {
    if (instruction.kind !== "workdir") return { ok: true };
    applyWorkdir(instruction, run);
    const dir = run.config.WorkingDir;
    const { fs, upper } = run.createFs();
    const who = resolveBuildUser(fs, run.config.User);
    const owner = who.ok ? who.user : { uid: 0, gid: 0 };
    let created = false;
    try {
      if (!fs.stat(dir)) {
        fs.mkdir(dir, { recursive: true });
        if (owner.uid !== 0 || owner.gid !== 0) fs.chown(dir, owner.uid, owner.gid);
        created = true;
      }
    } catch {
      created = false;
    }
    if (created && upper.count > 0) run.addLayer(createLayer(upper.entries));
    run.addHistory(`WORKDIR ${dir}`, !created);
    return { ok: true };
  },
  applyCached: applyWorkdir,
  formatHistory: (_instruction, run) => `WORKDIR ${run.config.WorkingDir}`,
};

function applyWorkdir(instruction: Instruction, run: StageRun): void {
  if (instruction.kind !== "workdir") return;
  const dir = calculateWorkdir(run.config.WorkingDir, instruction.path);
  run.updateConfig((c) => ({ ...c, WorkingDir: dir }));
}
