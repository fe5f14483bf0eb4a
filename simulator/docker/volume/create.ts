import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { createVolume } from "../../engine/volume-ops";

/** `-l a=b` values as a record, a bare key with an empty value (docker/cli: opts.ConvertKVStringsToMap). */
export function parseLabelList(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf("=");
    if (eq < 0) out[item] = "";
    else out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/**
 * `docker volume create` (docker/cli 27: cli/command/volume/create.go):
 * the name as an argument or `--name`, not both; prints the volume's name.
 * Simplification: `-o/--opt` driver options are accepted but not applied.
 */
export const volumeCreateCommand: DockerCommand = {
  name: "create",
  group: "volume",
  aliases: [],
  usage: "[OPTIONS] [VOLUME]",
  short: "Create a volume",
  args: { kind: "max", n: 1 },
  flags: [
    { name: "driver", short: "d", kind: "string", usage: "Specify volume driver name", defaultText: '"local"' },
    { name: "label", kind: "list", usage: "Set metadata for a volume" },
    { name: "name", kind: "string", usage: "Specify volume name", hidden: true },
    { name: "opt", short: "o", kind: "list", valueName: "map", usage: "Set driver specific options", defaultText: "map[]" },
  ],
  run(ctx, { flags, args }) {
    const flagName = flags.name as string | undefined;
    if (flagName !== undefined && args.length > 0 && args[0] !== flagName) {
      ctx.out.err(`conflicting options: cannot specify a volume-name through both --name and as a positional arg\n`);
      return 1;
    }
    const name = args[0] ?? flagName;
    const result = createVolume(ctx.engine, name === "" ? undefined : name, (flags.driver as string | undefined) ?? "local", parseLabelList(flags.label as string[] | undefined));
    if (!result.ok) return writeDaemonError(ctx.out, result.error.message);
    ctx.out.out(`${result.value.Name}\n`);
    return 0;
  },
};
