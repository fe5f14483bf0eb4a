import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { formatHumanSize4 } from "../../cli/units";
import { loadImages } from "../../engine/image-load";
import { formatErrno, resolveHostPath } from "../output-file";

/**
 * One `Loading layer` line as jsonmessage leaves it on a terminal once the
 * layer is in: `<id>: Loading layer` and the byte counts (`%8v/%v`), with
 * the 50-character bar only when the terminal is wider than 110 columns
 * (docker/docker pkg/jsonmessage/jsonmessage.go JSONProgress.String).
 */
function formatLoadingLayer(id: string, size: number, columns: number): string {
  const total = formatHumanSize4(size);
  const bar = columns > 110 ? `[${"=".repeat(50)}>] ` : "";
  return `${id}: Loading layer ${bar}${total.padStart(8)}/${total}\n`;
}

/**
 * `docker image load` / `docker load` (docker/cli 27: cli/command/image/load.go):
 * reads `-i FILE` or stdin (refusing a terminal: `requested load from
 * stdin, but stdin is empty`), sends it to the daemon and shows its stream:
 * layer progress only when stdout is a terminal and not `-q`, then
 * `Loaded image: name:tag` lines.
 */
export const imageLoadCommand: DockerCommand = {
  name: "load",
  group: "image",
  aliases: [],
  shortcut: "load",
  usage: "[OPTIONS]",
  short: "Load an image from a tar archive or STDIN",
  args: { kind: "none" },
  flags: [
    { name: "input", short: "i", kind: "string", usage: "Read from tar archive file, instead of STDIN" },
    { name: "quiet", short: "q", kind: "bool", usage: "Suppress the load output" },
  ],
  run(ctx, { flags }) {
    const input = (flags.input as string | undefined) ?? "";
    let text: string;
    if (input !== "") {
      const path = resolveHostPath(ctx.host.cwd, input);
      const stat = ctx.host.fs.stat(path);
      if (stat?.type === "dir") {
        ctx.out.err(`read ${input}: is a directory\n`);
        return 1;
      }
      try {
        text = ctx.host.fs.readFile(path);
      } catch (error) {
        ctx.out.err(`open ${input}: ${formatErrno(error)}\n`);
        return 1;
      }
    } else {
      if (ctx.host.stdin === undefined && ctx.host.tty) {
        ctx.out.err("requested load from stdin, but stdin is empty\n");
        return 1;
      }
      text = ctx.host.stdin ?? "";
    }
    const quiet = flags.quiet === true || !ctx.host.tty;
    const loaded = loadImages(ctx.engine, text);
    if (!loaded.ok) return writeDaemonError(ctx.out, loaded.error.message);
    for (const event of loaded.value) {
      if (event.kind === "line") ctx.out.out(event.text);
      else if (!quiet) ctx.out.out(formatLoadingLayer(event.id, event.size, ctx.host.columns ?? 80));
    }
    return 0;
  },
};
