import type { InstructionHandler } from "../stage-run";
import { calculateShellCommand, formatGoQuotedList } from "./format";

/** CMD: the default command; shell form goes through the stage's SHELL. History `CMD ["python" "app.py"]` (moby/buildkit: convert.go dispatchCmd). */
export const cmdHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "cmd") return { ok: true };
    const cmd = instruction.prependShell ? calculateShellCommand(run.config.Shell, instruction.cmdLine.join(" ")) : instruction.cmdLine;
    run.updateConfig((c) => ({ ...c, Cmd: cmd }));
    run.cmdSet = true;
    run.addHistory(`CMD ${formatGoQuotedList(cmd)}`, true);
    return { ok: true };
  },
};

/**
 * ENTRYPOINT: sets it, and drops a CMD inherited from the base image unless
 * this stage set one (moby/buildkit: convert.go dispatchEntrypoint, "if !d.cmdSet").
 */
export const entrypointHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "entrypoint") return { ok: true };
    const words = instruction.cmdLine ?? [];
    const entrypoint = instruction.prependShell ? calculateShellCommand(run.config.Shell, words.join(" ")) : words;
    run.updateConfig((c) => ({ ...c, Entrypoint: entrypoint.length > 0 ? entrypoint : null, ...(run.cmdSet ? {} : { Cmd: null }) }));
    run.addHistory(`ENTRYPOINT ${formatGoQuotedList(entrypoint)}`, true);
    return { ok: true };
  },
};
