import type { InstructionNode } from "../ast";
import { errAtLeastOneArgument, errExactlyOneArgument, parseFlags } from "./common";
import type { Instruction } from "./types";

/** WORKDIR path (buildkit parse.go parseWorkdir). */
export function parseWorkdirInstruction(node: InstructionNode): Instruction {
  if (node.args.length !== 1) throw errExactlyOneArgument("WORKDIR");
  parseFlags(node);
  return { kind: "workdir", node, path: node.args[0] as string };
}

/** USER name[:group] (buildkit parse.go parseUser). */
export function parseUserInstruction(node: InstructionNode): Instruction {
  if (node.args.length !== 1) throw errExactlyOneArgument("USER");
  parseFlags(node);
  return { kind: "user", node, user: node.args[0] as string };
}

/** MAINTAINER name (deprecated) (buildkit parse.go parseMaintainer). */
export function parseMaintainerInstruction(node: InstructionNode): Instruction {
  if (node.args.length !== 1) throw errExactlyOneArgument("MAINTAINER");
  parseFlags(node);
  return { kind: "maintainer", node, maintainer: node.args[0] as string };
}

/** STOPSIGNAL signal (buildkit parse.go parseStopSignal). */
export function parseStopSignalInstruction(node: InstructionNode): Instruction {
  if (node.args.length !== 1) throw errExactlyOneArgument("STOPSIGNAL");
  parseFlags(node);
  return { kind: "stopsignal", node, signal: node.args[0] as string };
}

/** EXPOSE port[/proto] …, kept sorted as BuildKit does (buildkit parse.go parseExpose). */
export function parseExposeInstruction(node: InstructionNode): Instruction {
  if (node.args.length === 0) throw errAtLeastOneArgument("EXPOSE");
  parseFlags(node);
  return { kind: "expose", node, ports: [...node.args].sort() };
}

/** VOLUME path … or ["path", …] (buildkit parse.go parseVolume). */
export function parseVolumeInstruction(node: InstructionNode): Instruction {
  if (node.args.length === 0) throw errAtLeastOneArgument("VOLUME");
  parseFlags(node);
  const volumes = node.args.map((v) => {
    const trimmed = v.trim();
    if (trimmed === "") throw new Error("VOLUME specified can not be an empty string");
    return trimmed;
  });
  return { kind: "volume", node, volumes };
}
