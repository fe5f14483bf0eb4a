import type { InstructionNode } from "../ast";
import { errAtLeastOneArgument, parseFlags } from "./common";
import type { Instruction } from "./types";

/** ONBUILD trigger: any instruction but ONBUILD, FROM and MAINTAINER (buildkit parse.go parseOnBuild). */
export function parseOnbuildInstruction(node: InstructionNode): Instruction {
  if (!node.onbuild) throw errAtLeastOneArgument("ONBUILD");
  parseFlags(node);
  const trigger = node.onbuild.keyword.trim().toUpperCase();
  if (trigger === "ONBUILD") throw new Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
  if (trigger === "MAINTAINER" || trigger === "FROM") throw new Error(`${trigger} isn't allowed as an ONBUILD trigger`);
  let expression = node.original.replace(/^\s*ONBUILD\s*/i, "");
  for (const h of node.heredocs) expression += "\n" + h.content + h.name;
  return { kind: "onbuild", node, expression };
}
