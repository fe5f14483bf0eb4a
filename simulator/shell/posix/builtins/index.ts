import type { ShellFlavor } from "../errors";
import { runCd, runPwd, runUmask } from "./dirs";
import { runEchoBuiltin, runPrintfBuiltin } from "./echo";
import { runBreak, runColon, runContinue, runDot, runEval, runExit, runFalse, runReturn, runTrap, runWait } from "./flow";
import { runRead } from "./read";
import { runTestBuiltin } from "./test";
import { runHash, runType } from "./type";
import type { BuiltinSpec } from "./types";
import { runExport, runLet, runLocal, runReadonly, runSet, runShift, runUnset } from "./vars";

/** Handled where commands are dispatched (simple.ts); listed here so `type` and lookup know them. */
function dispatchedElsewhere(): number {
  return 0;
}

/**
 * The builtins, with POSIX's special ones marked (XCU §2.14) and the shells
 * that have each (dash: src/builtins.def; bash: builtins/*.def; BusyBox:
 * shell/ash.c builtintab).
 */
export const BUILTINS: Record<string, BuiltinSpec> = {
  ":": { run: runColon, special: true },
  ".": { run: runDot, special: true },
  break: { run: runBreak, special: true },
  continue: { run: runContinue, special: true },
  eval: { run: runEval, special: true },
  exec: { run: dispatchedElsewhere, special: true },
  exit: { run: runExit, special: true },
  export: { run: runExport, special: true },
  readonly: { run: runReadonly, special: true },
  return: { run: runReturn, special: true },
  set: { run: runSet, special: true },
  shift: { run: runShift, special: true },
  trap: { run: runTrap, special: true },
  unset: { run: runUnset, special: true },
  source: { run: runDot, flavors: ["bash", "ash"] },
  true: { run: runColon },
  false: { run: runFalse },
  cd: { run: runCd },
  pwd: { run: runPwd },
  echo: { run: runEchoBuiltin },
  printf: { run: runPrintfBuiltin },
  test: { run: runTestBuiltin },
  "[": { run: runTestBuiltin },
  "[[": { run: runTestBuiltin, flavors: ["ash"] },
  read: { run: runRead },
  type: { run: runType },
  command: { run: dispatchedElsewhere },
  umask: { run: runUmask },
  wait: { run: runWait },
  local: { run: runLocal },
  hash: { run: runHash },
  let: { run: runLet, flavors: ["bash", "ash"] },
};

/** The builtin `name` as `flavor` has it. */
export function findBuiltin(flavor: ShellFlavor, name: string): BuiltinSpec | undefined {
  if (!Object.hasOwn(BUILTINS, name)) return undefined;
  const spec = BUILTINS[name];
  if (spec?.flavors && !spec.flavors.includes(flavor)) return undefined;
  return spec;
}
