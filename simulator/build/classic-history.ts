import { calculateSha256Hex } from "../core/sha256";
import type { Instruction } from "../dockerfile/instructions/types";
import type { StageRun } from "./stage-run";
import { calculateRunArgv, formatRunCommand } from "./steps/run";
import { calculateWorkdir } from "./steps/workdir";
import { formatGoQuotedList, calculateShellCommand } from "./steps/format";

/**
 * The legacy builder's history text, which is also its cache key: RUN as
 * `/bin/sh -c npm install`, metadata as `/bin/sh -c #(nop)  CMD ["node" "server.js"]`
 * (two spaces), WORKDIR/COPY/ADD with one (`#(nop) COPY dir:<sha> in /app `)
 * (moby/moby: daemon/builder/dockerfile/internals.go withCmdComment,
 * withCmdCommentString, dispatchers.go).
 */
export function formatClassicHistory(instruction: Instruction, run: StageRun, checksum: string): string {
  const nop = (text: string): string => `/bin/sh -c #(nop)  ${text}`;
  switch (instruction.kind) {
    case "run":
      return formatRunCommand(calculateRunArgv(run, instruction.cmdLine, instruction.prependShell, instruction.files), run.declaredArgs);
    case "copy":
    case "add": {
      const verb = instruction.kind === "add" ? "ADD" : "COPY";
      const kind = instruction.sources.length > 1 ? "multi" : /\.|\/$/.test(instruction.sources[0] ?? "") && !/\.[^/]+$/.test(instruction.sources[0] ?? "") ? "dir" : "file";
      const dest = calculateWorkdir(run.config.WorkingDir, instruction.dest) + (instruction.dest.endsWith("/") ? "/" : "");
      return `/bin/sh -c #(nop) ${verb} ${kind}:${calculateSha256Hex(checksum)} in ${dest} `;
    }
    case "workdir":
      return `/bin/sh -c #(nop) WORKDIR ${calculateWorkdir(run.config.WorkingDir, instruction.path)}`;
    case "cmd":
      return nop(`CMD ${formatGoQuotedList(instruction.prependShell ? calculateShellCommand(run.config.Shell, instruction.cmdLine.join(" ")) : instruction.cmdLine)}`);
    case "entrypoint": {
      const words = instruction.cmdLine ?? [];
      return nop(`ENTRYPOINT ${formatGoQuotedList(instruction.prependShell ? calculateShellCommand(run.config.Shell, words.join(" ")) : words)}`);
    }
    case "env":
      return nop(`ENV ${instruction.pairs.map((p) => `${p.key}=${p.value}`).join(" ")}`);
    case "label":
      return nop(`LABEL ${instruction.pairs.map((p) => `${p.key}=${p.value}`).join(" ")}`);
    case "expose":
      return nop(`EXPOSE ${instruction.ports.join(" ")}`);
    case "user":
      return nop(`USER ${instruction.user}`);
    case "volume":
      return nop(`VOLUME [${instruction.volumes.join(" ")}]`);
    case "arg":
      return nop(`ARG ${instruction.args.map((a) => (a.value === undefined ? a.key : `${a.key}=${a.value}`)).join(" ")}`);
    case "stopsignal":
      return nop(`STOPSIGNAL ${instruction.signal}`);
    case "shell":
      return nop(`SHELL [${instruction.shell.join(" ")}]`);
    case "healthcheck":
      return nop(`HEALTHCHECK ${instruction.node.original.replace(/^\s*\S+\s*/, "")}`);
    case "onbuild":
      return nop(`ONBUILD ${instruction.expression}`);
    case "maintainer":
      return nop(`MAINTAINER ${instruction.maintainer}`);
    case "from":
      return "";
  }
}
