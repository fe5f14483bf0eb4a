import type { InstructionNode } from "../ast";
import { parseCommandLine, parseFlags } from "./common";
import type { Instruction } from "./types";

/** RUN, shell or exec form, with `--mount`, `--network`, `--security` (buildkit parse.go parseRun + its pre-hooks). */
export function parseRunInstruction(node: InstructionNode): Instruction {
  const flags = parseFlags(node, { mount: "strings", network: "string", security: "string" });
  const network = flags.strings.network ?? "";
  if (network && !["default", "none", "host"].includes(network)) throw new Error(`unsupported network mode ${JSON.stringify(network)}`);
  const security = flags.strings.security ?? "";
  if (security && !["sandbox", "insecure"].includes(security)) throw new Error(`unsupported security mode ${JSON.stringify(security)}`);
  return { kind: "run", node, mounts: flags.lists.mount ?? [], network, security, ...parseCommandLine(node) };
}
