import type { DockerCommand } from "../command";
import { removeVolume } from "../../engine/volume-ops";

/**
 * `docker volume rm` (docker/cli 27: cli/command/volume/remove.go): each
 * name printed once removed; the daemon's errors joined at the end, exit 1;
 * `-f` ignores missing volumes, not ones in use.
 */
export const volumeRmCommand: DockerCommand = {
  name: "rm",
  group: "volume",
  aliases: ["remove"],
  usage: "[OPTIONS] VOLUME [VOLUME...]",
  short: "Remove one or more volumes",
  long: "Remove one or more volumes. You cannot remove a volume that is in use by a container.",
  args: { kind: "min", n: 1 },
  flags: [{ name: "force", short: "f", kind: "bool", usage: "Force the removal of one or more volumes" }],
  run(ctx, { flags, args }) {
    const errors: string[] = [];
    for (const name of args) {
      const result = removeVolume(ctx.engine, name, flags.force === true);
      if (!result.ok) {
        errors.push(`Error response from daemon: ${result.error.message}`);
        continue;
      }
      ctx.out.out(`${name}\n`);
    }
    if (errors.length === 0) return 0;
    ctx.out.err(`${errors.join("\n")}\n`);
    return 1;
  },
};
