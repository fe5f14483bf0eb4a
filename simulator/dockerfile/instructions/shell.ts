import type { InstructionNode } from "../ast";
import { errAtLeastOneArgument, parseFlags } from "./common";
import type { Instruction } from "./types";

/**
 * SHELL ["executable", "param"] — only the JSON form is allowed; a hint is
 * added for unescaped Windows paths (buildkit parse.go parseShell, errNotJSON).
 */
export function parseShellInstruction(node: InstructionNode): Instruction {
  parseFlags(node);
  if (node.args.length === 0) throw errAtLeastOneArgument("SHELL");
  if (node.json) return { kind: "shell", node, shell: [...node.args] };
  const original = node.original.toLowerCase();
  let extra = "";
  if (/"[a-z]:\\.*/.test(original) && !original.includes("\\\\") && original.includes("[") && original.includes("]")) {
    extra = `. It looks like '${original}' includes a file path without an escaped back-slash. JSON requires back-slashes to be escaped such as ["c:\\\\path\\\\to\\\\file.exe", "/parameter"]`;
  }
  throw new Error(`SHELL requires the arguments to be in JSON form${extra}`);
}
