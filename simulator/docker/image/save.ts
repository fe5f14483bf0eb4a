import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { saveImages } from "../../engine/image-save";
import { checkArchiveOutput, writeArchiveOutput } from "../output-file";

/**
 * `docker image save` / `docker save` (docker/cli 27: cli/command/image/save.go):
 * refuses to write the tar to a terminal (`cowardly refusing to save to a
 * terminal. Use the -o flag or redirect`), checks that `-o`'s directory
 * exists (command.ValidateOutputPath), then streams the daemon's archive to
 * stdout or writes it to the file (command.CopyToFile).
 */
export const imageSaveCommand: DockerCommand = {
  name: "save",
  group: "image",
  aliases: [],
  shortcut: "save",
  usage: "[OPTIONS] IMAGE [IMAGE...]",
  short: "Save one or more images to a tar archive (streamed to STDOUT by default)",
  args: { kind: "min", n: 1 },
  flags: [{ name: "output", short: "o", kind: "string", usage: "Write to a file, instead of STDOUT" }],
  run(ctx, { flags, args }) {
    const output = (flags.output as string | undefined) ?? "";
    const refused = checkArchiveOutput(ctx, output, "save image");
    if (refused !== undefined) return refused;
    const saved = saveImages(ctx.engine, args);
    if (!saved.ok) return writeDaemonError(ctx.out, saved.error.message);
    return writeArchiveOutput(ctx, output, saved.value);
  },
};
