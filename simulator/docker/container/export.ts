import { calculateContainerExport } from "../../engine/container-export";
import type { DockerCommand } from "../command";
import { checkArchiveOutput, writeArchiveOutput } from "../output-file";
import { findContainerOrError } from "./each";

/**
 * `docker container export` / `docker export` (docker/cli 27:
 * cli/command/container/export.go): the container's flattened file system
 * as a tar (engine/container-export.ts) to `-o FILE` or to stdout, which
 * it refuses when stdout is a terminal (`cowardly refusing to save to a
 * terminal. Use the -o flag or redirect`); `-o` into a missing directory
 * fails as command.ValidateOutputPath words it.
 */
export const containerExportCommand: DockerCommand = {
  name: "export",
  group: "container",
  aliases: [],
  shortcut: "export",
  usage: "[OPTIONS] CONTAINER",
  short: "Export a container's filesystem as a tar archive",
  args: { kind: "exact", n: 1 },
  flags: [{ name: "output", short: "o", kind: "string", usage: "Write to a file, instead of STDOUT" }],
  run(ctx, { flags, args }) {
    const output = (flags.output as string | undefined) ?? "";
    const refused = checkArchiveOutput(ctx, output, "export container");
    if (refused !== undefined) return refused;
    const found = findContainerOrError(ctx, args[0] as string);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    return writeArchiveOutput(ctx, output, calculateContainerExport(ctx.engine, found.container));
  },
};
