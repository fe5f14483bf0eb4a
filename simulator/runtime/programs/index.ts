import { runEchoProgram } from "./echo";
import { runHelloProgram } from "./hello";
import {
  runEnvProgram,
  runFalseProgram,
  runHostnameProgram,
  runPwdProgram,
  runTrueProgram,
  runWhoamiProgram,
} from "./identity";
import { calculateRegistryEntrypointArgv, runRegistryProgram } from "./registry";
import { runShellProgram } from "./shell";
import { runSleepProgram } from "./sleep";
import { runTailProgram } from "./tail";
import type { Program } from "./types";

export type { Program, ProgramContext, ProgramOutcome } from "./types";

/**
 * Process models by executable name: the place to add apps. How each one
 * answers signals as PID 1 (`docker stop`, `docker kill -s`) is in
 * ./signals.ts SIGNAL_HANDLERS: registry exits 2 on SIGTERM/SIGINT/SIGHUP
 * (a Go program without signal.Notify); sleep, shells, top, yes, ping and
 * tail have no handler, so SIGTERM is ignored and `docker stop` kills them
 * after its timeout (137).
 */
export const PROGRAMS: Record<string, Program> = {
  hello: runHelloProgram,
  sleep: runSleepProgram,
  echo: runEchoProgram,
  sh: runShellProgram,
  ash: runShellProgram,
  bash: runShellProgram,
  hostname: runHostnameProgram,
  pwd: runPwdProgram,
  whoami: runWhoamiProgram,
  env: runEnvProgram,
  printenv: runEnvProgram,
  true: runTrueProgram,
  false: runFalseProgram,
  registry: runRegistryProgram,
  tail: runTailProgram,
  // registry:2's /entrypoint.sh rewrites its arguments, then execs the result.
  "entrypoint.sh": (ctx) => {
    const argv = calculateRegistryEntrypointArgv(ctx.argv);
    return argv[0] === undefined ? { output: [], exit: { afterMs: 0, code: 0 } } : findProgram(argv[0])({ ...ctx, argv });
  },
};

/** Programs that keep running until stopped (`top`, `yes`, `ping`…). */
const LONG_RUNNING = new Set(["top", "yes", "ping", "tail"]);

/**
 * The process model for an executable the image contains.
 * Simplification: an executable with no model of its own exits 0 without
 * output, unless it is one that runs until stopped.
 */
export function findProgram(path: string): Program {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const program = PROGRAMS[base];
  if (program) return program;
  if (LONG_RUNNING.has(base)) return () => ({ output: [], exit: null });
  return () => ({ output: [], exit: { afterMs: 0, code: 0 } });
}
