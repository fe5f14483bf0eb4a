import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { tagImage } from "../../engine/image-tag";
import { parseImageReference, ReferenceError, type ImageReference } from "../../image/reference";

/** reference.ParseAnyReference: a bare 64-hex ID or a `sha256:` digest is fine as a source, else a named reference. */
function checkSource(text: string): string | undefined {
  if (/^[a-f0-9]{64}$/.test(text) || /^sha256:[a-f0-9]{64}$/.test(text)) return undefined;
  try {
    parseImageReference(text);
    return undefined;
  } catch (error) {
    if (error instanceof ReferenceError) return error.message;
    throw error;
  }
}

/**
 * `docker image tag` / `docker tag` (docker/cli 27: cli/command/image/tag.go;
 * docker/docker client/image_tag.go checks both names first:
 * `Error parsing reference: "B" is not a valid repository/tag: …`, and
 * refuses a digest target; fidelity-reference §3.2). Prints nothing on success.
 */
export const imageTagCommand: DockerCommand = {
  name: "tag",
  group: "image",
  aliases: [],
  shortcut: "tag",
  usage: "SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]",
  short: "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE",
  args: { kind: "exact", n: 2 },
  flags: [],
  run(ctx, { args }) {
    const [source, target] = args as [string, string];
    const sourceError = checkSource(source);
    if (sourceError !== undefined) {
      ctx.out.err(`Error parsing reference: ${JSON.stringify(source)} is not a valid repository/tag: ${sourceError}\n`);
      return 1;
    }
    let ref: ImageReference;
    try {
      ref = parseImageReference(target);
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      ctx.out.err(`Error parsing reference: ${JSON.stringify(target)} is not a valid repository/tag: ${error.message}\n`);
      return 1;
    }
    if (ref.digest !== undefined) {
      ctx.out.err("refusing to create a tag with a digest reference\n");
      return 1;
    }
    const tagged = tagImage(ctx.engine, source, ref);
    return tagged.ok ? 0 : writeDaemonError(ctx.out, tagged.error.message);
  },
};
