import type { InstructionKind } from "../../dockerfile/instructions/types";
import type { InstructionHandler } from "../stage-run";
import { cmdHandler, entrypointHandler } from "./cmd";
import { addHandler, copyHandler } from "./copy";
import { envHandler } from "./env";
import { exposeHandler } from "./expose";
import { labelHandler, maintainerHandler } from "./label";
import { runHandler } from "./run";
import { argHandler, healthcheckHandler, onbuildHandler, shellHandler, stopSignalHandler, userHandler, volumeHandler } from "./simple";
import { workdirHandler } from "./workdir";

/** One handler per instruction (FROM is the builder's own), as BuildKit's dispatch switch and moby's dispatch table map them. */
export const INSTRUCTION_HANDLERS: Record<Exclude<InstructionKind, "from">, InstructionHandler> = {
  run: runHandler,
  copy: copyHandler,
  add: addHandler,
  workdir: workdirHandler,
  env: envHandler,
  label: labelHandler,
  maintainer: maintainerHandler,
  expose: exposeHandler,
  cmd: cmdHandler,
  entrypoint: entrypointHandler,
  user: userHandler,
  volume: volumeHandler,
  stopsignal: stopSignalHandler,
  shell: shellHandler,
  onbuild: onbuildHandler,
  arg: argHandler,
  healthcheck: healthcheckHandler,
};
