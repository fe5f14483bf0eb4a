import type { DockerCommand } from "../command";
import { FORMAT_HELP_INSPECT } from "../command";
import { writeInspect } from "../formatter/inspect";
import { getVolume } from "../../engine/volume-ops";
import type { VolumeRecord } from "../../engine/volumes";

/** A volume as VolumeInspect returns it (moby/moby: api/types/volume Volume), keys in Go's field order as json sorts them. */
export function formatVolumeInspect(v: VolumeRecord): Record<string, unknown> {
  const labels = Object.keys(v.Labels).length > 0 || v.Options ? v.Labels : null;
  return {
    CreatedAt: new Date(v.CreatedAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
    Driver: v.Driver,
    Labels: labels,
    Mountpoint: v.Mountpoint,
    Name: v.Name,
    Options: v.Options ?? null,
    Scope: v.Scope,
  };
}

/**
 * `docker volume inspect` (docker/cli 27: cli/command/volume/inspect.go):
 * a missing volume is the client's not-found error, `Error: No such
 * volume: x` (moby/moby: client/errors.go objectNotFoundError).
 */
export const volumeInspectCommand: DockerCommand = {
  name: "inspect",
  group: "volume",
  aliases: [],
  usage: "[OPTIONS] VOLUME [VOLUME...]",
  short: "Display detailed information on one or more volumes",
  args: { kind: "min", n: 1 },
  flags: [{ name: "format", short: "f", kind: "string", usage: FORMAT_HELP_INSPECT }],
  run(ctx, { flags, args }) {
    return writeInspect(ctx.out, args, flags.format as string | undefined, (ref) => {
      const found = getVolume(ctx.engine, ref);
      return found.ok ? { ok: true, value: formatVolumeInspect(found.value) } : { ok: false, message: `Error: No such volume: ${ref}` };
    });
  },
};
