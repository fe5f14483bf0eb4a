export * from "./ast";
export { parseDockerfile, extractBuilderFlags, MAX_LINE_BYTES } from "./parser";
export { formatDump } from "./dump";
export { formatGoQuoted } from "./go-quote";
export { parseHeredocWord, calculateHeredocsFromLine } from "./heredoc";
export { parseWords } from "./line-parsers";
export { parseInstruction, parseProgram, INSTRUCTION_NAMES, INSTRUCTION_PARSERS, parseGoDuration, formatWithSuggestion } from "./instructions/index";
export type { DockerfileProgram, Instruction, InstructionKind, KeyValuePair, Stage, CommandLine, SourceContent } from "./instructions/index";
