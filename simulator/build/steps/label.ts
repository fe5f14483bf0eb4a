import type { InstructionHandler } from "../stage-run";

/** LABEL: config only; history `LABEL k=v` (moby/buildkit: dockerfile2llb/convert.go dispatchLabel). */
export const labelHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "label") return { ok: true };
    run.updateConfig((c) => {
      const labels = { ...c.Labels };
      for (const p of instruction.pairs) labels[p.key] = p.value;
      return { ...c, Labels: labels };
    });
    run.addHistory(`LABEL ${instruction.pairs.map((p) => `${p.key}=${p.value}`).join(" ")}`, true);
    return { ok: true };
  },
};

/** MAINTAINER (deprecated): sets the image author; history `MAINTAINER name`. */
export const maintainerHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "maintainer") return { ok: true };
    run.addHistory(`MAINTAINER ${instruction.maintainer}`, true);
    return { ok: true };
  },
};
