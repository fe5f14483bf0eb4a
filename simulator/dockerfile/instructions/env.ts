import type { InstructionNode } from "../ast";
import { parseFlags, parseKeyValuePairs } from "./common";
import type { Instruction } from "./types";

/** ENV key=value … or the legacy ENV key value (buildkit parse.go parseEnv). */
export function parseEnvInstruction(node: InstructionNode): Instruction {
  parseFlags(node);
  return { kind: "env", node, pairs: parseKeyValuePairs(node, "ENV") };
}

/** LABEL key=value … (buildkit parse.go parseLabel). */
export function parseLabelInstruction(node: InstructionNode): Instruction {
  parseFlags(node);
  return { kind: "label", node, pairs: parseKeyValuePairs(node, "LABEL") };
}
