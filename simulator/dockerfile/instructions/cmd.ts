import type { InstructionNode } from "../ast";
import { parseCommandLine, parseFlags } from "./common";
import type { Instruction } from "./types";

/** CMD, shell or exec form (buildkit parse.go parseCmd). */
export function parseCmdInstruction(node: InstructionNode): Instruction {
  parseFlags(node);
  return { kind: "cmd", node, ...parseCommandLine(node) };
}

/** ENTRYPOINT; `ENTRYPOINT []` clears it (emptyAsNil) (buildkit parse.go parseEntrypoint). */
export function parseEntrypointInstruction(node: InstructionNode): Instruction {
  parseFlags(node);
  const { cmdLine, prependShell } = parseCommandLine(node);
  return { kind: "entrypoint", node, cmdLine: cmdLine.length === 0 ? null : cmdLine, prependShell };
}
