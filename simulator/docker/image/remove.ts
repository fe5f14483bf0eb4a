import type { DockerCommand } from "../command";
import { removeImage } from "../../engine/image-remove";

/**
 * `docker image rm` / `docker rmi` (docker/cli 27: cli/command/image/remove.go;
 * fidelity-reference §1.11, §3.7): each image in turn, printing
 * `Untagged: …` and `Deleted: sha256:…` as the daemon reports them; the
 * errors are gathered and printed at the end. With `-f`, images that do not
 * exist are reported but do not fail the command; any other error does.
 */
export const imageRemoveCommand: DockerCommand = {
  name: "rm",
  group: "image",
  aliases: ["rmi", "remove"],
  shortcut: "rmi",
  usage: "[OPTIONS] IMAGE [IMAGE...]",
  short: "Remove one or more images",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "force", short: "f", kind: "bool", usage: "Force removal of the image" },
    { name: "no-prune", kind: "bool", usage: "Do not delete untagged parents" },
  ],
  run(ctx, { flags, args }) {
    const force = flags.force === true;
    const errors: string[] = [];
    let fatal = false;
    for (const text of args) {
      const result = removeImage(ctx.engine, text, { force, prune: flags["no-prune"] !== true });
      if (!result.ok) {
        if (result.error.kind !== "not-found") fatal = true;
        errors.push(`Error response from daemon: ${result.error.message}`);
        continue;
      }
      for (const record of result.value.records) ctx.out.out("untagged" in record ? `Untagged: ${record.untagged}\n` : `Deleted: ${record.deleted}\n`);
    }
    if (errors.length === 0) return 0;
    ctx.out.err(`${errors.join("\n")}\n`);
    return !force || fatal ? 1 : 0;
  },
};
