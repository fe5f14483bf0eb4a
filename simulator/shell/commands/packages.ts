import { runAptGet } from "../packages/apt";
import { runApk } from "../packages/apk";
import { runPip } from "../packages/pip";
import type { PosixCommandTable } from "./types";

/** The package managers and account tools images ship, by basename: apt-get/apt (Debian, Ubuntu), apk (Alpine), pip (python images), npm/yarn (node images), useradd & co. */
export const PACKAGE_COMMANDS: PosixCommandTable = {
  "apt-get": runAptGet,
  apt: runAptGet,
  apk: runApk,
  pip: runPip,
  pip3: runPip,
};
