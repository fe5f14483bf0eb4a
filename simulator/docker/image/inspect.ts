import type { DockerCommand } from "../command";
import { FORMAT_HELP_INSPECT } from "../command";
import { calculateImageInspect } from "../../engine/image-inspect";
import { resolveImage } from "../../engine/image-lookup";
import type { Engine } from "../../engine/engine";
import { writeInspect, type InspectLookup } from "../formatter/inspect";

/**
 * ImageInspectWithRaw as the CLI reports it: the object, `Error: No such
 * image: <name as typed>` for a missing one (the client's not-found error,
 * docker/docker client/errors.go objectNotFoundError), or the daemon's
 * message for a malformed reference.
 */
export function lookupImageInspect(engine: Engine, ref: string): InspectLookup {
  engine.settle();
  const found = resolveImage(engine.state.images, ref);
  if (found.ok) return { ok: true, value: calculateImageInspect(found.value.image) };
  if (found.error.kind === "not-found") return { ok: false, message: `Error: No such image: ${ref}` };
  return { ok: false, message: `Error response from daemon: ${found.error.message}` };
}

/**
 * `docker image inspect` (docker/cli 27: cli/command/image/inspect.go;
 * fidelity-reference §1.7): a JSON array of image objects, or one
 * template line per image with `-f`.
 */
export const imageInspectCommand: DockerCommand = {
  name: "inspect",
  group: "image",
  aliases: [],
  usage: "[OPTIONS] IMAGE [IMAGE...]",
  short: "Display detailed information on one or more images",
  args: { kind: "min", n: 1 },
  flags: [{ name: "format", short: "f", kind: "string", usage: FORMAT_HELP_INSPECT }],
  run(ctx, { flags, args }) {
    return writeInspect(ctx.out, args, flags.format as string | undefined, (ref) => lookupImageInspect(ctx.engine, ref));
  },
};
