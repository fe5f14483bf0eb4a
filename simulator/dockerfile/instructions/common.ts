import type { InstructionNode } from "../ast";
import { parseHeredocWord } from "../heredoc";
import { parseBuilderFlags, type BuilderFlagKind, type BuilderFlagValues } from "./bflags";
import type { CommandLine, KeyValuePair, SourceContent } from "./types";

/** BuildKit's argument-count errors (moby/buildkit: frontend/dockerfile/instructions/parse.go). */
export const errAtLeastOneArgument = (command: string): Error => new Error(`${command} requires at least one argument`);
export const errExactlyOneArgument = (command: string): Error => new Error(`${command} requires exactly one argument`);
export const errNoDestinationArgument = (command: string): Error =>
  new Error(`${command} requires at least two arguments, but only one was provided. Destination could not be determined`);

/** An instruction that takes no builder flags still rejects unknown ones. */
export function parseFlags(node: InstructionNode, spec: Record<string, BuilderFlagKind> = {}): BuilderFlagValues {
  return parseBuilderFlags(node.flags, spec);
}

/** parseKvps: ENV and LABEL (key, value, separator) triples; blank names are an error. */
export function parseKeyValuePairs(node: InstructionNode, command: string): KeyValuePair[] {
  const { args } = node;
  if (args.length === 0) throw errAtLeastOneArgument(command);
  if (args.length % 3 !== 0) throw new Error(`Bad input to ${command}, too many arguments`);
  const pairs: KeyValuePair[] = [];
  for (let i = 0; i < args.length; i += 3) {
    if ((args[i] as string).length === 0) throw new Error(`${command} names can not be blank`);
    pairs.push({ key: args[i] as string, value: args[i + 1] as string, legacy: args[i + 2] === "" });
  }
  return pairs;
}

/** parseShellDependentCommand: exec form words, or the shell-form string, plus heredoc files. */
export function parseCommandLine(node: InstructionNode): CommandLine {
  return {
    cmdLine: [...node.args],
    prependShell: !node.json,
    files: node.heredocs.map((h) => ({ name: h.name, data: h.content, chomp: h.chomp })),
  };
}

/** parseSourcesAndDest: COPY/ADD operands; heredoc sources become inline contents. */
export function parseSourcesAndDest(node: InstructionNode, command: string): { sources: string[]; contents: SourceContent[]; dest: string } {
  const srcs = node.args.slice(0, -1);
  const dest = node.args[node.args.length - 1] as string;
  if (parseHeredocWord(dest)) throw new Error(`${command} cannot accept a heredoc as a destination`);
  const sources: string[] = [];
  const contents: SourceContent[] = [];
  for (const src of srcs) {
    const heredoc = parseHeredocWord(src);
    if (heredoc) {
      const body = node.heredocs.find((h) => h.name === heredoc.name)?.content ?? "";
      contents.push({ path: heredoc.name, data: heredoc.chomp ? body.replace(/^\t+/gm, "") : body, expand: heredoc.expand });
    } else {
      sources.push(src);
    }
  }
  return { sources, contents, dest };
}
