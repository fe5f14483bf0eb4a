import type { InstructionHandler } from "../stage-run";
import { formatGoList, formatGoQuotedList } from "./format";

/** USER: config only, checked when a later RUN starts; history `USER app` (moby/buildkit: convert.go dispatchUser). */
export const userHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "user") return { ok: true };
    run.updateConfig((c) => ({ ...c, User: instruction.user }));
    run.addHistory(`USER ${instruction.user}`, true);
    return { ok: true };
  },
};

/** VOLUME: adds mount points to the config; history `VOLUME [/data]` (convert.go dispatchVolume). */
export const volumeHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "volume") return { ok: true };
    for (const v of instruction.volumes) {
      if (v.trim() === "") return { ok: false, failure: { message: "VOLUME specified can not be an empty string", classic: "VOLUME specified can not be an empty string", exitCode: 1 } };
    }
    run.updateConfig((c) => {
      const volumes = { ...(c.Volumes ?? {}) };
      for (const v of instruction.volumes) volumes[v] = {};
      return { ...c, Volumes: volumes };
    });
    run.addHistory(`VOLUME ${formatGoList(instruction.volumes)}`, true);
    return { ok: true };
  },
};

/** STOPSIGNAL: recorded in the config; history `STOPSIGNAL SIGQUIT` (convert.go dispatchStopSignal). */
export const stopSignalHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "stopsignal") return { ok: true };
    run.updateConfig((c) => ({ ...c, StopSignal: instruction.signal }));
    run.addHistory(`STOPSIGNAL ${instruction.signal}`, true);
    return { ok: true };
  },
};

/** SHELL: the shell later shell-form RUN/CMD/ENTRYPOINT use; history `SHELL [/bin/bash -c]` (convert.go dispatchShell). */
export const shellHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "shell") return { ok: true };
    run.updateConfig((c) => ({ ...c, Shell: [...instruction.shell] }));
    run.addHistory(`SHELL ${formatGoList(instruction.shell)}`, true);
    return { ok: true };
  },
};

/** ONBUILD: stores the trigger in the config (it runs when another build uses this image as a base). */
export const onbuildHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "onbuild") return { ok: true };
    run.updateConfig((c) => ({ ...c, OnBuild: [...(c.OnBuild ?? []), instruction.expression] }));
    run.addHistory(`ONBUILD ${instruction.expression}`, true);
    return { ok: true };
  },
};

/** ARG: no config change; history `ARG NAME=value` (convert.go dispatchArg). */
export const argHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "arg") return { ok: true };
    for (const a of instruction.args) run.declaredArgs.push({ key: a.key, value: run.request.buildArgs[a.key] ?? a.value });
    run.addHistory(`ARG ${instruction.args.map((a) => (a.value === undefined ? a.key : `${a.key}=${a.value}`)).join(" ")}`, true);
    return { ok: true };
  },
};

/**
 * HEALTHCHECK: stored in the config with durations in nanoseconds; history is
 * Go's `%q` of the struct pointer (`HEALTHCHECK &{["CMD-SHELL" "curl -f …"] "30s" "3s" "0s" "0s" '\x03'}`,
 * convert.go dispatchHealthcheck).
 */
export const healthcheckHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "healthcheck") return { ok: true };
    const ns = (ms: number): number => ms * 1_000_000;
    const hc = {
      Test: instruction.test,
      ...(instruction.intervalMs ? { Interval: ns(instruction.intervalMs) } : {}),
      ...(instruction.timeoutMs ? { Timeout: ns(instruction.timeoutMs) } : {}),
      ...(instruction.startPeriodMs ? { StartPeriod: ns(instruction.startPeriodMs) } : {}),
      ...(instruction.startIntervalMs ? { StartInterval: ns(instruction.startIntervalMs) } : {}),
      ...(instruction.retries ? { Retries: instruction.retries } : {}),
    };
    run.updateConfig((c) => ({ ...c, Healthcheck: hc }));
    const d = (ms: number): string => `"${formatGoDuration(ms)}"`;
    const retries = `'\\x${instruction.retries.toString(16).padStart(2, "0")}'`;
    run.addHistory(`HEALTHCHECK &{${formatGoQuotedList(instruction.test)} ${d(instruction.intervalMs)} ${d(instruction.timeoutMs)} ${d(instruction.startPeriodMs)} ${d(instruction.startIntervalMs)} ${retries}}`, true);
    return { ok: true };
  },
};

/** Go's time.Duration String for whole milliseconds: `30s`, `1m30s`, `500ms`, `0s`. */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return "0s";
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  return `${h ? `${h}h` : ""}${h || m ? `${m}m` : ""}${s}s`;
}
