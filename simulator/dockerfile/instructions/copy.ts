import type { InstructionNode } from "../ast";
import { errNoDestinationArgument, parseFlags, parseSourcesAndDest } from "./common";
import type { Instruction } from "./types";

/** COPY with --from, --chown, --chmod, --link, --parents, --exclude (buildkit parse.go parseCopy). */
export function parseCopyInstruction(node: InstructionNode): Instruction {
  if (node.args.length < 2) throw errNoDestinationArgument("COPY");
  const f = parseFlags(node, { chown: "string", from: "string", chmod: "string", link: "bool", parents: "bool", exclude: "strings" });
  return {
    kind: "copy",
    node,
    ...parseSourcesAndDest(node, "COPY"),
    from: f.strings.from ?? "",
    chown: f.strings.chown ?? "",
    chmod: f.strings.chmod ?? "",
    link: f.bools.link ?? false,
    parents: f.bools.parents ?? false,
    exclude: f.lists.exclude ?? [],
  };
}

/** ADD with --chown, --chmod, --link, --keep-git-dir, --checksum, --exclude, --unpack (buildkit parse.go parseAdd). */
export function parseAddInstruction(node: InstructionNode): Instruction {
  if (node.args.length < 2) throw errNoDestinationArgument("ADD");
  const f = parseFlags(node, {
    chown: "string",
    chmod: "string",
    link: "bool",
    "keep-git-dir": "bool",
    checksum: "string",
    exclude: "strings",
    unpack: "bool",
  });
  return {
    kind: "add",
    node,
    ...parseSourcesAndDest(node, "ADD"),
    chown: f.strings.chown ?? "",
    chmod: f.strings.chmod ?? "",
    link: f.bools.link ?? false,
    keepGitDir: f.bools["keep-git-dir"] ?? false,
    checksum: f.strings.checksum ?? "",
    exclude: f.lists.exclude ?? [],
    unpack: f.bools.unpack,
  };
}
