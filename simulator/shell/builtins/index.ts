import type { CommandTable } from "../session";
import { runCat } from "./cat";
import { runCd } from "./cd";
import { runClear } from "./clear";
import { runCp } from "./cp";
import { runCurl } from "./curl";
import { runEcho } from "./echo";
import { runExit } from "./exit";
import { runEnv, runExport } from "./export";
import { runHelp } from "./help";
import { runHistory } from "./history";
import { runLs } from "./ls";
import { runMkdir } from "./mkdir";
import { runMv } from "./mv";
import { runPwd } from "./pwd";
import { runRm } from "./rm";
import { runSleep } from "./sleep";
import { runTouch } from "./touch";
import { runFalse, runTrue } from "./true-false";
import { createHostCurl, createHostUtilities } from "./utilities";

/** The host shell's own commands; the world adds `docker` (and later `kubectl`). */
export const HOST_BUILTINS: CommandTable = {
  ...createHostUtilities(),
  cat: runCat,
  cd: runCd,
  clear: runClear,
  cp: runCp,
  curl: createHostCurl(runCurl),
  echo: runEcho,
  env: runEnv,
  exit: runExit,
  export: runExport,
  false: runFalse,
  help: runHelp,
  history: runHistory,
  ls: runLs,
  mkdir: runMkdir,
  mv: runMv,
  pwd: runPwd,
  rm: runRm,
  sleep: runSleep,
  touch: runTouch,
  true: runTrue,
};
