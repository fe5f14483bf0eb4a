import type { InstructionHandler } from "../stage-run";

/** Sets `KEY=value` in the environment list, replacing an existing key in place (moby/buildkit: convert.go dispatchEnv → addEnv). */
export function calculateEnvList(env: readonly string[], key: string, value: string): string[] {
  const out = [...env];
  const i = out.findIndex((e) => e.slice(0, e.indexOf("=") < 0 ? e.length : e.indexOf("=")) === key);
  if (i >= 0) out[i] = `${key}=${value}`;
  else out.push(`${key}=${value}`);
  return out;
}

/** ENV: config only; history `ENV K=v K2=v2` (moby/buildkit: dockerfile2llb/convert.go dispatchEnv). */
export const envHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "env") return { ok: true };
    run.updateConfig((c) => {
      let env = c.Env;
      for (const p of instruction.pairs) env = calculateEnvList(env, p.key, p.value);
      return { ...c, Env: env };
    });
    run.addHistory(`ENV ${instruction.pairs.map((p) => `${p.key}=${p.value}`).join(" ")}`, true);
    return { ok: true };
  },
};
