import { calculateContainerExport } from "../../engine/container-export";
import { calculateCleanPath, calculateDirname } from "../../vfs/path";
import type { DockerCommand } from "../command";
import { resolveHostPath, formatErrno } from "../image/save";
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
    if (output === "" && ctx.host.tty) {
      ctx.out.err("cowardly refusing to save to a terminal. Use the -o flag or redirect\n");
      return 1;
    }
    const fs = ctx.host.fs;
    const target = output === "" ? "" : resolveHostPath(ctx.host.cwd, output);
    if (target !== "") {
      const dir = calculateDirname(calculateCleanPath(target));
      if (fs.stat(dir)?.type !== "dir") {
        ctx.out.err(`failed to export container: invalid output path: directory ${JSON.stringify(dir)} does not exist\n`);
        return 1;
      }
    }
    const found = findContainerOrError(ctx, args[0] as string);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    const archive = calculateContainerExport(ctx.engine, found.container);
    if (target === "") {
      ctx.out.out(archive);
      return 0;
    }
    try {
      fs.writeFile(target, archive);
    } catch (error) {
      ctx.out.err(`open ${output}: ${formatErrno(error)}\n`);
      return 1;
    }
    return 0;
  },
};
