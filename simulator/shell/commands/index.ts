import { createShellCommand } from "../posix/shell-command";
import { runAwk } from "./awk";
import { runBasename } from "./basename";
import { runCat } from "./cat";
import { runChmod } from "./chmod";
import { runChown } from "./chown";
import { runCp } from "./cp";
import { runCut } from "./cut";
import { runDate } from "./date";
import { runDirname } from "./dirname";
import { runEcho } from "./echo";
import { runEnv } from "./env";
import { runExpr } from "./expr";
import { runFalse } from "./false";
import { runFind } from "./find";
import { runEgrep, runGrep } from "./grep";
import { runHead } from "./head";
import { runHostname } from "./hostname";
import { runId } from "./id";
import { runInstall } from "./install";
import { runLn } from "./ln";
import { runLs } from "./ls";
import { runMd5sum } from "./md5sum";
import { runMkdir } from "./mkdir";
import { runMktemp } from "./mktemp";
import { runMv } from "./mv";
import { runNproc } from "./nproc";
import { runPrintenv } from "./printenv";
import { runPrintf } from "./printf";
import { runPwd } from "./pwd";
import { runRm } from "./rm";
import { runSed } from "./sed";
import { PACKAGE_COMMANDS, TOOL_COMMANDS } from "./packages";
import { runSeq } from "./seq";
import { runSha256sum } from "./sha256sum";
import { runSha512sum } from "./sha512sum";
import { runSleep } from "./sleep";
import { runSort } from "./sort";
import { runTail } from "./tail";
import { runTar } from "./tar";
import { runTee } from "./tee";
import { runTest } from "./test";
import { runTouch } from "./touch";
import { runTr } from "./tr";
import { runTrue } from "./true";
import { runUname } from "./uname";
import { runUniq } from "./uniq";
import { runWc } from "./wc";
import { runWhich } from "./which";
import { runWhoami } from "./whoami";
import { runXargs } from "./xargs";
import { runYes } from "./yes";
import type { PosixCommandTable } from "./types";

/** The coreutils/BusyBox programs, by basename (shells are added by {@link createCommandTable}). */
export const CORE_COMMANDS: PosixCommandTable = {
  "[": runTest,
  awk: runAwk,
  mawk: runAwk,
  basename: runBasename,
  cat: runCat,
  chmod: runChmod,
  chown: runChown,
  cp: runCp,
  cut: runCut,
  date: runDate,
  dirname: runDirname,
  echo: runEcho,
  env: runEnv,
  expr: runExpr,
  false: runFalse,
  find: runFind,
  grep: runGrep,
  egrep: runEgrep,
  fgrep: runEgrep,
  head: runHead,
  hostname: runHostname,
  id: runId,
  install: runInstall,
  ln: runLn,
  ls: runLs,
  md5sum: runMd5sum,
  mkdir: runMkdir,
  mktemp: runMktemp,
  mv: runMv,
  nproc: runNproc,
  printenv: runPrintenv,
  printf: runPrintf,
  pwd: runPwd,
  rm: runRm,
  sed: runSed,
  seq: runSeq,
  sha256sum: runSha256sum,
  sha512sum: runSha512sum,
  sleep: runSleep,
  sort: runSort,
  tail: runTail,
  tar: runTar,
  tee: runTee,
  test: runTest,
  touch: runTouch,
  tr: runTr,
  true: runTrue,
  uname: runUname,
  uniq: runUniq,
  wc: runWc,
  which: runWhich,
  whoami: runWhoami,
  xargs: runXargs,
  yes: runYes,
};

/**
 * The programs of a container image by basename: an executable file on $PATH
 * runs the entry for its basename. `sh` is dash on Debian-like images and
 * BusyBox ash on Alpine; `bash`, `dash` and `ash` run their own flavor. The
 * package managers, account tools and language/network tools are included:
 * only what the image's root filesystem holds can run, so a Debian slim
 * container still has no curl.
 */
export function createCommandTable(options: { sh?: "dash" | "ash" } = {}): PosixCommandTable {
  return {
    ...CORE_COMMANDS,
    ...PACKAGE_COMMANDS,
    ...TOOL_COMMANDS,
    sh: createShellCommand(options.sh ?? "dash"),
    dash: createShellCommand("dash"),
    ash: createShellCommand("ash"),
    bash: createShellCommand("bash"),
  };
}
