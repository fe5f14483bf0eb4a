import type { InstructionNode, ParsedDockerfile } from "./ast";
import { formatGoQuoted } from "../core/go-quote";

/** One instruction as BuildKit's Node.Dump prints it: `(keyword ["--flags"] "arg" …)` without the parentheses. */
function formatNode(node: InstructionNode): string {
  let text = node.keyword.toLowerCase();
  if (node.flags.length > 0) text += ` [${node.flags.map(formatGoQuoted).join(" ")}]`;
  if (node.onbuild) text += ` (${formatNode(node.onbuild)})`;
  for (const arg of node.args) text += ` ${formatGoQuoted(arg)}`;
  return text.trim();
}

/**
 * The parse tree as BuildKit's parser tests dump it
 * (moby/buildkit: frontend/dockerfile/parser/parser.go Node.Dump): one
 * `(keyword …)` line per instruction, arguments Go-quoted.
 */
export function formatDump(parsed: ParsedDockerfile): string {
  return parsed.instructions.map((n) => `(${formatNode(n)})`).join("\n");
}
