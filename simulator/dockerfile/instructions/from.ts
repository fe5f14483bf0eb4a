import type { InstructionNode } from "../ast";
import { parseFlags } from "./common";
import type { Instruction } from "./types";

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** FROM image [AS name], with `--platform` (buildkit parse.go parseFrom, parseBuildStageName). */
export function parseFromInstruction(node: InstructionNode): Instruction {
  const { args } = node;
  let stageName = "";
  if (args.length === 3 && (args[1] as string).toLowerCase() === "as") {
    stageName = (args[2] as string).toLowerCase();
    if (!VALID_STAGE_NAME.test(stageName)) {
      throw new Error(`invalid name for build stage: ${JSON.stringify(args[2])}, name can't start with a number or contain symbols`);
    }
  } else if (args.length !== 1) {
    throw new Error("FROM requires either one or three arguments");
  }
  const flags = parseFlags(node, { platform: "string" });
  return { kind: "from", node, baseName: args[0] as string, stageName, platform: flags.strings.platform ?? "" };
}
