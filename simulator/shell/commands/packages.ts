import { runAddgroup, runAdduser } from "../accounts/adduser";
import { runGroupadd } from "../accounts/groupadd";
import { runUseradd } from "../accounts/useradd";
import { runAptGet } from "../packages/apt";
import { runApk } from "../packages/apk";
import { runAptMark } from "../packages/apt-mark";
import { runDpkg, runDpkgArchitecture } from "../packages/dpkg";
import { runDpkgDivert } from "../packages/dpkg-divert";
import { runDpkgBuildflags } from "../packages/dpkg-buildflags";
import { runNpm } from "../packages/npm";
import { runPip } from "../packages/pip";
import { runYarn } from "../packages/yarn";
import { listBuiltProgramNames } from "../packages/downloads-catalog";
import { runAr } from "../tools/ar";
import { runAutoconf } from "../tools/autoconf";
import { runA2enmod } from "../tools/a2enmod";
import { runBuiltProgram } from "../tools/built-program";
import { runCc } from "../tools/cc";
import { runGo } from "../tools/go";
import { runGosu } from "../tools/gosu";
import { runLdconfig, runLdd } from "../tools/ldd";
import { runRustupInit, runRustupProxy } from "../tools/rustup";
import { runGpg, runGpgconf } from "../tools/gpg";
import { runGpg1 } from "../tools/gpg1";
import { runLocale, runLocaledef, runLocaleGen } from "../tools/locale";
import { runPostgres } from "../tools/postgres";
import { runScanelf } from "../tools/scanelf";
import { runMake } from "../tools/make";
import { runNode } from "../tools/node";
import { runPython } from "../tools/python";
import { runCurl } from "./curl";
import type { PosixCommandTable } from "./types";
import { runWget } from "./wget";

/** The package managers and account tools images ship, by basename: apt-get/apt (Debian, Ubuntu), apk (Alpine), pip (python images), npm/yarn (node images), useradd & co. */
export const PACKAGE_COMMANDS: PosixCommandTable = {
  "apt-get": runAptGet,
  apt: runAptGet,
  apk: runApk,
  "apt-mark": runAptMark,
  dpkg: runDpkg,
  "dpkg-query": runDpkg,
  "dpkg-architecture": runDpkgArchitecture,
  "dpkg-buildflags": runDpkgBuildflags,
  "dpkg-divert": runDpkgDivert,
  pip: runPip,
  pip3: runPip,
  npm: runNpm,
  yarn: runYarn,
  yarnpkg: runYarn,
  useradd: runUseradd,
  groupadd: runGroupadd,
  adduser: runAdduser,
  addgroup: runAddgroup,
};

/**
 * Language runtimes, build and network tools images ship, by basename:
 * curl and wget (buildpack-deps, Alpine's busybox wget), make, the C
 * toolchain (gcc/cc, ar, ldd, ldconfig) and the programs catalog source
 * distributions build (redis-server…), go, node,
 * python with every versioned name the python images link
 * (/usr/local/bin/python3.12…).
 */
export const TOOL_COMMANDS: PosixCommandTable = {
  ...Object.fromEntries(listBuiltProgramNames().map((n) => [n, runBuiltProgram])),
  ...Object.fromEntries(["cc", "gcc", "c++", "g++", "gcc-12", "g++-12", "x86_64-linux-gnu-gcc-12", "x86_64-linux-gnu-g++-12", "gcc-14", "x86_64-alpine-linux-musl-gcc"].map((n) => [n, runCc])),
  ar: runAr,
  ldd: runLdd,
  ldconfig: runLdconfig,
  "rustup-init": runRustupInit,
  ...Object.fromEntries(["rustup", "cargo", "rustc", "rustdoc"].map((n) => [n, runRustupProxy])),
  curl: runCurl,
  wget: runWget,
  gpg: runGpg,
  gpg1: runGpg1,
  locale: runLocale,
  "locale-gen": runLocaleGen,
  localedef: runLocaledef,
  postgres: runPostgres,
  scanelf: runScanelf,
  gpgconf: runGpgconf,
  gosu: runGosu,
  make: runMake,
  autoconf: runAutoconf,
  ...Object.fromEntries(["a2enmod", "a2dismod", "a2enconf", "a2disconf", "a2ensite", "a2dissite"].map((n) => [n, runA2enmod])),
  go: runGo,
  node: runNode,
  nodejs: runNode,
  python: runPython,
  python3: runPython,
  ...Object.fromEntries(["3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14"].map((v) => [`python${v}`, runPython])),
};
