import type { InstructionNode } from "../ast";
import { errAtLeastOneArgument, parseFlags } from "./common";
import type { Instruction } from "./types";

/** ARG name[=default] … (buildkit parse.go parseArg). */
export function parseArgInstruction(node: InstructionNode): Instruction {
  if (node.args.length < 1) throw errAtLeastOneArgument("ARG");
  parseFlags(node);
  const args = node.args.map((arg) => {
    const eq = arg.indexOf("=");
    if (eq < 0) return { key: arg, value: undefined };
    if (eq === 0) throw new Error("ARG names can not be blank");
    return { key: arg.slice(0, eq), value: arg.slice(eq + 1) };
  });
  return { kind: "arg", node, args };
}
