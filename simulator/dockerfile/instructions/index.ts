import { DockerfileParseError, type InstructionNode, type ParsedDockerfile } from "../ast";
import { parseArgInstruction } from "./arg";
import { parseCmdInstruction, parseEntrypointInstruction } from "./cmd";
import { parseAddInstruction, parseCopyInstruction } from "./copy";
import { parseEnvInstruction, parseLabelInstruction } from "./env";
import { parseFromInstruction } from "./from";
import { parseHealthcheckInstruction } from "./healthcheck";
import { parseOnbuildInstruction } from "./onbuild";
import { parseRunInstruction } from "./run";
import { parseShellInstruction } from "./shell";
import {
  parseExposeInstruction,
  parseMaintainerInstruction,
  parseStopSignalInstruction,
  parseUserInstruction,
  parseVolumeInstruction,
  parseWorkdirInstruction,
} from "./single-value";
import { formatWithSuggestion } from "./suggest";
import type { DockerfileProgram, Instruction, Stage } from "./types";

export type { DockerfileProgram, Instruction, InstructionKind, KeyValuePair, Stage, CommandLine, SourceContent } from "./types";
export { parseGoDuration } from "./healthcheck";
export { formatWithSuggestion, calculateLevenshtein } from "./suggest";

/** Keyword → typed parser: the instruction table (one file per instruction). */
export const INSTRUCTION_PARSERS: Record<string, (node: InstructionNode) => Instruction> = {
  add: parseAddInstruction,
  arg: parseArgInstruction,
  cmd: parseCmdInstruction,
  copy: parseCopyInstruction,
  entrypoint: parseEntrypointInstruction,
  env: parseEnvInstruction,
  expose: parseExposeInstruction,
  from: parseFromInstruction,
  healthcheck: parseHealthcheckInstruction,
  label: parseLabelInstruction,
  maintainer: parseMaintainerInstruction,
  onbuild: parseOnbuildInstruction,
  run: parseRunInstruction,
  shell: parseShellInstruction,
  stopsignal: parseStopSignalInstruction,
  user: parseUserInstruction,
  volume: parseVolumeInstruction,
  workdir: parseWorkdirInstruction,
};

/** The instruction names, upper case, for suggestions. */
export const INSTRUCTION_NAMES = Object.keys(INSTRUCTION_PARSERS).map((k) => k.toUpperCase());

function locate(node: InstructionNode, message: string): DockerfileParseError {
  return new DockerfileParseError(message, { line: node.startLine, column: 1, endLine: node.endLine });
}

/**
 * ParseInstruction: one parse-tree node → a typed instruction. Unknown
 * keywords fail with `unknown instruction: RUNN (did you mean RUN?)`.
 * Throws DockerfileParseError located at the instruction.
 */
export function parseInstruction(node: InstructionNode): Instruction {
  const parser = INSTRUCTION_PARSERS[node.keyword.toLowerCase()];
  if (!parser) throw locate(node, formatWithSuggestion(`unknown instruction: ${node.keyword}`, node.keyword, INSTRUCTION_NAMES, false));
  try {
    return parser(node);
  } catch (error) {
    if (error instanceof DockerfileParseError) throw error;
    throw locate(node, error instanceof Error ? error.message : String(error));
  }
}

/**
 * instructions.Parse: ARGs before the first FROM become meta args; every
 * other instruction joins the current stage (`no build stage in current
 * context` before any FROM).
 */
export function parseProgram(parsed: ParsedDockerfile): DockerfileProgram {
  const program: DockerfileProgram = { metaArgs: [], stages: [] };
  for (const node of parsed.instructions) {
    const instruction = parseInstruction(node);
    if (instruction.kind === "from") {
      program.stages.push({ from: instruction, commands: [] });
      continue;
    }
    const stage: Stage | undefined = program.stages[program.stages.length - 1];
    if (!stage) {
      if (instruction.kind === "arg") {
        program.metaArgs.push(instruction);
        continue;
      }
      throw locate(node, "no build stage in current context");
    }
    stage.commands.push(instruction);
  }
  return program;
}
